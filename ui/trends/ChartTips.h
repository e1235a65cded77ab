// Tooltips for chart points and bars: the text for each data point is prepared with the chart
// and shown where the pointer is when the point is hovered, so every number can be read exactly.
#pragma once

#include <QStringList>

class QBarSet;
class QXYSeries;

namespace aftercare::ui::ChartTips {

// texts[i] describes the bar at category i.
void attach(QBarSet* set, const QStringList& texts);
// texts[i] describes the series' point i; the nearest point to the hovered position is used.
void attach(QXYSeries* series, const QStringList& texts);

} // namespace aftercare::ui::ChartTips
