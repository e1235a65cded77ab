// One chart on the Trends page with its heading and a sentence on how to read it; when there is
// nothing honest to draw it says so in words instead of showing empty axes.
#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;

namespace aftercare::ui {

class ChartCard : public QFrame
{
    Q_OBJECT

public:
    // The chart view is named `viewName` (tests find it), the card `viewName + "Card"`.
    ChartCard(const QString& viewName, const QString& title, const QString& howToRead,
              QWidget* parent = nullptr);

    // Takes ownership of `chart`. A null chart shows `emptyText` instead. `summary` is what a
    // screen reader hears for the chart.
    void setChart(QChart* chart, const QString& emptyText, const QString& summary = {});
    void clear();

    bool hasChart() const;
    QChartView* view() const { return m_view; }
    QString emptyText() const;

private:
    void replaceChart(QChart* chart);

    QString m_title;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace aftercare::ui
