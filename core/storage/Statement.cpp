#include "core/storage/Statement.h"

#include "core/crypto/SecretBytes.h"
#include "core/storage/Database.h"

#include <sqlcipher/sqlite3.h>

#include <QStringEncoder>

#include <utility>

namespace aftercare::core {

Statement::Statement(Database& db, sqlite3_stmt* stmt, QString doing, bool cached)
    : m_db(&db), m_stmt(stmt), m_doing(std::move(doing)), m_cached(cached)
{}

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_doing(std::move(other.m_doing)), m_bindRc(other.m_bindRc), m_cached(other.m_cached)
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_doing = std::move(other.m_doing);
        m_bindRc = other.m_bindRc;
        m_cached = other.m_cached;
    }
    return *this;
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cached)
        m_db->giveBack(m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

bool Statement::checkBind(int rc)
{
    if (rc != SQLITE_OK && m_bindRc == SQLITE_OK)
        m_bindRc = rc;
    return rc == SQLITE_OK;
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isEmpty()) { // '', not NULL: SQLite binds NULL for a null pointer
        checkBind(sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC));
        return *this;
    }
    // Encoded straight into memory that SQLite takes over and frees: one allocation and one
    // pass, instead of a QByteArray and then SQLite's own copy of it (a bulk import binds
    // tens of thousands of texts).
    QStringEncoder encoder(QStringEncoder::Utf8);
    auto* utf8 =
        static_cast<char*>(sqlite3_malloc64(sqlite3_uint64(encoder.requiredSpace(text.size()))));
    if (!utf8) {
        checkBind(SQLITE_NOMEM);
        return *this;
    }
    const char* end = encoder.appendToBuffer(utf8, text);
    // SQLite calls sqlite3_free on the buffer when done with it, also when binding fails.
    checkBind(sqlite3_bind_text64(m_stmt, index, utf8, sqlite3_uint64(end - utf8), sqlite3_free,
                                  SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindUtf8(int index, std::string_view text)
{
    checkBind(sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindStaticUtf8(int index, std::string_view text)
{
    checkBind(sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    checkBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

Statement& Statement::bindOptional(int index, std::optional<int> value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement& Statement::bindSecret(int index, const SecretBytes& secret)
{
    // SQLITE_STATIC: SQLite must not make its own (unwiped) copy of the secret.
    checkBind(sqlite3_bind_text(m_stmt, index, reinterpret_cast<const char*>(secret.data()),
                                int(secret.size()), SQLITE_STATIC));
    return *this;
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

Result<bool> Statement::step()
{
    if (m_bindRc != SQLITE_OK)
        return std::unexpected(m_db->error(m_bindRc, m_doing));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // The statement's own error is only reliable before reset() overwrites it.
    Error error = m_db->error(rc, m_doing);
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

Status Statement::run()
{
    for (;;) {
        const auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, std::size_t(sqlite3_column_bytes(m_stmt, column))};
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_int(m_stmt, column);
}

int Statement::changes() const
{
    return m_db->changes();
}

} // namespace aftercare::core
