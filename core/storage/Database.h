// One open SQLCipher connection (RAII over sqlite3*): keying, statements and the translation of
// SQLite result codes into Errors a user can act on.
#pragma once

#include "Error.h"
#include "Statement.h"

#include <memory>
#include <QString>

struct sqlite3;

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
    // Refuses to continue when the linked library is plain SQLite rather than SQLCipher.
    Status requireSqlCipher();

    // Runs SQL that has no parameters (schema, pragmas). Never pass user values here.
    Status exec(const char* sql, const QString& doing);
    Result<Statement> prepare(const char* sql, const QString& doing);
    // The first column of the first row of a parameterless query; null QString when no row.
    Result<QString> queryText(const char* sql, const QString& doing);
    Result<qint64> queryInt(const char* sql, const QString& doing);

    // How long a statement waits for another connection's lock before reporting "busy".
    void setBusyTimeout(int ms);

    Result<int> userVersion();
    Status setUserVersion(int version);

    // Finalizes nothing (statements own themselves) and closes; safe to call twice.
    void close();
    bool isOpen() const { return m_db != nullptr; }

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    int changes() const;
    qint64 lastInsertRowId() const;

    // `doing` completes "Could not …", e.g. "save the entry".
    Error error(int rc, const QString& doing) const;
    static Error errorFor(int rc, const QString& doing, const QString& detail);

private:
    Database(sqlite3* db, QString path);

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace aftercare::core
