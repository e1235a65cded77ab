// ReportBuilder over a live store: one query for the period's entries, then the pure build.
// Kept apart so the pure builder links without the storage layer.
#include "core/report/ReportBuilder.h"

#include "core/storage/JournalStore.h"
#include "core/storage/SafetyPlanStore.h"

namespace aftercare::core::ReportBuilder {

Result<Source> read(const JournalStore& store, const ReportOptions& options,
                    const QDateTime& generatedAt)
{
    EntryQuery query;
    query.from = options.periodStart();
    query.to = options.periodEnd(generatedAt.date());
    auto contents = store.contents(query);
    if (!contents)
        return std::unexpected(contents.error());
    Source source{std::move(contents->entries),
                  std::move(contents->checkIns),
                  std::move(contents->partners),
                  {}};
    // The plan is private: it is read only when the user ticked it for this export.
    if (options.includeSafetyPlan) {
        auto plan = SafetyPlanStore::load(store);
        if (!plan)
            return std::unexpected(plan.error());
        source.safetyPlan = std::move(*plan);
    }
    return source;
}

Result<TherapistReport> build(const JournalStore& store, const ReportOptions& options,
                              const QDateTime& generatedAt)
{
    auto source = read(store, options, generatedAt);
    if (!source)
        return std::unexpected(source.error());
    return build(*source, options, generatedAt);
}

} // namespace aftercare::core::ReportBuilder
