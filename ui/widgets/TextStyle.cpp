#include "TextStyle.h"

#include "SvgIcon.h"

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
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xa8, 0x32, 0x2d));
    label->setPalette(palette);
    return label;
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
    // Reads as a link, but stays a focusable button; keyboard focus gets a clear highlight.
    button->setStyleSheet(QStringLiteral(
        "QPushButton { border: none; background: transparent; padding: 2px 0px; "
        "text-align: left; color: palette(link); text-decoration: underline; }"
        "QPushButton:focus { background: palette(highlight); color: palette(highlighted-text); }"));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return button;
}

} // namespace aftercare::ui::TextStyle
