// JournalStore: opening, closing, checking and copying the journal, and reading all of it at
// once. Entries, the other records and import are in JournalStore*.cpp beside this file.
#include "core/storage/JournalStore.h"

#include "core/storage/CheckInTable.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/EntryTable.h"
#include "core/storage/Migrations.h"
#include "core/storage/PartnerTable.h"
#include "core/storage/StoreSupport.h"
#include "core/storage/Transaction.h"

namespace aftercare::core {

using StoreSupport::closedError;

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

Result<JournalContents> JournalStore::contents(const EntryQuery& query) const
{
    if (!isOpen())
        return closedError();
    const QString doing = QStringLiteral("read the journal");
    // One snapshot: a write from another process between the three reads cannot leave an
    // entry naming a partner the list does not have.
    auto snapshot = Transaction::beginRead(*m_db, doing);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    JournalContents out;
    auto entries = EntryTable::list(*m_db, query);
    if (!entries)
        return std::unexpected(entries.error());
    out.entries = std::move(*entries);
    auto checkIns = CheckInTable::list(*m_db);
    if (!checkIns)
        return std::unexpected(checkIns.error());
    out.checkIns = std::move(*checkIns);
    auto partners = PartnerTable::list(*m_db);
    if (!partners)
        return std::unexpected(partners.error());
    out.partners = std::move(*partners);
    if (auto ended = snapshot->commit(); !ended)
        return std::unexpected(ended.error());
    return out;
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

Status JournalStore::writeEncryptedCopy(const QString& path, const SecretBytes& key) const
{
    if (Status ready = writable(); !ready)
        return ready;
    return DatabaseMaintenance::writeEncryptedCopy(*m_db, key, path);
}

Status JournalStore::reopen(const QString& path, const SecretBytes& key,
                            const std::function<Status()>& whileClosed)
{
    if (!isOpen())
        return closedError();
    close();
    if (Status moved = whileClosed(); !moved)
        return moved;
    auto opened = DatabaseOpener::openExisting(path, key, IntegrityCheckTiming::AlongsideReads);
    if (!opened)
        return std::unexpected(opened.error());
    m_db = std::move(opened->db);
    m_pendingCheck = std::move(opened->pendingCheck);
    m_dataKey = key;
    return {};
}

} // namespace aftercare::core
