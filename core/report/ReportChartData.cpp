// The numbers behind the report's charts. The bucket grows with the period so that a month
// shows weeks, a year months, and ten years quarters: always a few dozen bars at most.
#include "core/analysis/FindingRules.h"
#include "core/analysis/Scoring.h"
#include "core/i18n/DateFormats.h"
#include "core/report/ReportLabels.h"
#include "core/report/ReportParts.h"

#include <QLocale>

#include <algorithm>

namespace aftercare::core::ReportParts {

using ReportLabels::Text;

namespace {

enum class Bucket
{
    Week,
    Month,
    Quarter
};

// Up to about three months: weeks. Up to three years: months. Longer: quarters.
constexpr int weeksUpToDays = 92;
constexpr int monthsUpToDays = 3 * 366;

Bucket bucketFor(const QDate& first, const QDate& last)
{
    const qint64 days = first.daysTo(last) + 1;
    if (days <= weeksUpToDays)
        return Bucket::Week;
    return days <= monthsUpToDays ? Bucket::Month : Bucket::Quarter;
}

QDate bucketStart(const QDate& day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return day.addDays(-(day.dayOfWeek() - 1));
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    case Bucket::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

QDate nextBucket(const QDate& start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Week:
        return start.addDays(7);
    case Bucket::Month:
        return start.addMonths(1);
    case Bucket::Quarter:
        return start.addMonths(3);
    }
    return start;
}

QString bucketLabel(const QDate& start, Bucket bucket)
{
    const QLocale c; // month names in the language the report is worded in
    switch (bucket) {
    case Bucket::Week:
        return c.toString(start, DateFormats::dayMonth());
    case Bucket::Month:
        return c.toString(start, DateFormats::shortMonthShortYear());
    case Bucket::Quarter:
        return QStringLiteral("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return {};
}

ReportChart episodesChart(const QList<Entry>& entries, const QDate& firstDay, const QDate& lastDay)
{
    const Bucket bucket = bucketFor(firstDay, lastDay);
    ReportChart chart;
    chart.kind = ReportChart::Kind::StackedBars;
    chart.id = QStringLiteral("episodes");
    chart.valueTitle = Text::tr("Episodes");
    switch (bucket) {
    case Bucket::Week:
        chart.title = Text::tr("Episodes per week, by how tension changed");
        break;
    case Bucket::Month:
        chart.title = Text::tr("Episodes per month, by how tension changed");
        break;
    case Bucket::Quarter:
        chart.title = Text::tr("Episodes per quarter, by how tension changed");
        break;
    }
    chart.caption = Text::tr("Each bar is one period; its parts show whether the tears relieved "
                             "tension, left it unchanged or made it worse.");

    QList<QDate> starts;
    for (QDate d = bucketStart(firstDay, bucket); d <= lastDay; d = nextBucket(d, bucket)) {
        starts << d;
        chart.categories << bucketLabel(d, bucket);
    }
    for (Tension t : allValues<Tension>())
        chart.series << ReportChartSeries{
            keyOf(t), ReportLabels::code(t), QList<double>(starts.size(), 0.0), {}};
    ReportChartSeries unanswered{QStringLiteral("not_answered"),
                                 Text::tr("Not answered"),
                                 QList<double>(starts.size(), 0.0),
                                 {}};

    QList<double> totals(starts.size(), 0.0);
    for (const Entry& entry : entries) {
        const QDate start = bucketStart(entry.occurredAt.date(), bucket);
        // Buckets are few and sorted, so a binary search beats building a hash per report.
        const auto it = std::lower_bound(starts.cbegin(), starts.cend(), start);
        if (it == starts.cend() || *it != start)
            continue;
        const auto index = it - starts.cbegin();
        ReportChartSeries& series =
            entry.tension ? chart.series[qsizetype(*entry.tension)] : unanswered;
        series.values[index] += 1;
        totals[index] += 1;
    }
    if (std::ranges::any_of(unanswered.values, [](double v) { return v > 0; }))
        chart.series << unanswered;
    chart.maxValue = totals.isEmpty() ? 0 : *std::ranges::max_element(totals);
    return chart;
}

ReportChart scoresChart(const QList<CheckIn>& checkIns, const QDate& firstDay, const QDate& lastDay)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.id = QStringLiteral("scores");
    chart.title = Text::tr("Check-in totals over time");
    chart.valueTitle = Text::tr("Total");
    chart.caption = Text::tr("Dashed lines mark where the bands begin: mild at 5 and moderate at "
                             "10 for both; for the PHQ-9 (0–27) moderately severe at 15 and "
                             "severe at 20; the GAD-7 (0–21) counts 15 and above as severe.");
    chart.maxValue = Scoring::phq9MaxTotal;
    chart.timeFrom = double(firstDay.startOfDay().toMSecsSinceEpoch());
    chart.timeTo = double(lastDay.endOfDay().toMSecsSinceEpoch());
    chart.marks = {{double(Scoring::mildFrom), Text::tr("mild")},
                   {double(Scoring::moderateFrom), Text::tr("moderate")},
                   {double(Scoring::phq9ModeratelySevereFrom), Text::tr("PHQ-9 mod. severe")},
                   {double(Scoring::phq9SevereFrom), Text::tr("PHQ-9 severe")}};
    for (Instrument instrument : allValues<Instrument>()) {
        ReportChartSeries series{keyOf(instrument), ReportLabels::label(instrument), {}, {}};
        for (const CheckIn& c : checkIns) {
            if (c.instrument == instrument && Scoring::isScorable(c))
                series.points << QPointF(double(c.takenAt.toMSecsSinceEpoch()),
                                         Scoring::total(c.answers));
        }
        if (!series.points.isEmpty())
            chart.series << series;
    }
    return chart;
}

} // namespace

QList<ReportChart> charts(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                          const QDate& firstDay, const QDate& lastDay)
{
    QList<ReportChart> out;
    if (!firstDay.isValid() || !lastDay.isValid() || firstDay > lastDay)
        return out;
    // Below the number the findings need to look for patterns, a chart over time shows only the
    // rows of the entries table, spread thin over a mostly empty page.
    if (entries.size() >= FindingRules::enoughDataEntries)
        out << episodesChart(entries, firstDay, lastDay);
    const ReportChart scores = scoresChart(checkIns, firstDay, lastDay);
    if (!scores.series.isEmpty())
        out << scores;
    return out;
}

} // namespace aftercare::core::ReportParts
