// Re-keying a journal folder: a new random data key, the database copied under it, a new key
// file, and the old snapshots set aside and removed — as a file dance that a crash can
// interrupt at any instant, finished or undone by recover() on the next open.
// docs/SECURITY.md ("Re-keying") lists the states.
#pragma once

#include "core/crypto/KeySlotFile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <functional>
#include <QString>

namespace aftercare::core {

class JournalStore;

// The slow part of a re-key (Argon2id), done before any file is touched.
struct RekeyPlan
{
    SecretBytes dataKey;
    KeySlotFile keys;
    QByteArray basedOn; // the key file it was planned against: a plan made stale by another
                        // change in between is refused rather than undoing that change
};

// The points after which a test may stop a re-key as a crash would.
enum class RekeyStep
{
    KeysWritten,       // journal.keys.next saved beside the old key file
    SnapshotsSetAside, // backups/ renamed to backups.replaced
    DatabaseCopied,    // journal.db.next complete and synced
    Committed,         // journal.keys.next renamed over journal.keys: the new secret opens
    OldDatabaseClosed, // the old connection closed, its -wal/-shm removed
    DatabaseSwitched,  // journal.db.next renamed over journal.db
    SnapshotsRemoved,  // backups.replaced overwritten and removed
};

// Returning an error stops the re-key at once, leaving the files as a crash there would.
using RekeyHook = std::function<Status(RekeyStep)>;

namespace JournalRekey {

QString nextKeysPath(const QString& dir);
QString nextDatabasePath(const QString& dir);
QString partialDatabasePath(const QString& dir);
QString replacedBackupsPath(const QString& dir);

// Runs the dance on the open store (its thread), which ends up open on the new file. On an
// error before the commit everything is undone; after it, the new key stays and anything left
// is finished by recover().
Status apply(const QString& dir, JournalStore& store, const RekeyPlan& plan,
             const RekeyHook& hook = {});

// Finishes or undoes an interrupted re-key; call holding the journal's lock, with no connection
// open. Needs no secret: which files exist says how far it got.
Status recover(const QString& dir);

} // namespace JournalRekey

} // namespace aftercare::core
