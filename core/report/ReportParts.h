// The pieces ReportBuilder assembles a therapist summary from; internal to core/report, split
// out so each stays small and can be read on its own.
#pragma once

#include "core/analysis/Factors.h"
#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/report/TherapistReport.h"

#include <QDate>
#include <QList>

namespace aftercare::core::ReportParts {

// Counts, mixes and the most frequent answers over the period's entries.
ReportOverview overview(const QList<Entry>& entries);

// Episodes over time by tension outcome, and check-in totals with their bands. `firstDay` and
// `lastDay` are the period's days; the bucket (week, month or quarter) follows its length.
QList<ReportChart> charts(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                          const QDate& firstDay, const QDate& lastDay);

// The Tags section (ReportTags.cpp): one row per tag of `factors`, and the sentences that go
// with the numbers (how to read them; what goes together, not what causes what).
QList<ReportTag> tags(const FactorAnalysis& factors);
QStringList tagsNotes(const FactorAnalysis& factors);

} // namespace aftercare::core::ReportParts
