// Scrolls the scroll area around a widget so the widget can be seen: used when an answer brings
// up information further down, or when the focus is sent to a question that is out of view.
#pragma once

#include <QScrollArea>
#include <QTimer>

namespace aftercare::ui {

inline void reveal(QWidget* widget)
{
    // After the layout has placed a widget that was just shown.
    QTimer::singleShot(0, widget, [widget] {
        for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(widget, 0, 24);
                return;
            }
        }
    });
}

} // namespace aftercare::ui
