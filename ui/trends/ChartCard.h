// One chart on the Trends page with its heading and a sentence on how to read it; when there is
// nothing honest to draw it says so in words instead of showing empty axes. "Show as table"
// swaps the chart for a table of the same numbers, which a screen reader can read cell by cell.
#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QTableView;

namespace aftercare::ui {

class ChartCard : public QFrame
{
    Q_OBJECT

public:
    // The chart view is named `viewName` (tests find it), the card `viewName + "Card"`, the
    // table `viewName + "Table"` and its toggle `viewName + "AsTable"`.
    ChartCard(const QString& viewName, const QString& title, const QString& howToRead,
              QWidget* parent = nullptr);

    // Takes ownership of `chart`. A null chart shows `emptyText` instead. `summary` is what a
    // screen reader hears for the chart.
    void setChart(QChart* chart, const QString& emptyText, const QString& summary = {});
    void clear();

    bool hasChart() const;
    QChartView* view() const { return m_view; }
    QTableView* table() const { return m_table; }
    QString emptyText() const;
    // A line under the chart or table (or the empty text), e.g. a caveat that holds for both;
    // hidden when empty. Named `viewName + "Note"`. clear() empties it.
    void setNote(const QString& note);
    QString note() const;
    // Whether the numbers are shown as a table instead of the chart.
    bool showsTable() const;
    void setShowsTable(bool table);

private:
    void replaceChart(QChart* chart);
    void updateVisibility();

    QString m_title;
    QChartView* m_view = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_asTable = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_note = nullptr;
    bool m_hasChart = false;
};

} // namespace aftercare::ui
