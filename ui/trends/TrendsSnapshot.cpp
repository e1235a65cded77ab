#include "ui/trends/TrendsSnapshot.h"

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Findings.h"

#include <algorithm>

namespace aftercare::ui {

core::Period TrendsSnapshot::periodFor(int days)
{
    // Weekly bars stay readable up to about thirteen of them; a year or more reads by month.
    return days > 0 && days <= 90 ? core::Period::Week : core::Period::Month;
}

TrendsSnapshot TrendsSnapshot::compute(const QList<core::Entry>& entries,
                                       const QList<core::CheckIn>& checkIns,
                                       const QList<core::Partner>& partners, const QDateTime& asOf,
                                       int periodDays)
{
    const core::AnalysisContext context(entries, checkIns, partners, asOf);
    TrendsSnapshot s;
    s.asOf = context.asOf();
    s.periodDays = periodDays;
    s.findings = core::Findings::evaluate(context);
    // What tends to come with the hard episodes, over the period chosen on the page.
    s.factors = core::FactorAnalysis::compute(context, periodDays);
    s.findings += s.factors.findings();
    std::ranges::stable_sort(s.findings, core::findingComesBefore);
    s.series = core::TrendSeries::build(context, periodFor(periodDays), periodDays);
    s.summary = core::TrendSummary::compute(context, periodDays);
    s.entriesInPeriod = s.summary.entries;
    s.entriesOverall = int(context.entries().size());
    for (const core::PeriodPoint& p : s.series.periods)
        s.periodsWithEntries += p.episodes > 0 ? 1 : 0;
    if (periodDays == yearDays) {
        s.year = s.series.calendar;
    } else {
        // Only the calendar is needed from this pass; a year of entries is a small slice.
        s.year = core::TrendSeries::build(context, core::Period::Month, yearDays).calendar;
    }
    return s;
}

} // namespace aftercare::ui
