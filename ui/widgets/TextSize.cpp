#include "ui/widgets/TextSize.h"

#include "ui/widgets/TextStyle.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QWidget>

namespace aftercare::ui::TextSize {

namespace {

int g_current = 100;

// The font the system gave the application, before any scaling of ours.
const QFont& systemFont()
{
    static const QFont font = QApplication::font();
    return font;
}

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor + 0.5));
    return font;
}

} // namespace

QList<int> choices()
{
    return {100, 115, 130, 150};
}

void apply(int percent)
{
    const QFont base = systemFont();
    // At the system's size and never changed, the application font is left alone, so it keeps
    // following the desktop's font settings.
    if (percent == 100 && g_current == 100)
        return;
    g_current = percent;
    QApplication::setFont(scaled(base, percent / 100.0));
    // Qt tells the windows only once the event loop runs; tell them now, so that what follows
    // (and code that runs before the loop, like tests) sees the new font.
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        QEvent changed(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(window, &changed);
    }
    // Widgets whose font TextStyle set keep it through an application font change; scale
    // theirs again from the new one.
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        const QVariant scale = widget->property(TextStyle::kFontScaleProperty);
        if (!scale.isValid())
            continue;
        QFont font = scaled(QApplication::font(widget), scale.toDouble());
        font.setBold(widget->property(TextStyle::kFontBoldProperty).toBool());
        widget->setFont(font);
    }
}

int current()
{
    return g_current;
}

} // namespace aftercare::ui::TextSize
