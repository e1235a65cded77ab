#include "core/storage/Database.h"

#include "core/crypto/SecretBytes.h"
#include "core/DiskSpace.h"
#include "core/storage/Statement.h"

#include <sqlcipher/sqlite3.h>

#include <cstring>

namespace aftercare::core {

namespace {

QString sentenceFor(int primary)
{
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("the journal is busy in another Aftercare window or program. "
                              "Close it there and try again.");
    case SQLITE_READONLY:
        return QStringLiteral("the journal's file is read-only. Check that you are allowed to "
                              "write to the journal folder.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("the journal file is damaged. Nothing was changed. Restore the "
                              "newest copy from the backups folder inside the journal folder.");
    case SQLITE_IOERR:
        return QStringLiteral("the disk reported an error while reading or writing the journal. "
                              "Check the disk and try again.");
    case SQLITE_CANTOPEN:
        return QStringLiteral("the journal file could not be opened. Check that it exists and "
                              "that you are allowed to read and write it.");
    case SQLITE_NOMEM:
        return QStringLiteral("the computer ran out of memory. Close some programs and try "
                              "again.");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the change breaks a rule of the journal");
    default:
        return QStringLiteral("an unexpected database problem occurred");
    }
}

Error::Kind kindFor(int primary)
{
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::InUse;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Kind::Damaged;
    case SQLITE_CONSTRAINT:
        return Error::Kind::InvalidInput;
    default:
        return Error::Kind::Other;
    }
}

} // namespace

Database::Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    // Before the library initialises itself on the first open: no allocation statistics. With
    // them, every sqlite3_malloc and sqlite3_free takes a global mutex to count bytes we never
    // read (a bulk import makes hundreds of thousands of them).
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const QByteArray name = path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close(db);
        return std::unexpected(errorFor(rc, QStringLiteral("open the journal"), detail));
    }
    sqlite3_extended_result_codes(db, 1);
    // One thread uses a connection; a short wait covers a checkpoint racing our own reader.
    sqlite3_busy_timeout(db, 2000);
    return std::unique_ptr<Database>(new Database(db, path));
}

Status Database::applyKey(const SecretBytes& dataKey)
{
    if (dataKey.size() != 32)
        return fail(Error::Kind::Usage, QStringLiteral("The journal's data key must be 32 bytes."));
    // SQLCipher reads x'<64 hex>' as a raw key (no passphrase derivation). sqlite3_key() is
    // the C form of PRAGMA key and keeps the key out of SQL text the parser would copy.
    const SecretBytes hex = dataKey.toHex();
    SecretBytes keyText(hex.size() + 3);
    unsigned char* out = keyText.data();
    out[0] = 'x';
    out[1] = '\'';
    std::memcpy(out + 2, hex.data(), hex.size());
    out[hex.size() + 2] = '\'';
    const int rc = sqlite3_key(m_db, keyText.data(), int(keyText.size()));
    if (rc != SQLITE_OK)
        return std::unexpected(error(rc, QStringLiteral("unlock the journal's database")));
    return {};
}

Status Database::setCipherPageSize(int bytes)
{
    // PRAGMA takes no parameters; the value is our own constant, never user input.
    const QByteArray sql = "PRAGMA cipher_page_size = " + QByteArray::number(bytes);
    return exec(sql.constData(), QStringLiteral("open the journal"));
}

Result<int> Database::cipherPageSize(const char* schema)
{
    const QByteArray sql = QByteArray("PRAGMA ") + schema + ".cipher_page_size";
    const auto size = queryText(sql.constData(), QStringLiteral("read the page size"));
    if (!size)
        return std::unexpected(size.error());
    bool ok = false;
    const int bytes = size->toInt(&ok);
    if (!ok || bytes <= 0)
        return fail(Error::Kind::Other,
                    QStringLiteral("Could not read the journal's page size (\"%1\").").arg(*size));
    return bytes;
}

