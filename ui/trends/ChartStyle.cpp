#include "ui/trends/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace aftercare::ui::ChartStyle {

QColor color(Role role)
{
    // Mid-tone hues: dark enough for a light background, light enough for a dark one.
    switch (role) {
    case Role::Calm:
        return QColor(0x2a, 0x9d, 0x8f); // teal
    case Role::Neutral:
        return QColor(0x8a, 0x94, 0xa6); // slate
    case Role::Distress:
        return QColor(0xd9, 0x6c, 0x4a); // terracotta
    case Role::Score:
        return QColor(0x4a, 0x86, 0xc8); // blue
    case Role::Signs:
        return QColor(0xa0, 0x6c, 0xc4); // violet
    case Role::Count:
        return QColor(0x5b, 0x8f, 0xb9); // steel blue
    }
    return Qt::gray;
}

QBrush fill(Role role)
{
    switch (role) {
    case Role::Neutral:
        return QBrush(color(role), Qt::Dense3Pattern);
    case Role::Distress:
        return QBrush(color(role), Qt::BDiagPattern);
    default:
        return QBrush(color(role));
    }
}

void apply(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

QColor bandShade(int bandIndex, int bandCount)
{
    // Green through amber to red, at low opacity so the palette's background shows through.
    static const QColor hues[] = {QColor(0x4c, 0xaf, 0x50), QColor(0xc0, 0xca, 0x33),
                                  QColor(0xff, 0xb3, 0x00), QColor(0xf5, 0x7c, 0x00),
                                  QColor(0xe5, 0x39, 0x35)};
    const int n = int(std::size(hues));
    const int i = bandCount <= 1 ? 0 : bandIndex * (n - 1) / (bandCount - 1);
    QColor c = hues[std::clamp(i, 0, n - 1)];
    c.setAlpha(46);
    return c;
}

} // namespace aftercare::ui::ChartStyle
