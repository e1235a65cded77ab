// The application's style: the platform's own (Fusion, Breeze, …) with the few changes Aftercare
// needs everywhere. Today that is one: scroll bar handles that stand out from the calm page
// colour (Fusion draws them a faint grey on white).
#pragma once

#include <QProxyStyle>

namespace aftercare::ui {

class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps the application's current style, once; later calls change nothing.
    static void install();

    // The handle's colour on `palette`: a mix of text and page colour that stands out from the
    // page (at least 3:1) without the weight of text.
    static QColor scrollHandleColour(const QPalette& palette, bool active);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;

private:
    explicit AppStyle(const QString& baseStyle);
};

} // namespace aftercare::ui
