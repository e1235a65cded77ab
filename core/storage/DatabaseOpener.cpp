#include "DatabaseOpener.h"

#include "Database.h"
#include "DatabaseMaintenance.h"
#include "Migrations.h"
#include "Statement.h"

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

// A read-only connection to a WAL journal makes -wal and -shm files if they are missing. When
// the checks fail, those would be the only trace we left, so remove them again.
class SideFiles
{
public:
    explicit SideFiles(const QString& path)
        : m_wal(path + QStringLiteral("-wal")), m_shm(path + QStringLiteral("-shm")),
          m_hadWal(QFileInfo::exists(m_wal)), m_hadShm(QFileInfo::exists(m_shm))
    {}

    void removeOursIfEmpty() const
    {
        if (!m_hadWal && QFileInfo(m_wal).exists() && QFileInfo(m_wal).size() == 0) {
            QFile::remove(m_wal);
            if (!m_hadShm)
                QFile::remove(m_shm);
        }
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

// A read-only connection keyed for the page size the file was written with, its first page
// read (this is where a wrong key or a foreign file shows), and the number of schema objects.
struct ReadOnlyConnection
{
    std::unique_ptr<Database> db;
    int pageSize = 0;
    qint64 tables = 0;
};

Result<ReadOnlyConnection> openReadOnly(const QString& path, const SecretBytes& key)
{
    const int sizes[] = {DatabaseOpener::pageSize, DatabaseOpener::legacyPageSize};
    for (const int size : sizes) {
        auto db = Database::open(path, Database::Access::ReadOnly);
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

Result<int> checkReadOnly(const QString& path, const SecretBytes& key)
{
    auto opened = openReadOnly(path, key);
    if (!opened)
        return std::unexpected(opened.error());
    Database* db = opened->db.get();
    const qint64 tables = opened->tables;
    if (auto checked = DatabaseMaintenance::checkIntegrity(*db, false); !checked)
        return std::unexpected(checked.error());
    const auto version = db->userVersion();
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
    return opened->pageSize;
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
    if (!ready) {
        (*db)->close();
        removeJournalFiles(path);
        return std::unexpected(ready.error());
    }
    return std::move(*db);
}

Result<std::unique_ptr<Database>> DatabaseOpener::openExisting(const QString& path,
                                                               const SecretBytes& key)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Kind::NotFound,
                    QStringLiteral("There is no journal database at %1.").arg(path));
    if (info.size() == 0)
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The journal file %1 is empty. ").arg(path) + restoreAdvice);
    const SideFiles sideFiles(path);
    const auto checked = checkReadOnly(path, key);
    if (!checked) {
        sideFiles.removeOursIfEmpty();
        return std::unexpected(checked.error());
    }
    auto db = Database::open(path, Database::Access::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    if (auto ready = configure(**db, key, *checked); !ready)
        return std::unexpected(ready.error());
    if (auto migrated = Migrations::migrate(**db); !migrated)
        return std::unexpected(migrated.error());
    return std::move(*db);
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
