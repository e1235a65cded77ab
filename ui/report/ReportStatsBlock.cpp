#include "ui/report/ReportStatsBlock.h"

#include <QFontMetricsF>
#include <QPainter>

namespace aftercare::ui {

namespace {

constexpr int labelFlags = Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop;

} // namespace

ReportStatsBlock::ReportStatsBlock(QList<Stat> stats, const ReportStyle& style, qreal width)
    : m_stats(std::move(stats)), m_style(style), m_width(width)
{
    const qreal cell = m_stats.isEmpty() ? width : width / m_stats.size();
    const QFontMetricsF labels(m_style.small);
    for (const Stat& s : m_stats) {
        const QRectF r = labels.boundingRect(QRectF(0, 0, cell - 2 * m_style.cellPadding, 1e7),
                                             labelFlags, s.label);
        m_labelHeight = qMax(m_labelHeight, r.height());
    }
    setHeight(QFontMetricsF(m_style.bigNumber).height() + m_labelHeight + 4 * m_style.cellPadding);
}

void ReportStatsBlock::paint(QPainter& painter, const QRectF& rect) const
{
    if (m_stats.isEmpty())
        return;
    painter.save();
    const qreal cell = rect.width() / m_stats.size();
    const qreal numberHeight = QFontMetricsF(m_style.bigNumber).height();
    painter.setPen(QPen(m_style.rule, ReportStyle::pt(0.5)));
    painter.drawLine(rect.topLeft(), rect.topRight());
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    for (qsizetype i = 0; i < m_stats.size(); ++i) {
        const QRectF box(rect.left() + i * cell, rect.top(), cell, rect.height());
        if (i > 0) {
            painter.setPen(QPen(m_style.rule, ReportStyle::pt(0.5)));
            painter.drawLine(box.topLeft() + QPointF(0, m_style.cellPadding),
                             box.bottomLeft() - QPointF(0, m_style.cellPadding));
        }
        const QRectF inner = box.adjusted(m_style.cellPadding, m_style.cellPadding,
                                          -m_style.cellPadding, -m_style.cellPadding);
        painter.setPen(m_style.ink);
        painter.setFont(m_style.bigNumber);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), numberHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter, m_stats[i].value);
        painter.setPen(m_style.muted);
        painter.setFont(m_style.small);
        painter.drawText(QRectF(inner.left(), inner.top() + numberHeight + m_style.cellPadding,
                                inner.width(), m_labelHeight),
                         labelFlags, m_stats[i].label);
    }
    painter.restore();
}

} // namespace aftercare::ui
