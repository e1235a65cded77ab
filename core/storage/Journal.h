// A journal folder as a whole: the lock that keeps a second process out, the key-slot file,
// the unwrapped data key, the store, and the daily encrypted snapshots in backups/.
#pragma once

#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"
#include "core/storage/JournalRekey.h"
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

    // The default folder, ~/.local/share/Aftercare/journal (GenericDataLocation +
    // "/Aftercare/journal"), the same for the app, the CLI and the report tool.
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

    // Re-keys the journal for a new passphrase: a new random data key, the database copied
    // under it, new key slots (the recovery code is kept, re-sealed to the new key) and the old
    // snapshots removed — afterwards no copy of the old key file opens journal.db. Crash-safe:
    // an interruption leaves the old or the new passphrase working, finished on the next open.
    // Needs the store's thread. Usage when the recovery slot predates re-keying (make a new
    // recovery code instead).
    Status changePassphrase(const SecretBytes& newPassphrase,
                            const KdfProfile& profile = KdfProfile::fromEnvironment());
    // Re-keys with a new recovery code (returned, for showing once) and `passphrase` (the
    // current one, or a new one); the old code stops working at once.
    Result<SecretBytes>
    replaceRecoveryCode(const SecretBytes& passphrase,
                        const KdfProfile& profile = KdfProfile::fromEnvironment());

    // The two halves of a re-key, for callers that keep the slow one off the store's thread:
    // planRekey() derives the new slots (Argon2id; any thread, reads only the key file held in
    // memory); applyRekey() runs the file dance on the store's thread. An empty
    // `newRecoveryCode` keeps the current code.
    Result<RekeyPlan> planRekey(const SecretBytes& passphrase, const SecretBytes& newRecoveryCode,
                                const KdfProfile& profile = KdfProfile::fromEnvironment()) const;
    Status applyRekey(const RekeyPlan& plan);
    // Whether a passphrase change can keep the recovery code (false for key files from before
    // re-keying, whose recovery slot cannot be re-sealed without the code).
    bool keepsRecoveryCodeOnRekey() const;
    // For tests: stops a re-key at a step as a crash would.
    void setRekeyHook(RekeyHook hook) { m_rekeyHook = std::move(hook); }

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
    RekeyHook m_rekeyHook;
};

struct Journal::Created
{
    std::unique_ptr<Journal> journal;
    SecretBytes recoveryCode; // show once, then clear
};

} // namespace aftercare::core
