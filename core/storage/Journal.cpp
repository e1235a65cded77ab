#include "core/storage/Journal.h"

#include "core/Clock.h"
#include "core/crypto/KeySlotFile.h"
#include "core/crypto/RecoveryCode.h"
#include "core/DiskSpace.h"
#include "core/storage/DurableFiles.h"
#include "core/storage/JournalRekey.h"
#include "core/storage/SnapshotJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QStorageInfo>

namespace aftercare::core {

namespace {

constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto privateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Less free space than this where the lock file goes counts as a full disk (one file system
// block, which the lock file needs).
constexpr qint64 minimumFreeBytes = 4096;

// Takes the journal's lock file, or says who holds it.
Result<std::unique_ptr<QLockFile>> acquireLock(const QString& dir)
{
    auto lock = std::make_unique<QLockFile>(Journal::lockFilePath(dir));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(Error::Kind::InUse,
                    QStringLiteral("The journal in %1 is already open in another Aftercare "
                                   "process (PID %2). Close that one first, then try again.")
                        .arg(QDir::toNativeSeparators(dir))
                        .arg(pid));
    }
    // Even the few bytes of the lock file need room: say that the disk is full, not that the
    // folder might be missing.
    const QStorageInfo disk(dir);
    if (disk.isValid() && !disk.isReadOnly() && disk.bytesAvailable() < minimumFreeBytes)
        return std::unexpected(DiskSpace::journalFull(QStringLiteral("open it")));
    return fail(Error::Kind::Other,
                QStringLiteral("Could not create the lock file in %1. Check that the folder "
                               "exists and that you may write to it.")
                    .arg(QDir::toNativeSeparators(dir)));
}

void makePrivate(const QString& path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, privateFile);
}

void makeDatabaseFilesPrivate(const QString& dbPath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        makePrivate(dbPath + suffix);
}

} // namespace

QString Journal::defaultLocation()
{
    // The generic data folder, not AppDataLocation: that one appends organisation and application
    // name, and with both "Aftercare" the journal would sit in Aftercare/Aftercare/journal.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Aftercare/journal");
}

bool Journal::exists(const QString& dir)
{
    return QFileInfo::exists(keySlotPath(dir));
}

QString Journal::databasePath(const QString& dir)
{
    return dir + QStringLiteral("/journal.db");
}

QString Journal::keySlotPath(const QString& dir)
{
    return dir + QStringLiteral("/journal.keys");
}

QString Journal::lockFilePath(const QString& dir)
{
    return dir + QStringLiteral("/journal.lock");
}

QString Journal::backupsPath(const QString& dir)
{
    return dir + QStringLiteral("/backups");
}

Journal::~Journal()
{
    lock();
}

Result<Journal::Created> Journal::create(const QString& dir, const SecretBytes& passphrase,
                                         const KdfProfile& profile)
{
    if (passphrase.isEmpty())
        return fail(Error::Kind::InvalidInput, QStringLiteral("The passphrase cannot be empty."));
    if (exists(dir) || QFileInfo::exists(databasePath(dir)))
        return fail(Error::Kind::AlreadyExists,
                    QStringLiteral("%1 already holds a journal; Aftercare will not overwrite it. "
                                   "Choose another folder.")
                        .arg(QDir::toNativeSeparators(dir)));
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, privateDir))
        return fail(Error::Kind::Other,
                    QStringLiteral("Could not create the folder %1. Check that you may write "
                                   "there.")
                        .arg(QDir::toNativeSeparators(dir)));

    auto lock = acquireLock(dir);
    if (!lock)
        return std::unexpected(lock.error());

    std::unique_ptr<Journal> journal(new Journal);
    journal->m_dir = dir;
    journal->m_lock = std::move(*lock);
    journal->m_dataKey = SecretBytes::random(KeySlotFile::dataKeySize);

    SecretBytes recoveryCode = RecoveryCode::generate();
    auto keyFile = KeySlotFile::create(journal->m_dataKey, passphrase,
                                       RecoveryCode::normalize(recoveryCode), profile);
    if (!keyFile)
        return std::unexpected(keyFile.error());

    // The database first, the key file last: a journal "exists" only once it can be unlocked.
    auto store = JournalStore::open(databasePath(dir), journal->m_dataKey,
                                    JournalStore::OpenMode::CreateNew);
    if (!store)
        return std::unexpected(store.error());
    makeDatabaseFilesPrivate(databasePath(dir));
    if (auto saved = keyFile->save(keySlotPath(dir)); !saved) {
        (*store)->close();
        QFile::remove(databasePath(dir)); // never had a saved key: nothing can read it
        return std::unexpected(saved.error());
    }
    journal->m_slots = std::make_unique<KeySlotFile>(std::move(*keyFile));
    journal->m_store = std::move(*store);
    return Created{std::move(journal), std::move(recoveryCode)};
}

