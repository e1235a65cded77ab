#include "core/exchange/JournalExchange.h"

#include "core/storage/SafetyPlanStore.h"

#include "core/Clock.h"

#include <QSet>

#include <algorithm>

namespace aftercare::core::JournalExchange {

namespace {

bool inRange(const QDateTime& t, const QDateTime& from, const QDateTime& to)
{
    return (!from.isValid() || t >= from) && (!to.isValid() || t <= to);
}

} // namespace

Result<JournalDocument> collect(const JournalStore& store, const QDateTime& from,
                                const QDateTime& to)
{
    EntryQuery query;
    query.from = from;
    query.to = to;
    auto contents = store.contents(query);
    if (!contents)
        return std::unexpected(contents.error());
    QList<Partner>& partners = contents->partners;

    JournalDocument doc;
    doc.exportedAt = Clock::instance().now();
    doc.entries = std::move(contents->entries);
    // Oldest first reads naturally in a file; the id breaks ties so exports are repeatable.
    std::stable_sort(doc.entries.begin(), doc.entries.end(), [](const Entry& a, const Entry& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.id < b.id;
    });

    if (!from.isValid() && !to.isValid()) {
        doc.partners = std::move(partners);
    } else {
        // A range export shares only what it needs: partners that no exported entry names
        // stay out of the file.
        QSet<QString> used;
        for (const Entry& e : std::as_const(doc.entries))
            if (!e.partnerId.isEmpty())
                used.insert(e.partnerId);
        for (Partner& p : partners)
            if (used.contains(p.id))
                doc.partners << std::move(p);
    }

    for (CheckIn& c : contents->checkIns)
        if (inRange(c.takenAt, from, to))
            doc.checkIns << std::move(c);

    // The plan is not dated: every export carries it, so a backup restores it.
    auto plan = SafetyPlanStore::load(store);
    if (!plan)
        return std::unexpected(plan.error());
    doc.safetyPlan = std::move(*plan);
    return doc;
}

Result<ImportCounts> import(JournalStore& store, const JournalDocument& document)
{
    auto counts = store.importAll(document.partners, document.entries, document.checkIns);
    if (!counts)
        return counts;
    // The file's plan is taken only when the journal has none yet: an import never replaces
    // words the user already wrote here.
    if (!document.safetyPlan.isEmpty()) {
        auto current = SafetyPlanStore::load(store);
        if (current && current->isEmpty()) {
            if (auto saved = SafetyPlanStore::save(store, document.safetyPlan); !saved)
                return std::unexpected(saved.error());
        }
    }
    return counts;
}

} // namespace aftercare::core::JournalExchange
