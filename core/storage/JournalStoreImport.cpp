// JournalStore: importing partners, entries and check-ins, all or nothing.
#include "core/storage/JournalStore.h"

#include "core/Clock.h"
#include "core/storage/CheckInTable.h"
#include "core/storage/Database.h"
#include "core/storage/EntryTable.h"
#include "core/storage/PartnerTable.h"
#include "core/storage/StoreSupport.h"

namespace aftercare::core {

using StoreSupport::inTransaction;
using StoreSupport::prefixed;

Result<ImportCounts> JournalStore::importAll(const QList<Partner>& partners,
                                             const QList<Entry>& entries,
                                             const QList<CheckIn>& checkIns)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    // Everything is checked before the first write, so a bad record anywhere is reported
    // without touching the journal; the transaction below covers what only the database knows
    // (duplicate labels, unknown partners).
    for (qsizetype i = 0; i < partners.size(); ++i) {
        const QString path = QStringLiteral("partners[%1]").arg(i);
        if (!isValidId(partners[i].id))
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("%1.id: \"%2\" is not a UUID").arg(path, partners[i].id));
        if (const auto label = PartnerTable::cleanLabel(partners[i].label); !label)
            return std::unexpected(prefixed(path, label.error()));
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (auto valid = entries[i].validate(Entry::Completeness::Complete); !valid)
            return std::unexpected(prefixed(QStringLiteral("entries[%1]").arg(i), valid.error()));
    }
    for (qsizetype i = 0; i < checkIns.size(); ++i) {
        if (auto valid = checkIns[i].validate(); !valid)
            return std::unexpected(prefixed(QStringLiteral("checkins[%1]").arg(i), valid.error()));
    }

    ImportCounts counts;
    struct
    {
        int partners = 0, entries = 0, checkIns = 0;
    } added;
    const QDateTime now = Clock::instance().now();
    const auto done = inTransaction(*m_db, QStringLiteral("import"), [&]() -> Status {
        for (qsizetype i = 0; i < partners.size(); ++i) {
            const auto exists = PartnerTable::exists(*m_db, partners[i].id);
            if (!exists)
                return std::unexpected(exists.error());
            if (*exists) {
                ++counts.skipped;
                continue;
            }
            if (auto inserted = PartnerTable::insert(*m_db, partners[i]); !inserted)
                return std::unexpected(
                    prefixed(QStringLiteral("partners[%1]").arg(i), inserted.error()));
            ++added.partners;
        }
        // The ids already stored and the partners now known, read once: a look-up per entry
        // was a tenth of a bulk import's time. Ids added here join the set, so an id listed
        // twice is added once and then skipped, as it would be against the journal.
        const QString lookUp = QStringLiteral("look up the journal's entries");
        auto stored = m_db->queryTextSet("SELECT id FROM entries", lookUp);
        if (!stored)
            return std::unexpected(stored.error());
        const auto partnerIds = m_db->queryTextSet("SELECT id FROM partners", lookUp);
        if (!partnerIds)
            return std::unexpected(partnerIds.error());
        auto tags = TagTable::known(*m_db);
        if (!tags)
            return std::unexpected(tags.error());
        auto inserter = EntryTable::Inserter::prepare(*m_db, *tags);
        if (!inserter)
            return std::unexpected(inserter.error());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry& entry = entries[i];
            if (stored->contains(entry.id)) {
                ++counts.skipped;
                continue;
            }
            Status inserted;
            if (!entry.partnerId.isEmpty() && !partnerIds->contains(entry.partnerId)) {
                inserted = std::unexpected(EntryTable::unknownPartner(entry.partnerId));
            } else {
                // Imported entries keep their own history; only missing timestamps are filled.
                Entry e = entry;
                if (!e.createdAt.isValid())
                    e.createdAt = now;
                if (!e.updatedAt.isValid())
                    e.updatedAt = e.createdAt;
                inserted = inserter->insert(e);
            }
            if (!inserted)
                return std::unexpected(
                    prefixed(QStringLiteral("entries[%1]").arg(i), inserted.error()));
            stored->insert(entry.id);
            ++added.entries;
        }
        for (qsizetype i = 0; i < checkIns.size(); ++i) {
            const auto exists = CheckInTable::exists(*m_db, checkIns[i].id);
            if (!exists)
                return std::unexpected(exists.error());
            if (*exists) {
                ++counts.skipped;
                continue;
            }
            if (auto inserted = CheckInTable::insert(*m_db, checkIns[i]); !inserted)
                return std::unexpected(
                    prefixed(QStringLiteral("checkins[%1]").arg(i), inserted.error()));
            ++added.checkIns;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    counts.added = added.partners + added.entries + added.checkIns;
    if (added.partners)
        Q_EMIT partnersChanged();
    if (added.entries)
        Q_EMIT entriesChanged();
    if (added.checkIns)
        Q_EMIT checkInsChanged();
    return counts;
}

} // namespace aftercare::core