namespace {

Result<std::unique_ptr<Journal>> missingJournal(const QString& dir)
{
    return fail(Error::Kind::NotFound,
                QStringLiteral("There is no journal in %1.").arg(QDir::toNativeSeparators(dir)));
}

} // namespace

Result<std::unique_ptr<Journal>> Journal::unlock(const QString& dir, const SecretBytes& passphrase,
                                                 IntegrityCheckTiming timing)
{
    return unlockWith(dir, passphrase, /*recovery=*/false, timing);
}

Result<std::unique_ptr<Journal>> Journal::unlockWithRecoveryCode(const QString& dir,
                                                                 const SecretBytes& code)
{
    SecretBytes normalized = RecoveryCode::normalize(code);
    if (normalized.isEmpty())
        return fail(Error::Kind::WrongSecret,
                    QStringLiteral("That does not look like a recovery code, or one character "
                                   "is not the one written down. A recovery code has 7 groups of "
                                   "5 letters and digits (one made before December 2026 has 8 "
                                   "groups of 4); check each group again."));
    return unlockWith(dir, normalized, /*recovery=*/true, IntegrityCheckTiming::BeforeUse);
}

Result<std::unique_ptr<Journal>> Journal::unlockWith(const QString& dir, const SecretBytes& secret,
                                                     bool recovery, IntegrityCheckTiming timing)
{
    if (!exists(dir))
        return missingJournal(dir);
    auto lock = acquireLock(dir);
    if (!lock)
        return std::unexpected(lock.error());
    // A re-key that a crash interrupted is finished or undone before anything is read.
    if (Status recovered = JournalRekey::recover(dir); !recovered)
        return std::unexpected(recovered.error());

    auto keyFile = KeySlotFile::load(keySlotPath(dir));
    if (!keyFile)
        return std::unexpected(keyFile.error());
    auto dataKey = keyFile->unwrap(
        recovery ? KeySlotFile::SlotKind::RecoveryCode : KeySlotFile::SlotKind::Passphrase, secret);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    if (!QFileInfo::exists(databasePath(dir)))
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The journal's database file is missing from %1. Restore it "
                                   "from a backup (the backups folder holds daily snapshots).")
                        .arg(QDir::toNativeSeparators(dir)));
    auto store = JournalStore::open(databasePath(dir), *dataKey,
                                    JournalStore::OpenMode::OpenExisting, timing);
    if (!store)
        return std::unexpected(store.error());

    std::unique_ptr<Journal> journal(new Journal);
    journal->m_dir = dir;
    journal->m_lock = std::move(*lock);
    journal->m_slots = std::make_unique<KeySlotFile>(std::move(*keyFile));
    journal->m_dataKey = std::move(*dataKey);
    journal->m_store = std::move(*store);
    return journal;
}

Status Journal::destroy(const QString& dir)
{
    if (!QFileInfo(dir).isDir())
        return fail(
            Error::Kind::NotFound,
            QStringLiteral("There is no journal in %1.").arg(QDir::toNativeSeparators(dir)));
    // Holding the lock proves nobody has it open, and keeps anyone from opening it meanwhile.
    auto lock = acquireLock(dir);
    if (!lock)
        return std::unexpected(lock.error());

    // Names written by Journal and KeySlotFile, including half-written temporaries (QSaveFile's
    // "journal.keys.XXXXXX", a snapshot's ".partial") that a crash may have left.
    const QDir folder(dir);
    QStringList paths;
    for (const QString& name : folder.entryList({QStringLiteral("journal.keys*")}, QDir::Files))
        paths << folder.filePath(name);
    for (const QString& name : folder.entryList({QStringLiteral("journal.db*")}, QDir::Files))
        paths << folder.filePath(name);
    for (const QString& folderPath : {backupsPath(dir), JournalRekey::replacedBackupsPath(dir)}) {
        const QDir backups(folderPath);
        for (const QString& name :
             backups.entryList({SnapshotJob::namePrefix() + u'*'}, QDir::Files))
            paths << backups.filePath(name);
    }

    QStringList left;
    for (const QString& path : std::as_const(paths)) {
        // Key files are overwritten first: each unwraps a data key with an old secret.
        const bool removed = path.contains(QLatin1StringView(".keys"))
                                 ? DurableFiles::shredAndRemove(path)
                                 : QFile::remove(path);
        if (!removed)
            left << QDir::toNativeSeparators(path);
    }
    (*lock)->unlock(); // removes journal.lock
    if (!left.isEmpty())
        return fail(Error::Kind::Other,
                    QStringLiteral("Some of the journal's files could not be deleted: %1. Check "
                                   "that you may change them, then delete them by hand.")
                        .arg(left.join(QStringLiteral(", "))));
    QDir().rmdir(backupsPath(dir)); // only when empty
    QDir().rmdir(JournalRekey::replacedBackupsPath(dir));
    QDir().rmdir(dir);
    return {};
}

