// JournalStore: the list of tags, renaming and deleting them.
#include "core/storage/JournalStore.h"

#include "core/storage/Database.h"
#include "core/storage/StoreSupport.h"
#include "core/storage/TagTable.h"

namespace aftercare::core {

using StoreSupport::closedError;
using StoreSupport::inTransaction;

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
    int carried = 0;
    const auto done = inTransaction(*m_db, QStringLiteral("rename the tag"), [&]() -> Status {
        const auto renamed = TagTable::rename(*m_db, label, newLabel);
        if (!renamed)
            return std::unexpected(renamed.error());
        carried = *renamed;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT tagsChanged();
    if (carried > 0)
        Q_EMIT entriesChanged();
    return carried;
}

Result<int> JournalStore::deleteTag(const QString& label)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    int lost = 0;
    const auto done = inTransaction(*m_db, QStringLiteral("delete the tag"), [&]() -> Status {
        const auto removed = TagTable::remove(*m_db, label);
        if (!removed)
            return std::unexpected(removed.error());
        lost = *removed;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT tagsChanged();
    if (lost > 0)
        Q_EMIT entriesChanged();
    return lost;
}

} // namespace aftercare::core
