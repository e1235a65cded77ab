// The application's style: the platform's own (Fusion, Breeze, …) with the few changes Aftercare
// needs everywhere: scroll bar handles that stand out from the calm page colour (Fusion draws
// them a faint grey on white), and, on Fusion, check box and radio button outlines that do too
// (Fusion's outline is a shade of the window colour, which all but vanishes on the dark page).
#pragma once

#include <QProxyStyle>

namespace aftercare::ui {

class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps the application's current style, once; later calls change nothing.
    static void install();

    // The handle's colour on `palette`, and on Fusion the outline of check boxes and radio
    // buttons: a mix of text and page colour that stands out from the page (at least 3:1)
    // without the weight of text.
    static QColor scrollHandleColour(const QPalette& palette, bool active);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

private:
    explicit AppStyle(const QString& baseStyle);

    bool m_onFusion = false;
};

} // namespace aftercare::ui
