#include "ui/widgets/AppStyle.h"

#include "ui/widgets/Contrast.h"
#include "ui/widgets/TextStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionSlider>

namespace aftercare::ui {

AppStyle::AppStyle(const QString& baseStyle)
    : QProxyStyle(baseStyle),
      m_onFusion(baseStyle.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{}

void AppStyle::install()
{
    if (qobject_cast<AppStyle*>(QApplication::style()))
        return;
    // By name, so the base is the style Qt chose (QT_STYLE_OVERRIDE, the desktop's).
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
}

QColor AppStyle::scrollHandleColour(const QPalette& palette, bool active)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor page = palette.color(QPalette::Base);
    double share = active ? 0.62 : 0.45;
    QColor colour;
    for (;; share += 0.05) {
        colour = QColor::fromRgbF(float(text.redF() * share + page.redF() * (1 - share)),
                                  float(text.greenF() * share + page.greenF() * (1 - share)),
                                  float(text.blueF() * share + page.blueF() * (1 - share)));
        if (share >= 1.0 || Contrast::ratio(colour, page) >= 3.0)
            return colour;
    }
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                  QPainter* painter, const QWidget* widget) const
{
    const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
    if (control != CC_ScrollBar || !bar || !(bar->subControls & SC_ScrollBarSlider)) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // The base style draws the track and any arrow buttons; the handle is drawn here, as a
    // rounded bar in a colour that reads against the page.
    QStyleOptionSlider withoutHandle(*bar);
    withoutHandle.subControls &= ~SC_ScrollBarSlider;
    QProxyStyle::drawComplexControl(control, &withoutHandle, painter, widget);

    const QRect handle = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
    if (!handle.isValid() || bar->minimum == bar->maximum)
        return;
    const bool active = (bar->activeSubControls & SC_ScrollBarSlider) &&
                        (bar->state & (State_MouseOver | State_Sunken));
    const bool vertical = bar->orientation == Qt::Vertical;
    const QRectF shape = QRectF(handle).adjusted(vertical ? 2.5 : 1, vertical ? 1 : 2.5,
                                                 vertical ? -2.5 : -1, vertical ? -1 : -2.5);
    const qreal radius = std::min(shape.width(), shape.height()) / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(scrollHandleColour(bar->palette, active));
    painter->drawRoundedRect(shape, radius, radius);
    painter->restore();
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!m_onFusion || !indicator || !(option->state & State_Enabled))
        return;
    // Over Fusion's own outline, the same shape in a colour that reads at 3:1 (WCAG's contrast
    // for the parts of a control) on the page; a disabled box keeps Fusion's faint one.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(scrollHandleColour(option->palette, true), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRect(box);
    painter->restore();
}

} // namespace aftercare::ui
