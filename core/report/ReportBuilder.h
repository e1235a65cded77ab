// Turns a journal and the user's choices into a therapist summary (plain data): counts, charts'
// numbers, findings with their evidence dates, check-in bands, partners under pseudonyms unless
// real labels were chosen, the entries table, notes only when included, and the legend.
#pragma once

#include "core/Error.h"
#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"
#include "core/model/SafetyPlan.h"
#include "core/report/ReportOptions.h"
#include "core/report/TherapistReport.h"

#include <QDateTime>
#include <QList>

namespace aftercare::core {

class JournalStore;

namespace ReportBuilder {

// What a report is made from; build() keeps only what falls inside the period.
struct Source
{
    QList<Entry> entries;
    QList<CheckIn> checkIns;
    QList<Partner> partners;
    // Only read when the user chose to include it (ReportOptions::includeSafetyPlan).
    SafetyPlan safetyPlan;
};

// Reads the period's entries, the check-ins and the partners from the store.
Result<Source> read(const JournalStore& store, const ReportOptions& options,
                    const QDateTime& generatedAt);

// read(), then build().
Result<TherapistReport> build(const JournalStore& store, const ReportOptions& options,
                              const QDateTime& generatedAt);

// The same from data already in memory. An empty period gives a report whose isEmpty is true.
TherapistReport build(const Source& source, const ReportOptions& options,
                      const QDateTime& generatedAt);

// The trends findings over the period's own entries and check-ins, as of the period's end (or
// generatedAt, if earlier), each with the dates of its evidence. `partners` should carry the
// labels the report shows, so an explanation never names someone the user chose to hide.
QList<ReportFinding> findings(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                              const QList<Partner>& partners, const QDateTime& asOf);

} // namespace ReportBuilder
} // namespace aftercare::core
