// One prepared statement (RAII over sqlite3_stmt*) with typed binding and column access, so
// user values only ever reach SQLite as bound parameters.
#pragma once

#include "core/Error.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <string_view>

struct sqlite3_stmt;

namespace aftercare::core {

class Database;
class SecretBytes;

class Statement
{
public:
    // A cached statement goes back to the Database's cache (reset, bindings cleared) instead of
    // being finalized.
    Statement(Database& db, sqlite3_stmt* stmt, QString doing, bool cached = false);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. A failed bind is remembered and reported by step().
    Statement& bind(int index, const QString& text); // a null QString binds ''
    // Bytes that are already UTF-8 (vocabulary keys, formatted times); SQLite copies them.
    Statement& bindUtf8(int index, std::string_view text);
    // UTF-8 that lives as long as the program (constant tables such as vocabulary keys): SQLite
    // keeps the pointer instead of copying the bytes into memory of its own for every bind.
    Statement& bindStaticUtf8(int index, std::string_view text);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bindNull(int index);
    // Empty text binds NULL (optional references such as partner_id).
    Statement& bindOptional(int index, const QString& text);
    Statement& bindOptional(int index, std::optional<int> value);
    // Binds the secret's bytes without copying; the secret must outlive the statement's use,
    // and clearBindings() drops the reference.
    Statement& bindSecret(int index, const SecretBytes& secret);
    void clearBindings();

    // True when a row is available, false when done.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Status run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const; // NULL reads as an empty QString
    // The column's UTF-8 bytes without a copy; valid until the next step() or reset(). For SQL
    // NULL the view's data() is null (an empty text has a non-null pointer).
    std::string_view utf8(int column) const;
    qint64 int64(int column) const;
    std::optional<int> optionalInt(int column) const;

    // Number of rows changed by the last run() (sqlite3_changes).
    int changes() const;

private:
    void release();
    bool checkBind(int rc);

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_doing;
    int m_bindRc = 0;
    bool m_cached = false;
};

} // namespace aftercare::core
