// One open SQLCipher connection (RAII over sqlite3*): keying, statements and the translation of
// SQLite result codes into Errors a user can act on.
#pragma once

#include "core/Error.h"
#include "core/storage/Statement.h"

#include <memory>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace aftercare::core {

class SecretBytes;

class Database
{
public:
    enum class Access
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    // Opens the file without touching its contents; keying and checks are separate steps so a
    // caller can verify a file before anything could write to it.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Gives SQLCipher the raw 32-byte key (as x'…' hex, built and wiped in guarded memory).
    Status applyKey(const SecretBytes& dataKey);
    // SQLCipher's page size for this connection: after applyKey(), before the first read.
    Status setCipherPageSize(int bytes);
    Result<int> cipherPageSize(const char* schema = "main");
    // Refuses to continue when the linked library is plain SQLite rather than SQLCipher.
    Status requireSqlCipher();

    // Runs SQL that has no parameters (schema, pragmas). Never pass user values here.
    Status exec(const char* sql, const QString& doing);
    // Statements are prepared once and reused (keyed by their SQL text, up to
    // maxCachedStatements); a statement already in use is prepared afresh.
    Result<Statement> prepare(const char* sql, const QString& doing);
    // The first column of the first row of a parameterless query; null QString when no row.
    Result<QString> queryText(const char* sql, const QString& doing);
    Result<qint64> queryInt(const char* sql, const QString& doing);
    // The first column of every row of a parameterless query, as a set (e.g. all ids).
    Result<QSet<QString>> queryTextSet(const char* sql, const QString& doing);

    // How long a statement waits for another connection's lock before reporting "busy".
    void setBusyTimeout(int ms);

    Result<int> userVersion();
    Status setUserVersion(int version);

    // Finalizes the cached statements and closes; safe to call twice.
    void close();
    bool isOpen() const { return m_db != nullptr; }

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    int changes() const;
    qint64 lastInsertRowId() const;

    // `doing` completes "Could not …", e.g. "save the entry".
    Error error(int rc, const QString& doing) const;
    static Error errorFor(int rc, const QString& doing, const QString& detail);

    static constexpr int maxCachedStatements = 64;

private:
    friend class Statement;
    Database(sqlite3* db, QString path);
    // A cached statement's owner is done with it: reset it and make it available again.
    void giveBack(sqlite3_stmt* stmt);

    struct Cached
    {
        sqlite3_stmt* stmt = nullptr;
        bool inUse = false;
    };

    sqlite3* m_db = nullptr;
    QString m_path;
    QHash<QByteArray, Cached> m_cache;
    QHash<sqlite3_stmt*, QByteArray> m_cacheKeys;
};

} // namespace aftercare::core
