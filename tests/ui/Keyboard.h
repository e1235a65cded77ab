// Driving a page as a person at the keyboard would: keys go to whatever has the focus, and
// widgets are found by objectName, inside a named part of the page first (the guided flow and
// the quick log share their question names).
#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace aftercare::test {

// Sends `key` `times` times to the focused widget; false when nothing has the focus.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int times = 1)
{
    for (int i = 0; i < times; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            return false;
        QTest::keyClick(focus, key, modifiers);
    }
    return true;
}

// Types `text` into the focused widget; false when nothing has the focus.
inline bool type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClicks(focus, text);
    return true;
}

inline QString focusName()
{
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

// The widget called `name` inside the child called `scope` if there is one, else anywhere
// under `root`.
template <typename T = QWidget> T* findIn(QWidget* root, const QString& scope, const char* name)
{
    if (auto* part = root->findChild<QWidget*>(scope)) {
        if (T* found = part->findChild<T*>(QLatin1StringView(name)))
            return found;
    }
    return root->findChild<T*>(QLatin1StringView(name));
}

} // namespace aftercare::test
