// The numbers of a Trends chart as a table, so a screen reader (or anyone who prefers) can read
// exactly what the chart draws. It reads the chart's own series, so chart and table cannot
// disagree: bar sets become columns (in the legend's order), categories rows (top-down as drawn);
// line and scatter points land on the row of their category or day. Shaded areas (the
// questionnaire bands) are background, not data.
#pragma once

#include <QString>
#include <QStringList>

class QBarSet;
class QChart;
class QStandardItemModel;
class QObject;

namespace aftercare::ui::ChartTable {

// For charts whose category labels are shortened or blanked on the axis (long period ranges):
// the heading of the first column and one full label per category, stored with the chart.
void setRows(QChart* chart, const QString& heading, const QStringList& labels);

// For bars whose numbers need words (counts such as "7 of 9 distressing"): texts[i] is the cell
// for the set's bar in category i, shown instead of the bar's value. BarLabels draws the same
// texts on the chart.
void setCellTexts(QBarSet* set, const QStringList& texts);
QStringList cellTexts(const QBarSet* set);

// A read-only model of the chart's numbers; `fallbackHeading` heads the first column when the
// chart names none. Empty (no rows) for a chart without data.
QStandardItemModel* model(const QChart* chart, const QString& fallbackHeading, QObject* parent);

} // namespace aftercare::ui::ChartTable