Result<RekeyPlan> Journal::planRekey(const SecretBytes& passphrase,
                                     const SecretBytes& newRecoveryCode,
                                     const KdfProfile& profile) const
{
    if (!m_slots)
        return fail(Error::Kind::Usage, QStringLiteral("The journal is locked."));
    if (passphrase.isEmpty())
        return fail(Error::Kind::InvalidInput, QStringLiteral("The passphrase cannot be empty."));
    RekeyPlan plan{SecretBytes::random(KeySlotFile::dataKeySize), {}, m_slots->toJson()};
    auto keys = m_slots->rekeyed(plan.dataKey, passphrase, newRecoveryCode, profile);
    if (!keys)
        return std::unexpected(keys.error());
    plan.keys = std::move(*keys);
    return plan;
}

Status Journal::applyRekey(const RekeyPlan& plan)
{
    if (!m_store || !m_store->isOpen())
        return fail(Error::Kind::Usage, QStringLiteral("The journal is locked."));
    if (plan.basedOn != m_slots->toJson())
        return fail(Error::Kind::Other,
                    QStringLiteral("The passphrase or recovery code was changed in the meantime, "
                                   "so nothing was changed this time. Please try again."));
    const Status applied = JournalRekey::apply(m_dir, *m_store, plan, m_rekeyHook);
    // Once the new key file is in place it is the one that counts, even if finishing failed.
    const auto onDisk = KeySlotFile::load(keySlotPath(m_dir));
    const bool switched = onDisk && onDisk->toJson() == plan.keys.toJson();
    if (applied || switched) {
        *m_slots = plan.keys;
        m_dataKey = plan.dataKey;
    }
    if (!applied && switched)
        // Said plainly, so that nobody goes on trusting the old passphrase or code.
        return fail(applied.error().kind(),
                    QStringLiteral("The change was made: the journal now opens only with what you "
                                   "have just set, not with what it replaced. But finishing the "
                                   "change failed: %1 Lock the journal and open it again with "
                                   "the new one.")
                        .arg(applied.error().message()));
    return applied;
}

bool Journal::keepsRecoveryCodeOnRekey() const
{
    return m_slots && m_slots->keepsRecoveryCodeOnRekey();
}

Status Journal::changePassphrase(const SecretBytes& newPassphrase, const KdfProfile& profile)
{
    if (!m_store)
        return fail(Error::Kind::Usage, QStringLiteral("The journal is locked."));
    auto plan = planRekey(newPassphrase, SecretBytes(), profile);
    if (!plan)
        return std::unexpected(plan.error());
    return applyRekey(*plan);
}

Result<SecretBytes> Journal::replaceRecoveryCode(const SecretBytes& passphrase,
                                                 const KdfProfile& profile)
{
    if (!m_store)
        return fail(Error::Kind::Usage, QStringLiteral("The journal is locked."));
    SecretBytes code = RecoveryCode::generate();
    auto plan = planRekey(passphrase, code, profile);
    if (!plan)
        return std::unexpected(plan.error());
    if (Status applied = applyRekey(*plan); !applied)
        return std::unexpected(applied.error());
    return code;
}

std::unique_ptr<SnapshotJob> Journal::snapshotJob() const
{
    // Never a snapshot of a journal whose opening check has not passed: it could carry damage
    // into backups/ and push out the last good copy.
    if (!m_store || !m_store->runPendingCheck())
        return nullptr;
    const QString backups = backupsPath(m_dir);
    const QString stem = SnapshotJob::stemFor(Clock::instance().now().date());
    if (SnapshotJob::exists(backups, stem))
        return nullptr;
    return std::make_unique<SnapshotJob>(
        SnapshotJob::Paths{databasePath(m_dir), keySlotPath(m_dir), backups, stem}, m_dataKey);
}

Result<bool> Journal::takeDailySnapshot()
{
    if (!m_store)
        return fail(Error::Kind::Usage, QStringLiteral("The journal is locked."));
    const std::unique_ptr<SnapshotJob> job = snapshotJob();
    if (!job)
        return false;
    if (auto r = job->run(); !r)
        return std::unexpected(r.error());
    return true;
}

void Journal::lock()
{
    if (m_store) {
        m_store->close();
        m_store.reset();
    }
    m_dataKey.clear();
    m_slots.reset();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

} // namespace aftercare::core
