#include "ui/report/ReportGroupBlock.h"

#include <QPainter>

namespace aftercare::ui {

ReportGroupBlock::ReportGroupBlock(Direction direction, QList<ReportBlockPtr> children, qreal gap,
                                   qreal inset, qreal ruleWidth, QColor ruleColor)
    : m_direction(direction), m_children(std::move(children)), m_gap(gap), m_inset(inset),
      m_ruleWidth(ruleWidth), m_ruleColor(std::move(ruleColor))
{
    qreal height = 0;
    for (qsizetype i = 0; i < m_children.size(); ++i) {
        const ReportBlock& child = *m_children[i];
        if (m_direction == Direction::Columns)
            height = qMax(height, child.height());
        else
            height += (i > 0 ? child.spaceBefore() : 0) + child.height();
    }
    setHeight(height);
}

void ReportGroupBlock::paint(QPainter& painter, const QRectF& rect) const
{
    if (m_children.isEmpty())
        return;
    if (m_ruleWidth > 0)
        painter.fillRect(QRectF(rect.left(), rect.top(), m_ruleWidth, rect.height()), m_ruleColor);
    const QRectF area = rect.adjusted(m_inset, 0, 0, 0);
    if (m_direction == Direction::Columns) {
        const qreal width = (area.width() - m_gap * (m_children.size() - 1)) / m_children.size();
        for (qsizetype i = 0; i < m_children.size(); ++i) {
            const ReportBlock& child = *m_children[i];
            child.paint(painter, QRectF(area.left() + i * (width + m_gap), area.top(), width,
                                        child.height()));
        }
        return;
    }
    qreal y = area.top();
    for (qsizetype i = 0; i < m_children.size(); ++i) {
        const ReportBlock& child = *m_children[i];
        if (i > 0)
            y += child.spaceBefore();
        child.paint(painter, QRectF(area.left(), y, area.width(), child.height()));
        y += child.height();
    }
}

} // namespace aftercare::ui
