// Words beside the bars of a horizontal bar chart (counts such as "7 of 9 distressing"), where Qt
// Charts can only print a bar's value. The words are the chart table's own cells
// (ChartTable::cellTexts), so chart and table say the same thing. Each text sits just past its
// bar, or inside the bar's end on a backdrop when there is no room past it; when neither fits, a
// shorter form the chart gives ("7 of 9"), and only then a text cut short: no text crosses the
// plot's edges, at any size. A category can carry a note instead of bars ("not enough entries
// yet…"), written once across the category.
#pragma once

#include <QStringList>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QPalette;

namespace aftercare::ui::BarLabels {

// texts[i]: what to write beside the set's bar i when its cell text does not fit.
void setShortTexts(QBarSet* set, const QStringList& texts);
QStringList shortTexts(const QBarSet* set);

// Draws the cell texts of every set of `series` (a horizontal bar series already on `chart`, its
// axes attached) and places them again whenever the plot area moves. notes[i], when not empty,
// replaces the bar texts of category i. The texts belong to the chart and go with it.
void attach(QChart* chart, QAbstractBarSeries* series, const QStringList& notes,
            const QPalette& palette);

} // namespace aftercare::ui::BarLabels
