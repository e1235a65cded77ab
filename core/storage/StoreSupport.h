// What JournalStore's implementation files share: the error for a locked journal, one write
// transaction per change, and record paths in front of import errors. Not for use outside the
// store.
#pragma once

#include "core/Error.h"
#include "core/storage/Transaction.h"

#include <QString>

namespace aftercare::core {

class Database;

namespace StoreSupport {

inline std::unexpected<Error> closedError()
{
    return fail(Error::Kind::Usage,
                QStringLiteral("The journal is locked. Unlock it again to continue."));
}

// Runs `work` inside one write transaction and commits; the caller emits signals afterwards, so
// views only hear about changes that are on disk.
template <typename Work> Status inTransaction(Database& db, const QString& doing, Work&& work)
{
    auto transaction = Transaction::begin(db, doing);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (Status done = work(); !done)
        return done;
    return transaction->commit();
}

// `entries[3].` in front of a record's own message.
inline Error prefixed(const QString& path, const Error& error)
{
    return Error(error.kind(), path + u'.' + error.message());
}

} // namespace StoreSupport

} // namespace aftercare::core
