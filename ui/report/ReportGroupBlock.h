// Blocks kept together: side by side in columns (two bar lists next to each other) or stacked
// (a finding's title, explanation and evidence), optionally with a bar down the left edge whose
// thickness says how much the content matters.
#pragma once

#include "ui/report/ReportBlock.h"

#include <QColor>
#include <QList>

namespace aftercare::ui {

class ReportGroupBlock final : public ReportBlock
{
public:
    enum class Direction
    {
        Columns,
        Stack
    };

    // Columns: each child was made for (width - gaps) / count. Stack: for width - inset.
    ReportGroupBlock(Direction direction, QList<ReportBlockPtr> children, qreal gap,
                     qreal inset = 0, qreal ruleWidth = 0, QColor ruleColor = {});

    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    Direction m_direction;
    QList<ReportBlockPtr> m_children;
    qreal m_gap;
    qreal m_inset;
    qreal m_ruleWidth;
    QColor m_ruleColor;
};

} // namespace aftercare::ui
