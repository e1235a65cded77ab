#include "core/storage/DatabaseOpener.h"

#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"
#include "core/storage/Migrations.h"
#include "core/storage/SideFiles.h"
#include "core/storage/Statement.h"

#include <QFile>
#include <QFileInfo>

namespace aftercare::core {

namespace {

const QString restoreAdvice = QStringLiteral(
    "Nothing was changed. To get your entries back, restore the newest copy from the backups "
    "folder inside the journal folder.");

Error unreadable()
{
    // A wrong key and a damaged first page look the same to SQLCipher. The key comes from the
    // authenticated key-slot file, so the database itself is the suspect — but we never offer
    // to start over, because that would destroy what might still be recovered.
    return Error(Error::Kind::Damaged,
                 QStringLiteral("The journal's database cannot be read with this journal's key: "
                                "the file is damaged, or it was replaced by a different file. ") +
                     restoreAdvice);
}

// A read-only connection keyed for the page size the file was written with, its first page
// read (this is where a wrong key or a foreign file shows), and the number of schema objects.
struct ReadOnlyConnection
{
    std::unique_ptr<Database> db;
    int pageSize = 0;
    qint64 tables = 0;
};

Result<ReadOnlyConnection> openReadOnly(const QString& path, const SecretBytes& key,
                                        Database::Access access = Database::Access::ReadOnly)
{
    const int sizes[] = {DatabaseOpener::pageSize, DatabaseOpener::legacyPageSize};
    for (const int size : sizes) {
        auto db = Database::open(path, access);
        if (!db)
            return std::unexpected(db.error());
        if (auto keyed = (*db)->applyKey(key); !keyed)
            return std::unexpected(keyed.error());
        if (auto sized = (*db)->setCipherPageSize(size); !sized)
            return std::unexpected(sized.error());
        if (auto cipher = (*db)->requireSqlCipher(); !cipher)
            return std::unexpected(cipher.error());
        const auto tables = (*db)->queryInt("SELECT count(*) FROM sqlite_master",
                                            QStringLiteral("open the journal"));
        if (tables)
            return ReadOnlyConnection{std::move(*db), size, *tables};
        if (tables.error().kind() != Error::Kind::Damaged)
            return std::unexpected(tables.error());
        // Not this page size; with the last one, the file itself is the problem.
    }
    return std::unexpected(unreadable());
}

// A write interrupted in rollback-journal mode (a fresh copy is in it until its first open
// switches it to WAL, e.g. after a re-key) leaves a hot journal, which only a read-write
// connection may play back; until then a read-only one is refused as if the file were
// read-only. The first read of a keyed read-write connection restores the file; whatever
// else is wrong is for the read-only check that follows to report.
void rollBackInterruptedWrite(const QString& path, const SecretBytes& key)
{
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        (void)openReadOnly(path, key, Database::Access::ReadWrite);
}

// The schema version of a file that opened with the key; refused when it holds no journal, or
// one made by a newer Aftercare.
Result<int> checkSchema(Database& db, qint64 tables)
{
    const auto version = db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0 || tables == 0)
        return fail(
            Error::Kind::Damaged,
            QStringLiteral("The file opens with this journal's key but holds no journal. ") +
                restoreAdvice);
    if (*version > Migrations::currentVersion())
        return fail(Error::Kind::Other,
                    QStringLiteral("This journal was made by a newer version of Aftercare "
                                   "(schema %1; this version knows up to %2). Please update "
                                   "Aftercare to open it; the journal was not changed.")
                        .arg(*version)
                        .arg(Migrations::currentVersion()));
    return *version;
}

// Whether the read-write connection can open `db`'s file without writing to it: no upgrade to
// run and already in WAL mode. Only then may the quick_check wait until after it has opened.
bool opensWithoutWriting(Database& db, int version)
{
    if (version != Migrations::currentVersion())
        return false;
    const auto mode = db.queryText("PRAGMA journal_mode", QStringLiteral("open the journal"));
    return mode && mode->compare(QLatin1StringView("wal"), Qt::CaseInsensitive) == 0;
}

// The read-only connection, checked: quick_check first unless `mayDefer`, then the schema. The
// check is left to run later (the connection comes back for it) only for a file that the
// read-write connection can open without writing.
struct CheckedConnection
{
    ReadOnlyConnection connection;
    bool checkPending = false;
};

Result<CheckedConnection> checkReadOnly(const QString& path, const SecretBytes& key, bool mayDefer)
{
    auto opened = openReadOnly(path, key);
    if (!opened)
        return std::unexpected(opened.error());
    Database& db = *opened->db;
    if (!mayDefer) {
        if (auto checked = DatabaseMaintenance::checkIntegrity(db, false); !checked)
            return std::unexpected(checked.error());
    }
    const auto version = checkSchema(db, opened->tables);
    if (!version)
        return std::unexpected(version.error());
    const bool deferred = mayDefer && opensWithoutWriting(db, *version);
    if (mayDefer && !deferred) {
        if (auto checked = DatabaseMaintenance::checkIntegrity(db, false); !checked)
            return std::unexpected(checked.error());
    }
    return CheckedConnection{std::move(*opened), deferred};
}

void removeJournalFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

Status DatabaseOpener::configure(Database& db, const SecretBytes& key, int bytesPerPage)
{
    if (auto keyed = db.applyKey(key); !keyed)
        return keyed;
    if (auto sized = db.setCipherPageSize(bytesPerPage); !sized)
        return sized;
    if (auto cipher = db.requireSqlCipher(); !cipher)
        return cipher;
    const QString doing = QStringLiteral("open the journal");
    if (auto set = db.exec("PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; "
                           "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                           "PRAGMA cache_size = -16384;",
                           doing);
        !set)
        return set;
    // Only main: an attached snapshot (writeEncryptedCopy) stays a single self-contained file.
    const auto mode = db.queryText("PRAGMA main.journal_mode = WAL", doing);
    if (!mode)
        return std::unexpected(mode.error().kind() == Error::Kind::Damaged ? unreadable()
                                                                           : mode.error());
    if (mode->compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
        return fail(Error::Kind::Other,
                    QStringLiteral("Could not open the journal: its folder does not allow the "
                                   "write-ahead log Aftercare needs (journal mode stayed \"%1\").")
                        .arg(*mode));
    return {};
}

Result<std::unique_ptr<Database>> DatabaseOpener::create(const QString& path,
                                                         const SecretBytes& key)
{
    if (QFileInfo::exists(path))
        return fail(Error::Kind::AlreadyExists,
                    QStringLiteral("There is already a file at %1; Aftercare will not overwrite "
                                   "it with a new journal.")
                        .arg(path));
    auto db = Database::open(path, Database::Access::Create);
    if (!db)
        return std::unexpected(db.error());
    Status ready = configure(**db, key);
    if (ready)
        ready = Migrations::migrate(**db);
    if (ready)
        ready = DatabaseMaintenance::requireEncrypted(**db, "main", path);
    if (!ready) {
        (*db)->close();
        removeJournalFiles(path);
        return std::unexpected(ready.error());
    }
    return std::move(*db);
}

Result<OpenedDatabase> DatabaseOpener::openExisting(const QString& path, const SecretBytes& key,
                                                    IntegrityCheckTiming timing)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Kind::NotFound,
                    QStringLiteral("There is no journal database at %1.").arg(path));
    if (info.size() == 0)
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The journal file %1 is empty. ").arg(path) + restoreAdvice);
    SideFiles sideFiles(path);
    rollBackInterruptedWrite(path, key);
    auto checked = checkReadOnly(path, key, timing == IntegrityCheckTiming::AlongsideReads);
    if (!checked) {
        sideFiles.removeOursIfEmpty();
        return std::unexpected(checked.error());
    }
    const int bytesPerPage = checked->connection.pageSize;
    std::unique_ptr<OpeningCheck> pendingCheck;
    if (checked->checkPending)
        pendingCheck =
            std::make_unique<OpeningCheck>(std::move(checked->connection.db), std::move(sideFiles));
    else
        checked->connection.db.reset();
    // From here on a failure closes the read-write connection before the pending check's
    // read-only one (declared first, destroyed last), so nothing is folded into the file.
    auto db = Database::open(path, Database::Access::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    if (auto ready = configure(**db, key, bytesPerPage); !ready)
        return std::unexpected(ready.error());
    // Proof that the connection really encrypts, before the migration or anything else writes.
    if (auto encrypted = DatabaseMaintenance::requireEncrypted(**db, "main", path); !encrypted)
        return std::unexpected(encrypted.error());
    // A deferred check means the schema is current: there is nothing to migrate, and starting
    // the upgrade's write transaction would already be a write.
    if (!pendingCheck) {
        if (auto migrated = Migrations::migrate(**db); !migrated)
            return std::unexpected(migrated.error());
    }
    return OpenedDatabase{std::move(*db), std::move(pendingCheck)};
}

Result<int> DatabaseOpener::detectPageSize(const QString& path, const SecretBytes& key)
{
    const SideFiles sideFiles(path);
    auto opened = openReadOnly(path, key);
    if (!opened) {
        sideFiles.removeOursIfEmpty();
        return std::unexpected(opened.error());
    }
    return opened->pageSize;
}

} // namespace aftercare::core
