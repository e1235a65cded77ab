#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <utility>

namespace aftercare::core {

Transaction::Transaction(Database& db, QString doing) : m_db(&db), m_doing(std::move(doing)) {}

Result<Transaction> Transaction::begin(Database& db, const QString& doing)
{
    if (auto begun = db.exec("BEGIN IMMEDIATE", doing); !begun)
        return std::unexpected(begun.error());
    return Transaction(db, doing);
}

Result<Transaction> Transaction::beginRead(Database& db, const QString& doing)
{
    if (auto begun = db.exec("BEGIN", doing); !begun)
        return std::unexpected(begun.error());
    return Transaction(db, doing);
}

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_doing(std::move(other.m_doing))
{}

Status Transaction::commit()
{
    if (!m_db)
        return fail(Error::Kind::Usage, QStringLiteral("The transaction has already ended."));
    if (auto done = m_db->exec("COMMIT", m_doing); !done) {
        // A failed COMMIT (disk full, I/O error) can leave the transaction open; end it so the
        // journal stays as it was before.
        rollback();
        return done;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_db) {
        // Ignoring the result is deliberate: SQLite may already have rolled back on its own
        // after an error, and there is nothing more a caller could do.
        (void)m_db->exec("ROLLBACK", m_doing);
        m_db = nullptr;
    }
}

} // namespace aftercare::core
