// Wrapped text in one font: a heading, a paragraph, a line of a long note. Optionally framed or
// shaded, and indented. Long text is cut into line blocks by lines() so pages can break inside it.
#pragma once

#include "ui/report/ReportBlock.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

namespace aftercare::ui {

class ReportTextBlock final : public ReportBlock
{
public:
    struct Look
    {
        QColor color{0x11, 0x11, 0x11};
        int alignment = Qt::AlignLeft;
        qreal indent = 0;
        qreal padding = 0;     // inside the frame or shading
        qreal sidePadding = 0; // more on the left and right only
        QColor frame;          // invalid: no frame
        qreal frameWidth = 0;
        QColor background;  // invalid: no shading
        qreal leftRule = 0; // a bar down the left edge, this wide (0: none)
    };

    ReportTextBlock(QString text, QFont font, qreal width, Look look);
    ReportTextBlock(QString text, QFont font, qreal width)
        : ReportTextBlock(std::move(text), std::move(font), width, Look{})
    {}

    void paint(QPainter& painter, const QRectF& rect) const override;

    // The lines `text` wraps into at `width` (paragraph breaks kept as separate lines).
    static QStringList lines(const QString& text, const QFont& font, qreal width);

private:
    QRectF textRect(const QRectF& rect) const;

    QString m_text;
    QFont m_font;
    qreal m_width;
    Look m_look;
};

} // namespace aftercare::ui
