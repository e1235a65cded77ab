#include "ui/report/ReportBarList.h"

#include "core/analysis/Share.h"

#include <QFontMetricsF>
#include <QPainter>

namespace aftercare::ui {

namespace {

constexpr int labelFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter;

} // namespace

ReportBarList::ReportBarList(QString title, QList<Row> rows, int total, const ReportStyle& style,
                             qreal width)
    : m_title(std::move(title)), m_rows(std::move(rows)), m_total(total), m_style(style),
      m_labelWidth(width * 0.5), m_barWidth(width * 0.28)
{
    const QFontMetricsF metrics(m_style.small);
    m_titleHeight = QFontMetricsF(m_style.smallBold).height() + m_style.cellPadding;
    qreal height = m_titleHeight;
    for (const Row& row : m_rows) {
        const QRectF r = metrics.boundingRect(QRectF(0, 0, m_labelWidth - m_style.cellPadding, 1e7),
                                              labelFlags, row.label);
        const qreal h = qMax(r.height(), metrics.height()) + m_style.cellPadding;
        m_rowHeights << h;
        height += h;
    }
    setHeight(height);
}

QString ReportBarList::valueText(const Row& row) const
{
    if (!core::Share::showsPercent(m_total))
        return QString::number(row.count);
    return QStringLiteral("%1 (%2%)").arg(row.count).arg(core::Share::percent(row.count, m_total));
}

void ReportBarList::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setPen(m_style.ink);
    painter.setFont(m_style.smallBold);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), m_titleHeight),
                     Qt::AlignLeft | Qt::AlignTop, m_title);

    int largest = 0;
    for (const Row& row : m_rows)
        largest = qMax(largest, row.count);
    const qreal scaleTo = qMax(m_total, largest);

    qreal y = rect.top() + m_titleHeight;
    painter.setFont(m_style.small);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const qreal h = m_rowHeights[i];
        painter.setPen(m_style.ink);
        painter.drawText(QRectF(rect.left(), y, m_labelWidth - m_style.cellPadding, h), labelFlags,
                         row.label);
        const qreal barHeight = QFontMetricsF(m_style.small).ascent() * 0.8;
        const QRectF track(rect.left() + m_labelWidth, y + (h - barHeight) / 2, m_barWidth,
                           barHeight);
        painter.fillRect(track, m_style.zebra);
        if (scaleTo > 0 && row.count > 0)
            painter.fillRect(QRectF(track.topLeft(),
                                    QSizeF(track.width() * row.count / scaleTo, track.height())),
                             m_style.muted);
        painter.setPen(QPen(m_style.rule, ReportStyle::pt(0.3)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(track);
        painter.setPen(m_style.ink);
        painter.drawText(QRectF(track.right() + m_style.cellPadding, y,
                                rect.right() - track.right() - m_style.cellPadding, h),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(row));
        y += h;
    }
    painter.restore();
}

} // namespace aftercare::ui
