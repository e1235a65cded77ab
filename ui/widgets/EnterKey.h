// "Enter means go on": Return or the keypad's Enter, with no modifier held, for the forms that
// move on or save when the focused field did not use the key.
#pragma once

#include <QKeyEvent>

namespace aftercare::ui {

inline bool isPlainEnter(const QKeyEvent* event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

// For a keyPressEvent: on a plain Enter runs `goOn`, takes the key and returns true; otherwise
// returns false and the key is left for the base class.
template <typename GoOn> bool acceptPlainEnter(QKeyEvent* event, GoOn&& goOn)
{
    if (!isPlainEnter(event))
        return false;
    goOn();
    event->accept();
    return true;
}

} // namespace aftercare::ui
