#include "ui/report/ReportDocument.h"

#include "ui/report/ReportContent.h"

#include <QFontMetricsF>
#include <QPainter>

namespace aftercare::ui {

ReportDocument::ReportDocument(const core::TherapistReport& report, const QPageSize& pageSize,
                               const ReportStyle& style)
    : m_pageSize(pageSize), m_style(style), m_periodText(report.cover.periodText)
{
    const QSizeF points = m_pageSize.size(QPageSize::Point);
    m_size = QSizeF(ReportStyle::pt(points.width()), ReportStyle::pt(points.height()));
    m_content = QRectF(QPointF(0, 0), m_size).marginsRemoved(m_style.margins);
    ReportContent content(m_style, m_content.width());
    paginate(content.build(report));
}

void ReportDocument::paginate(const QList<ReportBlockPtr>& blocks)
{
    m_pages = {Page{}};
    qreal y = m_content.top();
    const auto pageIsEmpty = [this] { return m_pages.last().isEmpty(); };
    const auto place = [&](const ReportBlockPtr& block) {
        if (!pageIsEmpty())
            y += block->spaceBefore();
        m_pages.last() << Placed{block, y};
        y += block->height();
    };

    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportBlockPtr& block = blocks[i];
        if (block->startsPage() && !pageIsEmpty()) {
            m_pages << Page{};
            y = m_content.top();
        }
        // Room for this block and everything it must stay with (a heading and its first line).
        qreal needed = (pageIsEmpty() ? 0 : block->spaceBefore()) + block->height();
        for (qsizetype j = i; j + 1 < blocks.size() && blocks[j]->keepWithNext(); ++j)
            needed += blocks[j + 1]->spaceBefore() + blocks[j + 1]->height();
        if (y + needed > m_content.bottom() && !pageIsEmpty()) {
            m_pages << Page{};
            y = m_content.top();
            for (const ReportBlockPtr& repeated : block->repeatAtPageTop())
                place(repeated);
        }
        place(block);
    }
}

qreal ReportDocument::pageFill(int index) const
{
    if (index < 0 || index >= m_pages.size() || m_pages[index].isEmpty())
        return 0;
    const Placed& last = m_pages[index].last();
    return (last.y + last.block->height() - m_content.top()) / m_content.height();
}

void ReportDocument::paintPage(QPainter& painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintFurniture(painter, index);
    for (const Placed& placed : m_pages[index])
        placed.block->paint(
            painter, QRectF(m_content.left(), placed.y, m_content.width(), placed.block->height()));
    painter.restore();
}

void ReportDocument::paintFurniture(QPainter& painter, int index) const
{
    const QFontMetricsF metrics(m_style.pageFurniture);
    const qreal lineHeight = metrics.height();
    painter.setFont(m_style.pageFurniture);
    painter.setPen(m_style.muted);

    const qreal headerRule = m_content.top() - ReportStyle::pt(8);
    const QRectF header(m_content.left(), headerRule - ReportStyle::pt(3) - lineHeight,
                        m_content.width(), lineHeight);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                     tr("Aftercare · summary for a therapist"));
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_periodText);

    const qreal footerRule = m_content.bottom() + ReportStyle::pt(14);
    const QRectF footer(m_content.left(), footerRule + ReportStyle::pt(3), m_content.width(),
                        lineHeight);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     tr("Confidential · self-reported by the person, not a diagnosis"));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(index + 1).arg(m_pages.size()));

    painter.setPen(QPen(m_style.rule, ReportStyle::pt(0.5)));
    painter.drawLine(QPointF(m_content.left(), headerRule), QPointF(m_content.right(), headerRule));
    painter.drawLine(QPointF(m_content.left(), footerRule), QPointF(m_content.right(), footerRule));
}

void ReportDocument::scaleToDevice(QPainter& painter, qreal dpi)
{
    const qreal factor = dpi / ReportStyle::unitsPerInch;
    painter.scale(factor, factor);
}

} // namespace aftercare::ui
