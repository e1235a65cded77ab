#include "ui/trends/TrendCharts.h"

#include "core/analysis/Share.h"
#include "ui/trends/ChartStyle.h"
#include "ui/trends/ChartTable.h"
#include "ui/trends/ChartTips.h"
#include "ui/trends/TrendsWording.h"

#include <algorithm>
#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace aftercare::ui::TrendCharts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Trends)
};

// A count axis with whole-number ticks at a readable step (1, 2, 5, 10, 20, 50, …).
QValueAxis* countAxis(const QString& title, int max)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    const int top = std::max(max, 1);
    int step = 1;
    for (int base = 1; top / step > 5; base *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * base;
            if (top / step <= 5)
                break;
        }
    }
    const int rounded = ((top + step - 1) / step) * step;
    axis->setRange(0, rounded);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

// Period labels for a category axis. Long ranges keep one label per year so they stay legible;
// the others become distinct invisible strings because category names must be unique.
QStringList periodCategories(const core::TrendSeries& series, bool* rotate)
{
    QStringList out;
    const qsizetype n = series.periods.size();
    const bool sparse = n > 24;
    for (qsizetype i = 0; i < n; ++i) {
        const QDate start = series.periods.at(i).start;
        if (sparse && start.month() != 1 && i != 0)
            out << QString(i, QChar(0x200B));
        else if (sparse)
            out << QString::number(start.year());
        else
            out << TrendsWording::periodAxisLabel(start, series.period);
    }
    *rotate = !sparse && n > 8;
    return out;
}

// The first column of a period chart's table: the full caption of every period, even where the
// axis shows only the year.
void setPeriodRows(QChart* chart, const core::TrendSeries& series)
{
    QStringList labels;
    for (const core::PeriodPoint& p : series.periods)
        labels << TrendsWording::periodCaption(p.start, series.period);
    ChartTable::setRows(
        chart, series.period == core::Period::Week ? Text::tr("Week starting") : Text::tr("Month"),
        labels);
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString episodesWord(int n)
{
    return Text::tr("%n episode(s)", nullptr, int(n));
}

// "2 of 3 episodes distressing", with the percentage from Share::minForPercent episodes on.
QString distressingOf(int distressing, int episodes)
{
    if (!core::Share::showsPercent(episodes))
        return Text::tr("%1 of %2 distressing").arg(distressing).arg(episodesWord(episodes));
    return Text::tr("%1 of %2 distressing (%3%)")
        .arg(distressing)
        .arg(episodesWord(episodes))
        .arg(core::Share::percent(distressing, episodes));
}

QString entriesWord(int n)
{
    return Text::tr("%n entry(s)", nullptr, int(n));
}

// Bars for one count per category, with value labels; returns nullptr when every count is 0.
QChart* countBars(const QStringList& categories, const QList<int>& counts, const QString& what,
                  const QPalette& palette)
{
    if (std::all_of(counts.cbegin(), counts.cend(), [](int c) { return c == 0; }))
        return nullptr;
    QChart* chart = newChart();
    auto* set = new QBarSet(what);
    QStringList tips;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        *set << counts.at(i);
        tips << Text::tr("%1: %2").arg(categories.at(i), entriesWord(counts.at(i)));
    }
    set->setColor(ChartStyle::color(ChartStyle::Role::Count));
    set->setBorderColor(ChartStyle::color(ChartStyle::Role::Count));
    set->setLabelColor(palette.color(QPalette::Text));
    ChartTips::attach(set, tips);
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    bars->attachAxis(names);
    // Headroom so the value label after the longest bar is not cut off.
    const int longest = *std::max_element(counts.cbegin(), counts.cend());
    QValueAxis* values = countAxis(Text::tr("Entries"), longest + std::max(1, longest / 8));
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->hide();
    ChartStyle::apply(chart, palette);
    return chart;
}

} // namespace

QChart* episodes(const core::TrendSeries& series, const QPalette& palette)
{
    int max = 0;
    for (const core::PeriodPoint& p : series.periods)
        max = std::max(max, p.episodes);
    if (max == 0)
        return nullptr;

    QChart* chart = newChart();
    auto* stacked = new QStackedBarSeries;
    const std::pair<core::Tension, ChartStyle::Role> parts[] = {
        {core::Tension::Relieved, ChartStyle::Role::Calm},
        {core::Tension::Unchanged, ChartStyle::Role::Neutral},
        {core::Tension::Worse, ChartStyle::Role::Distress}};
    QStringList tips;
    for (const core::PeriodPoint& p : series.periods) {
        tips << Text::tr("%1\n%2 — eased %3, unchanged %4, worse %5")
                    .arg(TrendsWording::periodCaption(p.start, series.period),
                         episodesWord(p.episodes))
                    .arg(p.tension[std::size_t(core::Tension::Relieved)])
                    .arg(p.tension[std::size_t(core::Tension::Unchanged)])
                    .arg(p.tension[std::size_t(core::Tension::Worse)]);
    }
    for (const auto& [tension, role] : parts) {
        auto* set = new QBarSet(TrendsWording::label(tension));
        for (const core::PeriodPoint& p : series.periods)
            *set << p.tension[std::size_t(tension)];
        set->setBrush(ChartStyle::fill(role));
        set->setBorderColor(ChartStyle::color(role));
        ChartTips::attach(set, tips);
        stacked->append(set);
    }
    stacked->setBarWidth(0.8);
    chart->addSeries(stacked);

    bool rotate = false;
    auto* axisX = new QBarCategoryAxis;
    axisX->append(periodCategories(series, &rotate));
    axisX->setTitleText(series.period == core::Period::Week ? Text::tr("Week starting")
                                                            : Text::tr("Month"));
    if (rotate)
        axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    stacked->attachAxis(axisX);
    // Headroom above the tallest bar, so it never touches the top edge of the plot.
    QValueAxis* axisY = countAxis(Text::tr("Episodes"), max + std::max(1, max / 10));
    chart->addAxis(axisY, Qt::AlignLeft);
    stacked->attachAxis(axisY);
    setPeriodRows(chart, series);
    ChartStyle::apply(chart, palette);
    return chart;
}

