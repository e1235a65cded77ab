// The keyboard habits people bring from other desktop apps, applied to one window: a clear focus
// ring on whatever the keyboard is on, Tab that leaves a date/time field instead of walking its
// parts, and arrow keys that select in a group of radio buttons as they move. Installed once by
// the main window, so every page gets them without code of its own.
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractButton;
class QFocusFrame;
class QWidget;

namespace aftercare::ui {

class KeyboardConventions : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardConventions(QWidget* window);

    // The widget the focus ring is drawn around, or null when none is shown (e.g. after a click).
    QWidget* ringedWidget() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFocusChanged(QWidget* old, QWidget* now);
    void showRing(QWidget* widget);

    QWidget* m_window;
    QFocusFrame* m_ring;
    // The radio button an arrow key was just pressed on: the button that takes the focus next,
    // if it is in the same group, is selected too.
    QPointer<QAbstractButton> m_arrowFrom;
};

} // namespace aftercare::ui
