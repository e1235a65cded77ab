// The "at a glance" row: a few big numbers, each with a short label underneath.
#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QList>
#include <QString>

namespace aftercare::ui {

class ReportStatsBlock final : public ReportBlock
{
public:
    struct Stat
    {
        QString value; // "42", "43%"
        QString label; // "episodes"
    };

    ReportStatsBlock(QList<Stat> stats, const ReportStyle& style, qreal width);

    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    QList<Stat> m_stats;
    ReportStyle m_style;
    qreal m_width;
    qreal m_labelHeight = 0;
};

} // namespace aftercare::ui