Status Database::requireSqlCipher()
{
    const auto version = queryText("PRAGMA cipher_version", QStringLiteral("check the encryption"));
    if (!version)
        return std::unexpected(version.error());
    if (version->isEmpty())
        return fail(Error::Kind::Other,
                    QStringLiteral("This build of Aftercare is not using SQLCipher, so it cannot "
                                   "keep the journal encrypted. Nothing was opened or written. "
                                   "Please use an official build."));
    return {};
}

Status Database::exec(const char* sql, const QString& doing)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return std::unexpected(errorFor(rc, doing, detail));
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql, const QString& doing)
{
    const QByteArray key(sql);
    const auto found = m_cache.find(key);
    if (found != m_cache.end() && !found->inUse) {
        found->inUse = true;
        return Statement(*this, found->stmt, doing, true);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::unexpected(error(rc, doing));
    }
    if (found == m_cache.end() && m_cache.size() < maxCachedStatements) {
        m_cache.insert(key, Cached{stmt, true});
        m_cacheKeys.insert(stmt, key);
        return Statement(*this, stmt, doing, true);
    }
    return Statement(*this, stmt, doing);
}

void Database::giveBack(sqlite3_stmt* stmt)
{
    // Unknown after close(): the statement was finalized there already.
    const auto key = m_cacheKeys.constFind(stmt);
    if (key == m_cacheKeys.constEnd())
        return;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_cache[*key].inUse = false;
}

Result<QString> Database::queryText(const char* sql, const QString& doing)
{
    auto stmt = prepare(sql, doing);
    if (!stmt)
        return std::unexpected(stmt.error());
    const auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return QString();
    return stmt->text(0);
}

Result<qint64> Database::queryInt(const char* sql, const QString& doing)
{
    auto stmt = prepare(sql, doing);
    if (!stmt)
        return std::unexpected(stmt.error());
    const auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(Error::Kind::Other,
                    QStringLiteral("Could not %1: the database returned no answer.").arg(doing));
    return stmt->int64(0);
}

Result<QSet<QString>> Database::queryTextSet(const char* sql, const QString& doing)
{
    auto stmt = prepare(sql, doing);
    if (!stmt)
        return std::unexpected(stmt.error());
    QSet<QString> out;
    for (;;) {
        const auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.insert(stmt->text(0));
    }
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

Result<int> Database::userVersion()
{
    const auto version = queryInt("PRAGMA user_version", QStringLiteral("read the schema version"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

Status Database::setUserVersion(int version)
{
    // PRAGMA takes no parameters; the value is our own integer, never user input.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return exec(sql.constData(), QStringLiteral("record the schema version"));
}

void Database::close()
{
    for (const Cached& cached : std::as_const(m_cache))
        sqlite3_finalize(cached.stmt);
    m_cache.clear();
    m_cacheKeys.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error Database::error(int rc, const QString& doing) const
{
    return errorFor(rc, doing, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
}

Error Database::errorFor(int rc, const QString& doing, const QString& detail)
{
    const int primary = rc & 0xff;
    // SHMSIZE: the shared-memory file beside a WAL database could not grow, which on Linux
    // means the disk has no room left for it (SQLite reports ENOSPC there as an I/O error).
    // sqlcipher_export() runs its copy as inner statements and reports their failure as a plain
    // SQLITE_ERROR that carries the inner message: a full disk shows only in those words.
    const bool fullInside =
        primary == SQLITE_ERROR && detail == QLatin1StringView(sqlite3_errstr(SQLITE_FULL));
    if (primary == SQLITE_FULL || rc == SQLITE_IOERR_SHMSIZE || fullInside)
        return DiskSpace::journalFull(doing);
    QString message = QStringLiteral("Could not %1: %2").arg(doing, sentenceFor(primary));
    // The library's own words help whoever supports the user; they follow the main message
    // only where our sentence does not already say everything.
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_NOMEM:
        break;
    default: {
        const QString extra = detail.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : detail;
        message += QStringLiteral(" (%1, code %2)").arg(extra).arg(rc);
        break;
    }
    }
    return Error(kindFor(primary), message);
}

} // namespace aftercare::core
