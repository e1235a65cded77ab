// "Enter means go on": Return or the keypad's Enter, with no modifier held.
#pragma once

#include <QKeyEvent>

namespace aftercare::ui {

inline bool isPlainEnter(const QKeyEvent* event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace aftercare::ui
