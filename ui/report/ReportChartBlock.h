// A report chart drawn with Qt Charts straight into the page's painter, so it stays vector art in
// the PDF (sharp at any zoom, text selectable) rather than a pasted image. Greys and hatching tell
// the series apart, and every series is named in the legend.
#pragma once

#include "core/report/TherapistReport.h"
#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

namespace aftercare::ui {

class ReportChartBlock final : public ReportBlock
{
public:
    ReportChartBlock(core::ReportChart chart, const ReportStyle& style, qreal width);

    // Needs a QApplication: Qt Charts is built on graphics widgets.
    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    void paintLegend(QPainter& painter, const QRectF& rect, qreal hatch) const;
    // How much to widen a hatch pattern on this painter's device.
    static qreal hatchScale(const QPainter& painter);

    core::ReportChart m_chart;
    ReportStyle m_style;
};

} // namespace aftercare::ui
