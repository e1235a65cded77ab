// JournalStore: the list of tags, renaming and deleting them.
#include "core/storage/JournalStore.h"

#include "core/storage/Database.h"
#include "core/storage/StoreSupport.h"
#include "core/storage/TagTable.h"

namespace aftercare::core {

using StoreSupport::closedError;
using StoreSupport::inTransaction;

namespace {

// Runs `change` (which returns how many entries it touched) in one transaction, then tells the
// views: the tags always, the entries when any carried the tag.
template <typename Change>
Result<int> changeTags(JournalStore& store, Database& db, const QString& doing, Change change)
{
    int touched = 0;
    const auto done = inTransaction(db, doing, [&]() -> Status {
        const auto entries = change();
        if (!entries)
            return std::unexpected(entries.error());
        touched = *entries;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT store.tagsChanged();
    if (touched > 0)
        Q_EMIT store.entriesChanged();
    return touched;
}

} // namespace

Result<QList<Tags::TagCount>> JournalStore::tags() const
{
    if (!isOpen())
        return closedError();
    return TagTable::list(*m_db);
}

Result<int> JournalStore::countEntriesWithTag(const QString& label) const
{
    if (!isOpen())
        return closedError();
    return TagTable::entryCount(*m_db, label);
}

Result<int> JournalStore::renameTag(const QString& label, const QString& newLabel)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    return changeTags(*this, *m_db, QStringLiteral("rename the tag"),
                      [&] { return TagTable::rename(*m_db, label, newLabel); });
}

Result<int> JournalStore::deleteTag(const QString& label)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    return changeTags(*this, *m_db, QStringLiteral("delete the tag"),
                      [&] { return TagTable::remove(*m_db, label); });
}

} // namespace aftercare::core
