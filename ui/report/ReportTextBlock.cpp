#include "ui/report/ReportTextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace aftercare::ui {

namespace {

constexpr int wrapFlags = Qt::TextWordWrap;

} // namespace

ReportTextBlock::ReportTextBlock(QString text, QFont font, qreal width, Look look)
    : m_text(std::move(text)), m_font(std::move(font)), m_width(width), m_look(std::move(look))
{
    const qreal inner = m_width - m_look.indent - 2 * (m_look.padding + m_look.sidePadding) -
                        m_look.leftRule - (m_look.leftRule > 0 ? m_look.padding : 0);
    const QFontMetricsF metrics(m_font);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, inner, 1e7), wrapFlags | m_look.alignment, m_text);
    setHeight(qMax(bounds.height(), metrics.height()) + 2 * m_look.padding);
}

QRectF ReportTextBlock::textRect(const QRectF& rect) const
{
    QRectF r = rect.adjusted(m_look.indent, 0, 0, 0);
    if (m_look.leftRule > 0)
        r.setLeft(r.left() + m_look.leftRule + m_look.padding);
    const qreal side = m_look.padding + m_look.sidePadding;
    return r.adjusted(side, m_look.padding, -side, -m_look.padding);
}

void ReportTextBlock::paint(QPainter& painter, const QRectF& rect) const
{
    const QRectF box = rect.adjusted(m_look.indent, 0, 0, 0);
    if (m_look.background.isValid())
        painter.fillRect(box, m_look.background);
    if (m_look.frame.isValid() && m_look.frameWidth > 0) {
        painter.save();
        painter.setPen(QPen(m_look.frame, m_look.frameWidth));
        painter.setBrush(Qt::NoBrush);
        const qreal half = m_look.frameWidth / 2;
        painter.drawRect(box.adjusted(half, half, -half, -half));
        painter.restore();
    }
    if (m_look.leftRule > 0)
        painter.fillRect(QRectF(box.left(), box.top(), m_look.leftRule, box.height()),
                         m_look.color);
    painter.setFont(m_font);
    painter.setPen(m_look.color);
    painter.drawText(textRect(rect), wrapFlags | m_look.alignment, m_text);
}

QStringList ReportTextBlock::lines(const QString& text, const QFont& font, qreal width)
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            out << QString();
            continue;
        }
        QTextLayout layout(paragraph, font);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return out;
}

} // namespace aftercare::ui
