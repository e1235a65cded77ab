// JournalStore: partners, check-ins, the one in-progress draft and the encrypted settings.
#include "core/storage/JournalStore.h"

#include "core/storage/CheckInTable.h"
#include "core/storage/Database.h"
#include "core/storage/DraftTable.h"
#include "core/storage/PartnerTable.h"
#include "core/storage/SettingsTable.h"
#include "core/storage/StoreSupport.h"

namespace aftercare::core {

using StoreSupport::closedError;
using StoreSupport::inTransaction;

Result<QList<Partner>> JournalStore::partners() const
{
    if (!isOpen())
        return closedError();
    return PartnerTable::list(*m_db);
}

Result<Partner> JournalStore::addPartner(const QString& label)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    const auto clean = PartnerTable::cleanLabel(label);
    if (!clean)
        return std::unexpected(clean.error());
    const Partner partner{newId(), *clean};
    const auto done = inTransaction(*m_db, QStringLiteral("save the partner"),
                                    [&] { return PartnerTable::insert(*m_db, partner); });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT partnersChanged();
    return partner;
}

Status JournalStore::renamePartner(const QString& id, const QString& label)
{
    if (Status ready = writable(); !ready)
        return ready;
    const auto done = inTransaction(*m_db, QStringLiteral("rename the partner"),
                                    [&] { return PartnerTable::rename(*m_db, id, label); });
    if (!done)
        return done;
    Q_EMIT partnersChanged();
    return {};
}

Status JournalStore::deletePartner(const QString& id)
{
    if (Status ready = writable(); !ready)
        return ready;
    int affected = 0;
    const auto done = inTransaction(*m_db, QStringLiteral("delete the partner"), [&]() -> Status {
        const auto removed = PartnerTable::remove(*m_db, id);
        if (!removed)
            return std::unexpected(removed.error());
        affected = *removed;
        return {};
    });
    if (!done)
        return done;
    Q_EMIT partnersChanged();
    if (affected > 0)
        Q_EMIT entriesChanged();
    return {};
}

Result<CheckIn> JournalStore::addCheckIn(CheckIn checkIn)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    if (checkIn.id.isEmpty())
        checkIn.id = newId();
    if (auto valid = checkIn.validate(); !valid)
        return std::unexpected(valid.error());
    const auto done = inTransaction(*m_db, QStringLiteral("save the check-in"),
                                    [&] { return CheckInTable::insert(*m_db, checkIn); });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT checkInsChanged();
    return checkIn;
}

Result<QList<CheckIn>> JournalStore::checkIns() const
{
    if (!isOpen())
        return closedError();
    return CheckInTable::list(*m_db);
}

Status JournalStore::deleteCheckIn(const QString& id)
{
    if (Status ready = writable(); !ready)
        return ready;
    const auto done = inTransaction(*m_db, QStringLiteral("delete the check-in"),
                                    [&] { return CheckInTable::remove(*m_db, id); });
    if (!done)
        return done;
    Q_EMIT checkInsChanged();
    return {};
}

Status JournalStore::saveDraft(const Draft& draft)
{
    if (Status ready = writable(); !ready)
        return ready;
    if (auto valid = DraftTable::validate(draft); !valid)
        return valid;
    const auto done = inTransaction(*m_db, QStringLiteral("save the draft"),
                                    [&] { return DraftTable::save(*m_db, draft); });
    if (!done)
        return done;
    Q_EMIT draftChanged();
    return {};
}

Result<std::optional<Draft>> JournalStore::draft() const
{
    if (!isOpen())
        return closedError();
    return DraftTable::load(*m_db);
}

Status JournalStore::discardDraft()
{
    if (Status ready = writable(); !ready)
        return ready;
    bool discarded = false;
    const auto done = inTransaction(*m_db, QStringLiteral("discard the draft"), [&]() -> Status {
        const auto removed = DraftTable::discard(*m_db);
        if (!removed)
            return std::unexpected(removed.error());
        discarded = *removed;
        return {};
    });
    if (!done)
        return done;
    if (discarded)
        Q_EMIT draftChanged();
    return {};
}

Result<QString> JournalStore::setting(const QString& key, const QString& fallback) const
{
    if (!isOpen())
        return closedError();
    return SettingsTable::value(*m_db, key, fallback);
}

Status JournalStore::setSetting(const QString& key, const QString& value)
{
    if (Status ready = writable(); !ready)
        return ready;
    if (key.isEmpty())
        return fail(Error::Kind::Usage, QStringLiteral("A setting needs a name."));
    return inTransaction(*m_db, QStringLiteral("save the setting"),
                         [&] { return SettingsTable::setValue(*m_db, key, value); });
}

} // namespace aftercare::core
