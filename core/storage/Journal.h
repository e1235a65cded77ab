// A journal folder as a whole: the lock that keeps a second process out, the key-slot file,
// the unwrapped data key, the store, and the daily encrypted snapshots in backups/.
#pragma once

#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"
#include "core/storage/JournalStore.h"

#include <memory>
#include <QString>

class QLockFile;

namespace aftercare::core {

class KeySlotFile;
class SnapshotJob;

class Journal
{
public:
    struct Created;

    // The default folder (QStandardPaths::AppDataLocation + "/journal").
    static QString defaultLocation();
    // Whether `dir` holds a journal (its key-slot file exists).
    static bool exists(const QString& dir);

    // Creates the folder (0700) and a new journal in it; refuses a folder that holds one.
    static Result<Created> create(const QString& dir, const SecretBytes& passphrase,
                                  const KdfProfile& profile = KdfProfile::fromEnvironment());
    // See IntegrityCheckTiming: with AlongsideReads the store may come back with its
    // quick_check still to run (JournalStore::hasPendingCheck()).
    static Result<std::unique_ptr<Journal>>
    unlock(const QString& dir, const SecretBytes& passphrase,
           IntegrityCheckTiming timing = IntegrityCheckTiming::BeforeUse);
    static Result<std::unique_ptr<Journal>> unlockWithRecoveryCode(const QString& dir,
                                                                   const SecretBytes& code);
    // Deletes the journal in `dir` for good: the key slots first (without them nothing left
    // behind can be decrypted), then the database with its WAL/SHM, the daily snapshots in
    // backups/ and the lock file; the folders go too when nothing else is in them. Refuses while
    // any Journal object, in this process or another, has the journal open. Other files in the
    // folder are left alone.
    static Status destroy(const QString& dir);
    ~Journal();

    JournalStore& store() { return *m_store; }
    const QString& directory() const { return m_dir; }

    // Re-wraps the data key under a new passphrase; the database is not rewritten. Atomic: an
    // interruption leaves either the old or the new passphrase working.
    Status changePassphrase(const SecretBytes& newPassphrase,
                            const KdfProfile& profile = KdfProfile::fromEnvironment());

    // At most once per calendar day: an encrypted snapshot in backups/, keeping the last 7.
    // Returns whether a snapshot was written. The same as running snapshotJob() here.
    Result<bool> takeDailySnapshot();
    // Today's snapshot as work for another thread (it holds its own copy of the key and opens
    // its own connection); null when the journal is locked, today's snapshot exists or the
    // opening check fails (a pending one is run or waited for first).
    std::unique_ptr<SnapshotJob> snapshotJob() const;

    // Checkpoints, closes and wipes the key; the object is unusable afterwards.
    void lock();

    static QString databasePath(const QString& dir);
    static QString keySlotPath(const QString& dir);
    static QString lockFilePath(const QString& dir);
    static QString backupsPath(const QString& dir);

private:
    Journal() = default;
    static Result<std::unique_ptr<Journal>> unlockWith(const QString& dir,
                                                       const SecretBytes& secret, bool recovery,
                                                       IntegrityCheckTiming timing);

    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<KeySlotFile> m_slots;
    SecretBytes m_dataKey;
    std::unique_ptr<JournalStore> m_store;
};

struct Journal::Created
{
    std::unique_ptr<Journal> journal;
    SecretBytes recoveryCode; // show once, then clear
};

} // namespace aftercare::core
