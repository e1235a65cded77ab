// Whole-database operations: SQLite's integrity checks and the encrypted copy used for
// snapshots and backups.
#pragma once

#include "core/Error.h"

#include <QString>

namespace aftercare::core {

class Database;
class SecretBytes;

class DatabaseMaintenance
{
public:
    // PRAGMA quick_check, or integrity_check when `thorough`; Damaged naming the first problem.
    static Status checkIntegrity(Database& db, bool thorough);

    // Writes a new file at `path` encrypted with `key` (the raw data key) via sqlcipher_export
    // and carries over user_version, which the export does not copy. Refuses an existing file;
    // removes a partial copy when anything fails. Never writes plaintext.
    static Status writeEncryptedCopy(Database& db, const SecretBytes& key, const QString& path);

    // Proof that encryption took effect: SQLCipher has a cipher for `schema` ("PRAGMA
    // <schema>.cipher" is not empty) and the file does not start with SQLite's plaintext header.
    // Other, saying nothing will be written, when either fails.
    static Status requireEncrypted(Database& db, const char* schema, const QString& path);
    // Only the file half: its first 16 bytes are not "SQLite format 3\0".
    static Status requireEncryptedFile(const QString& path);
};

} // namespace aftercare::core
