// JournalStore: entries, and saving a finished reflection together with its draft.
#include "core/storage/JournalStore.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/DraftTable.h"
#include "core/storage/EntryTable.h"
#include "core/storage/StoreSupport.h"

namespace aftercare::core {

using StoreSupport::closedError;
using StoreSupport::inTransaction;

namespace {

// The writes of addEntry and updateEntry, for use inside a transaction; `entry` gets its
// stamps (and a new id) as stored.
Status insertEntry(Database& db, Entry& entry)
{
    entry.createdAt = Clock::instance().now();
    entry.updatedAt = entry.createdAt;
    return EntryTable::insert(db, entry);
}

Status replaceEntry(Database& db, Entry& entry)
{
    const auto stored = EntryTable::find(db, entry.id);
    if (!stored)
        return std::unexpected(stored.error());
    entry.createdAt = stored->createdAt;
    entry.updatedAt = Clock::instance().now();
    if (auto updated = EntryTable::update(db, entry); !updated)
        return updated;
    if (stored->notes != entry.notes || stored->thoughtsText != entry.thoughtsText)
        return EntryTable::purgeRemovedText(db);
    return {};
}

Status checkComplete(Entry& entry, bool giveId)
{
    if (giveId && entry.id.isEmpty())
        entry.id = newId();
    return entry.validate(Entry::Completeness::Complete);
}

} // namespace

Result<Entry> JournalStore::addEntry(Entry entry)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    if (auto valid = checkComplete(entry, true); !valid)
        return std::unexpected(valid.error());
    const auto done = inTransaction(*m_db, QStringLiteral("save the entry"),
                                    [&] { return insertEntry(*m_db, entry); });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT entriesChanged();
    return entry;
}

Result<Entry> JournalStore::updateEntry(Entry entry)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    if (auto valid = checkComplete(entry, false); !valid)
        return std::unexpected(valid.error());
    const auto done = inTransaction(*m_db, QStringLiteral("save the entry"),
                                    [&] { return replaceEntry(*m_db, entry); });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT entriesChanged();
    return entry;
}

Result<Entry> JournalStore::saveReflection(Entry entry, SaveAs as)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    const bool isNew = as == SaveAs::NewEntry;
    if (auto valid = checkComplete(entry, isNew); !valid)
        return std::unexpected(valid.error());
    bool discarded = false;
    const auto done = inTransaction(*m_db, QStringLiteral("save the entry"), [&]() -> Status {
        if (auto saved = isNew ? insertEntry(*m_db, entry) : replaceEntry(*m_db, entry); !saved)
            return saved;
        const auto removed = DraftTable::discard(*m_db);
        if (!removed)
            return std::unexpected(removed.error());
        discarded = *removed;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT entriesChanged();
    if (discarded)
        Q_EMIT draftChanged();
    return entry;
}

Status JournalStore::deleteEntry(const QString& id)
{
    if (Status ready = writable(); !ready)
        return ready;
    const auto done = inTransaction(*m_db, QStringLiteral("delete the entry"), [&]() -> Status {
        if (auto removed = EntryTable::remove(*m_db, id); !removed)
            return removed;
        return EntryTable::purgeRemovedText(*m_db);
    });
    if (!done)
        return done;
    Q_EMIT entriesChanged();
    return {};
}

Result<Entry> JournalStore::entry(const QString& id) const
{
    if (!isOpen())
        return closedError();
    return EntryTable::find(*m_db, id);
}

Result<QList<Entry>> JournalStore::entries(const EntryQuery& query) const
{
    if (!isOpen())
        return closedError();
    return EntryTable::list(*m_db, query);
}

Result<int> JournalStore::countEntries(const EntryQuery& query) const
{
    if (!isOpen())
        return closedError();
    return EntryTable::count(*m_db, query);
}

} // namespace aftercare::core
