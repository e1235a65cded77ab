// Opens a journal's database safely: a new one is created, keyed and given the schema; an
// existing one is first checked over a read-only connection (key, SQLCipher, quick_check,
// schema version) so a damaged or foreign file is reported without being modified.
#pragma once

#include "core/Error.h"
#include "core/storage/OpeningCheck.h"

#include <memory>
#include <QString>

namespace aftercare::core {

class Database;
class SecretBytes;

struct OpenedDatabase
{
    std::unique_ptr<Database> db;
    // Set when the quick_check was left to run alongside the first reads; nothing may be
    // written until it has passed.
    std::unique_ptr<OpeningCheck> pendingCheck;
};

class DatabaseOpener
{
public:
    // Refuses an existing file (AlreadyExists); removes what it made when anything fails.
    static Result<std::unique_ptr<Database>> create(const QString& path, const SecretBytes& key);
    // Checks, then opens read-write and migrates an older schema in one transaction. With
    // AlongsideReads, a journal of the current schema in WAL mode opens after the cheap checks
    // (key, SQLCipher, schema version), and its quick_check is returned to be run; any other
    // file is checked first as with BeforeUse.
    static Result<OpenedDatabase>
    openExisting(const QString& path, const SecretBytes& key,
                 IntegrityCheckTiming timing = IntegrityCheckTiming::BeforeUse);

    // SQLCipher encrypts and authenticates each page on its own (IV and HMAC per page), so new
    // journals use 4096-byte pages: a quarter of the per-page work of SQLCipher 3's default
    // 1024, which journals made before this change keep. openExisting() finds out which one a
    // file uses by authenticating its first page; nothing records it.
    static constexpr int pageSize = 4096;
    static constexpr int legacyPageSize = 1024;

    // Keys a read-write connection and applies the connection settings every journal uses:
    // WAL, synchronous FULL, secure_delete, foreign keys, temp data in memory only.
    static Status configure(Database& db, const SecretBytes& key, int bytesPerPage = pageSize);
    // The page size an existing file opens with (pageSize, else legacyPageSize), read over a
    // read-only connection; Damaged when neither authenticates its first page.
    static Result<int> detectPageSize(const QString& path, const SecretBytes& key);
};

} // namespace aftercare::core
