// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded, or a read
// transaction (BEGIN) that keeps several reads on one snapshot.
#pragma once

#include "core/Error.h"

namespace aftercare::core {

class Database;

class Transaction
{
public:
    // IMMEDIATE takes the write lock up front, so a busy journal fails here, before any work.
    static Result<Transaction> begin(Database& db, const QString& doing);
    // Reads only: every read until commit() sees the journal as it was at the first one.
    static Result<Transaction> beginRead(Database& db, const QString& doing);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status commit();
    void rollback();

private:
    Transaction(Database& db, QString doing);

    Database* m_db = nullptr;
    QString m_doing;
};

} // namespace aftercare::core
