// A titled list of counts with a bar for each: how the answers to one question were spread, or
// which reasons came up most. Bars are solid grey with their numbers beside them, so nothing
// depends on colour.
#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QList>
#include <QString>

namespace aftercare::ui {

class ReportBarList final : public ReportBlock
{
public:
    struct Row
    {
        QString label;
        int count = 0;
    };

    // Shares are of `total` (the number who answered); rows wrap their labels to fit.
    ReportBarList(QString title, QList<Row> rows, int total, const ReportStyle& style, qreal width);

    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    QString valueText(const Row& row) const;

    QString m_title;
    QList<Row> m_rows;
    QList<qreal> m_rowHeights;
    int m_total;
    ReportStyle m_style;
    qreal m_labelWidth;
    qreal m_barWidth;
    qreal m_titleHeight;
};

} // namespace aftercare::ui