QChart* distressShare(const core::TrendSeries& series, const QPalette& palette)
{
    auto* line = new QLineSeries;
    line->setName(Text::tr("Share of episodes that were distressing"));
    QStringList tips;
    for (qsizetype i = 0; i < series.periods.size(); ++i) {
        const core::PeriodPoint& p = series.periods.at(i);
        if (p.episodes == 0)
            continue; // a share of nothing is not zero; leave a gap in meaning, not a dip
        const int percent = int(std::lround(p.distressingShare() * 100));
        line->append(double(i), percent);
        tips << QStringLiteral("%1\n%2").arg(TrendsWording::periodCaption(p.start, series.period),
                                             distressingOf(p.distressing, p.episodes));
    }
    if (line->count() == 0) {
        delete line;
        return nullptr;
    }
    QPen pen(ChartStyle::color(ChartStyle::Role::Distress));
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    line->setMarkerSize(8);
    ChartTips::attach(line, tips);

    QChart* chart = newChart();
    chart->addSeries(line);
    bool rotate = false;
    auto* axisX = new QBarCategoryAxis;
    axisX->append(periodCategories(series, &rotate));
    if (rotate)
        axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    line->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    // A little room beyond 0 and 100% so points on the edges are drawn whole.
    axisY->setRange(-5, 105);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(25);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    axisY->setTitleText(Text::tr("Distressing"));
    chart->addAxis(axisY, Qt::AlignLeft);
    line->attachAxis(axisY);
    setPeriodRows(chart, series);
    ChartStyle::apply(chart, palette);
    return chart;
}

QChart* thoughts(const core::TrendSeries& series, const QPalette& palette)
{
    QStringList names;
    QList<int> counts;
    // Horizontal bars list the first category at the bottom; reversed, they read top-down.
    const auto values = core::allValues<core::Thoughts>();
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        names << TrendsWording::label(*it);
        counts << series.thoughts[std::size_t(*it)];
    }
    return countBars(names, counts, Text::tr("Thoughts"), palette);
}

QChart* reasons(const core::TrendSeries& series, const QPalette& palette)
{
    QList<std::pair<int, core::Reason>> noted;
    for (core::Reason r : core::allValues<core::Reason>()) {
        if (const int n = series.reasons[std::size_t(r)]; n > 0)
            noted.append({n, r});
    }
    // Ascending, so that the most frequent reason ends up at the top of a horizontal chart.
    std::stable_sort(noted.begin(), noted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList names;
    QList<int> counts;
    for (const auto& [n, r] : noted) {
        names << TrendsWording::label(r);
        counts << n;
    }
    return countBars(names, counts, Text::tr("Reasons"), palette);
}

QChart* partners(const core::TrendSeries& series, const QPalette& palette)
{
    QList<core::PartnerShare> groups;
    for (const core::PartnerShare& share : series.partners) {
        if (share.entries > 0)
            groups << share;
    }
    if (groups.size() < 2)
        return nullptr;
    std::reverse(groups.begin(), groups.end()); // top-down in the journal's order

    auto* calm = new QBarSet(Text::tr("Calm"));
    auto* hard = new QBarSet(Text::tr("Distressing"));
    QStringList names;
    QStringList tips;
    for (const core::PartnerShare& share : groups) {
        const QString name = TrendsWording::partnerLabel(share);
        names << Text::tr("%1 (%2)").arg(name).arg(share.entries);
        *calm << share.entries - share.distressing;
        *hard << share.distressing;
        tips << Text::tr("%1: %2").arg(name, distressingOf(share.distressing, share.entries));
    }
    calm->setBrush(ChartStyle::fill(ChartStyle::Role::Calm));
    calm->setBorderColor(ChartStyle::color(ChartStyle::Role::Calm));
    hard->setBrush(ChartStyle::fill(ChartStyle::Role::Distress));
    hard->setBorderColor(ChartStyle::color(ChartStyle::Role::Distress));
    ChartTips::attach(calm, tips);
    ChartTips::attach(hard, tips);

    QChart* chart = newChart();
    auto* bars = new QHorizontalPercentBarSeries;
    bars->append(calm);
    bars->append(hard);
    chart->addSeries(bars);
    ChartTable::setRows(chart, Text::tr("Partner"), {});
    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(5);
    axisX->setLabelFormat(QStringLiteral("%d%%"));
    axisX->setTitleText(Text::tr("Share of episodes"));
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    ChartStyle::apply(chart, palette);
    return chart;
}

} // namespace aftercare::ui::TrendCharts
