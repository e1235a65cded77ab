#include "core/storage/JournalStore.h"

#include "core/Clock.h"
#include "core/storage/CheckInTable.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/DraftTable.h"
#include "core/storage/EntryTable.h"
#include "core/storage/Migrations.h"
#include "core/storage/PartnerTable.h"
#include "core/storage/SettingsTable.h"
#include "core/storage/Transaction.h"

namespace aftercare::core {

namespace {

std::unexpected<Error> closedError()
{
    return fail(Error::Kind::Usage,
                QStringLiteral("The journal is locked. Unlock it again to continue."));
}

// Runs `work` inside one write transaction and commits; the caller emits signals afterwards, so
// views only hear about changes that are on disk.
template <typename Work> Status inTransaction(Database& db, const QString& doing, Work&& work)
{
    auto transaction = Transaction::begin(db, doing);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (Status done = work(); !done)
        return done;
    return transaction->commit();
}

Error prefixed(const QString& path, const Error& error)
{
    return Error(error.kind(), path + u'.' + error.message());
}

} // namespace

JournalStore::JournalStore(std::unique_ptr<Database> db, std::unique_ptr<OpeningCheck> pendingCheck,
                           SecretBytes dataKey)
    : m_pendingCheck(std::move(pendingCheck)), m_db(std::move(db)), m_dataKey(std::move(dataKey))
{}

JournalStore::~JournalStore()
{
    close();
}

Result<std::unique_ptr<JournalStore>> JournalStore::open(const QString& path,
                                                         const SecretBytes& dataKey, OpenMode mode,
                                                         IntegrityCheckTiming timing)
{
    if (mode == OpenMode::CreateNew) {
        auto db = DatabaseOpener::create(path, dataKey);
        if (!db)
            return std::unexpected(db.error());
        return std::unique_ptr<JournalStore>(new JournalStore(std::move(*db), nullptr, dataKey));
    }
    auto opened = DatabaseOpener::openExisting(path, dataKey, timing);
    if (!opened)
        return std::unexpected(opened.error());
    return std::unique_ptr<JournalStore>(
        new JournalStore(std::move(opened->db), std::move(opened->pendingCheck), dataKey));
}

void JournalStore::close()
{
    if (m_db) {
        // A pending check that never started will not run now; one that is running is waited
        // for. Only a journal known to be sound has its WAL folded in.
        const std::optional<Status> checked =
            m_pendingCheck ? m_pendingCheck->settle() : std::optional<Status>(Status());
        // Folding the WAL back into the database leaves one file at rest; a failure here only
        // means SQLite will finish the job on the next open.
        if (checked && checked->has_value())
            (void)m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)",
                             QStringLiteral("close the journal"));
        m_db->close();
        m_db.reset();
    }
    m_pendingCheck.reset(); // after m_db, see OpeningCheck
    m_dataKey.clear();
}

Status JournalStore::runPendingCheck() const
{
    return m_pendingCheck ? m_pendingCheck->run() : Status();
}

Status JournalStore::writable() const
{
    if (!isOpen())
        return closedError();
    return runPendingCheck();
}

bool JournalStore::isOpen() const
{
    return m_db && m_db->isOpen();
}

int JournalStore::currentSchemaVersion()
{
    return Migrations::currentVersion();
}

Result<int> JournalStore::schemaVersion() const
{
    if (!isOpen())
        return closedError();
    return m_db->userVersion();
}

Result<Entry> JournalStore::addEntry(Entry entry)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    if (entry.id.isEmpty())
        entry.id = newId();
    if (auto valid = entry.validate(Entry::Completeness::Complete); !valid)
        return std::unexpected(valid.error());
    entry.createdAt = Clock::instance().now();
    entry.updatedAt = entry.createdAt;
    const auto done = inTransaction(*m_db, QStringLiteral("save the entry"),
                                    [&] { return EntryTable::insert(*m_db, entry); });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT entriesChanged();
    return entry;
}

Result<Entry> JournalStore::updateEntry(Entry entry)
{
    if (Status ready = writable(); !ready)
        return std::unexpected(ready.error());
    if (auto valid = entry.validate(Entry::Completeness::Complete); !valid)
        return std::unexpected(valid.error());
    const auto done = inTransaction(*m_db, QStringLiteral("save the entry"), [&]() -> Status {
        const auto stored = EntryTable::find(*m_db, entry.id);
        if (!stored)
            return std::unexpected(stored.error());
        entry.createdAt = stored->createdAt;
        entry.updatedAt = Clock::instance().now();
        if (auto updated = EntryTable::update(*m_db, entry); !updated)
            return updated;
        if (stored->notes != entry.notes || stored->thoughtsText != entry.thoughtsText)
            return EntryTable::purgeRemovedText(*m_db);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT entriesChanged();
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
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry& entry = entries[i];
            if (stored->contains(entry.id)) {
                ++counts.skipped;
                continue;
            }
            Status inserted;
            if (!entry.partnerId.isEmpty() && !partnerIds->contains(entry.partnerId)) {
                inserted = std::unexpected(EntryTable::unknownPartner(entry.partnerId));
            } else if (entry.createdAt.isValid() && entry.updatedAt.isValid()) {
                inserted = EntryTable::insertChecked(*m_db, entry);
            } else {
                // Imported entries keep their own history; only missing timestamps are filled.
                Entry e = entry;
                if (!e.createdAt.isValid())
                    e.createdAt = now;
                if (!e.updatedAt.isValid())
                    e.updatedAt = e.createdAt;
                inserted = EntryTable::insertChecked(*m_db, e);
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

Status JournalStore::checkIntegrity(bool thorough) const
{
    if (!isOpen())
        return closedError();
    return DatabaseMaintenance::checkIntegrity(*m_db, thorough);
}

Status JournalStore::writeEncryptedCopy(const QString& path) const
{
    // Like a write: a copy of a journal still being checked could carry damage into backups.
    if (Status ready = writable(); !ready)
        return ready;
    return DatabaseMaintenance::writeEncryptedCopy(*m_db, m_dataKey, path);
}

} // namespace aftercare::core
