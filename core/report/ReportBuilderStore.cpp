// ReportBuilder over a live store: one query for the period's entries, then the pure build.
// Kept apart so the pure builder links without the storage layer.
#include "core/report/ReportBuilder.h"

#include "core/storage/JournalStore.h"

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
    return Source{std::move(contents->entries), std::move(contents->checkIns),
                  std::move(contents->partners)};
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
