#include "ui/widgets/TextStyle.h"

#include "ui/widgets/Contrast.h"
#include "ui/widgets/SvgIcon.h"

#include <algorithm>
#include <cmath>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

namespace aftercare::ui::TextStyle {

void scaleFont(QWidget* widget, double scale, bool bold)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(int(font.pixelSize() * scale));
    font.setBold(bold);
    widget->setFont(font);
    // Remembered, so that TextSize can scale the font again from a new application font.
    widget->setProperty(kFontScaleProperty, scale);
    widget->setProperty(kFontBoldProperty, bold);
}

QLabel* heading(const QString& text, QWidget* parent, double scale)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(text);
    scaleFont(label, scale, true);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Keep QLabel's own size policy: it carries the height-for-width flag that word wrapping
    // needs, without which layouts reserve the height of a much narrower label (big gaps).
    return label;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    QLabel* label = paragraph(text, parent);
    // An opaque mix of text and background: quieter than body text in light and dark themes
    // alike, and unaffected by how the style paints translucent placeholder colours.
    QPalette palette = label->palette();
    const QColor fg = palette.color(QPalette::WindowText);
    const QColor bg = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 60 + b * 40) / 100; };
    palette.setColor(
        QPalette::WindowText,
        QColor(mix(fg.red(), bg.red()), mix(fg.green(), bg.green()), mix(fg.blue(), bg.blue())));
    label->setPalette(palette);
    return label;
}

QLabel* problem(const QString& text, QWidget* parent)
{
    QLabel* label = paragraph(text, parent);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemColour(palette));
    label->setPalette(palette);
    return label;
}

QColor problemColour(const QPalette& palette)
{
    // A muted terracotta rather than an alarm red, as light or as dark as it takes to read
    // clearly (WCAG AA, 4.5:1) on both backgrounds a message may sit on: pages use Base, the
    // window itself Window.
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool darkTheme = base.lightness() < 128;
    constexpr double kHue = 12.0 / 360.0;
    constexpr double kSaturation = 0.45;
    constexpr double kNeeded = 4.6; // a little over 4.5 against rounding
    double lightness = darkTheme ? 0.62 : 0.42;
    QColor colour = QColor::fromHslF(kHue, kSaturation, lightness);
    while (std::min(Contrast::ratio(colour, base), Contrast::ratio(colour, window)) < kNeeded &&
           lightness > 0 && lightness < 1) {
        lightness += darkTheme ? 0.02 : -0.02;
        colour = QColor::fromHslF(kHue, kSaturation, std::clamp(lightness, 0.0, 1.0));
    }
    return colour;
}

QLabel* appIcon(QWidget* parent, int size)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("appIcon"));
    label->setFixedSize(size, size);
    label->setScaledContents(false);
    label->setPixmap(
        svgIcon(appIconPath(false)).pixmap(QSize(size, size), label->devicePixelRatioF()));
    return label;
}

QPushButton* linkButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(true); // Enter follows the link, as Space does
    // Reads as a link, but stays a focusable button; keyboard focus gets a clear highlight.
    button->setStyleSheet(QStringLiteral(
        "QPushButton { border: none; background: transparent; padding: 2px 0px; "
        "text-align: left; color: palette(link); text-decoration: underline; }"
        "QPushButton:focus { background: palette(highlight); color: palette(highlighted-text); }"));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return button;
}

} // namespace aftercare::ui::TextStyle
