// Everything the Trends page shows, computed once per refresh from the journal's rows: the
// findings (each rule looks at its own window), the series and headline numbers for the chosen
// period, and the last year of days for the calendar. Pure data, so it can be measured alone.
#pragma once

#include "core/analysis/Factors.h"
#include "core/analysis/Finding.h"
#include "core/analysis/Share.h"
#include "core/analysis/TrendSeries.h"
#include "core/analysis/TrendSummary.h"

#include <QList>

namespace aftercare::ui {

struct TrendsSnapshot
{
    // Period choices offered on the page; 0 is "everything".
    static constexpr int allDays = 0;
    static constexpr int yearDays = 365;
    // Below this many entries in the period the charts would mostly show noise.
    static constexpr int minEntriesForCharts = 3;

    QDateTime asOf;
    int periodDays = 90;
    QList<core::Finding> findings; // the factor findings among them
    core::FactorAnalysis factors;  // the person's tags over the chosen period
    core::TrendSeries series;      // the chosen period, weeks up to 90 days, months beyond
    core::TrendSummary summary;    // the chosen period
    QList<core::CalendarDay> year; // the 365 days up to asOf's date
    int entriesInPeriod = 0;
    // Weeks (or months) of the period with at least one entry: with one, a chart is one bar.
    int periodsWithEntries = 0;
    // Every entry up to asOf, in or before the period.
    int entriesOverall = 0;
    // Below this many entries the page gives counts, never a percentage (CONTENT.md).
    static constexpr int minEntriesForShare = core::Share::minForPercent;

    bool hasEnoughForCharts() const
    {
        return entriesInPeriod >= minEntriesForCharts && periodsWithEntries >= 2;
    }

    static core::Period periodFor(int days);
    static TrendsSnapshot compute(const QList<core::Entry>& entries,
                                  const QList<core::CheckIn>& checkIns,
                                  const QList<core::Partner>& partners, const QDateTime& asOf,
                                  int periodDays);
};

} // namespace aftercare::ui
