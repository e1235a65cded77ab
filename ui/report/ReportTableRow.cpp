#include "ui/report/ReportTableRow.h"

#include <QFontMetricsF>
#include <QPainter>

#include <numeric>

namespace aftercare::ui {

namespace {

int alignmentOf(const ReportTableColumns& columns, qsizetype column)
{
    return column < columns.alignments.size() ? columns.alignments[column] : int(Qt::AlignLeft);
}

} // namespace

ReportTableColumns ReportTableColumns::proportional(const QList<qreal>& weights, qreal width,
                                                    qreal padding)
{
    ReportTableColumns c;
    c.padding = padding;
    const qreal sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    for (qreal w : weights)
        c.widths << (sum > 0 ? width * w / sum : 0);
    return c;
}

ReportTableRow::ReportTableRow(QStringList cells, QFont font, const ReportTableColumns& columns,
                               Kind kind, QColor background)
    : m_cells(std::move(cells)), m_font(std::move(font)), m_columns(columns), m_kind(kind),
      m_background(std::move(background))
{
    const QFontMetricsF metrics(m_font);
    qreal tallest = metrics.height();
    for (qsizetype i = 0; i < m_cells.size() && i < m_columns.widths.size(); ++i) {
        const qreal width = m_columns.widths[i] - 2 * m_columns.padding;
        // Most cells are a word or two: measuring one line is far cheaper than wrapping, and a
        // ten-year table has over a hundred thousand cells.
        if (!m_cells[i].contains(QLatin1Char('\n')) &&
            metrics.horizontalAdvance(m_cells[i]) <= width)
            continue;
        const QRectF bounds = metrics.boundingRect(
            QRectF(0, 0, width, 1e7), Qt::TextWordWrap | alignmentOf(m_columns, i), m_cells[i]);
        tallest = qMax(tallest, bounds.height());
    }
    setHeight(tallest + 2 * m_columns.padding);
}

void ReportTableRow::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    if (m_background.isValid())
        painter.fillRect(rect, m_background);
    painter.setFont(m_font);
    painter.setPen(m_columns.ink);
    qreal x = rect.left();
    for (qsizetype i = 0; i < m_cells.size() && i < m_columns.widths.size(); ++i) {
        const QRectF cell(x, rect.top(), m_columns.widths[i], rect.height());
        painter.drawText(cell.adjusted(m_columns.padding, m_columns.padding, -m_columns.padding,
                                       -m_columns.padding),
                         Qt::TextWordWrap | alignmentOf(m_columns, i), m_cells[i]);
        x += m_columns.widths[i];
    }
    // A heavier rule under the header row sets it apart without relying on the shading.
    const qreal ruleWidth =
        m_kind == Kind::Header ? m_columns.padding * 0.5 : m_columns.padding * 0.15;
    painter.setPen(QPen(m_kind == Kind::Header ? m_columns.ink : m_columns.rule, ruleWidth));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    painter.restore();
}

} // namespace aftercare::ui
