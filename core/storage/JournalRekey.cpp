#include "core/storage/JournalRekey.h"

#include "core/storage/DatabaseMaintenance.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/DurableFiles.h"
#include "core/storage/Journal.h"
#include "core/storage/JournalStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aftercare::core::JournalRekey {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Removes every file in `dir` whose name starts with `prefix`.
void removeStartingWith(const QString& dir, const QString& prefix)
{
    const QDir folder(dir);
    for (const QString& name : folder.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(name));
}

// Undoing before the commit: the set-aside snapshots go back where they were.
void restoreSnapshots(const QString& dir)
{
    const QString replaced = replacedBackupsPath(dir);
    if (!QFileInfo(replaced).isDir())
        return;
    const QString backups = Journal::backupsPath(dir);
    QDir().mkpath(backups);
    const QDir from(replaced);
    for (const QString& name : from.entryList(QDir::Files | QDir::Hidden)) {
        const QString target = backups + u'/' + name;
        if (QFileInfo::exists(target) || !QFile::rename(from.filePath(name), target))
            QFile::remove(from.filePath(name));
    }
    DurableFiles::syncFolder(backups);
    QDir().rmdir(replaced);
    DurableFiles::syncFolder(dir);
}

// After the commit: the old snapshots open only with the old key, so they go, their key files
// overwritten first.
void removeReplacedSnapshots(const QString& dir)
{
    const QString replaced = replacedBackupsPath(dir);
    if (!QFileInfo(replaced).isDir())
        return;
    const QDir folder(replaced);
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(QLatin1StringView(".keys")))
            DurableFiles::shredAndRemove(folder.filePath(name));
        else
            QFile::remove(folder.filePath(name));
    }
    QDir().rmdir(replaced);
    DurableFiles::syncFolder(dir);
}

std::unexpected<Error> stepFailed(const QString& what, const QString& dir)
{
    return fail(Error::Kind::Other,
                QStringLiteral("Could not %1 in %2. Nothing was changed: your current passphrase "
                               "and recovery code still work. Check that the disk has room and "
                               "that you may write there.")
                    .arg(what, shown(dir)));
}

} // namespace

QString nextKeysPath(const QString& dir)
{
    return Journal::keySlotPath(dir) + QStringLiteral(".next");
}

QString nextDatabasePath(const QString& dir)
{
    return Journal::databasePath(dir) + QStringLiteral(".next");
}

QString partialDatabasePath(const QString& dir)
{
    return nextDatabasePath(dir) + QStringLiteral(".partial");
}

QString replacedBackupsPath(const QString& dir)
{
    return Journal::backupsPath(dir) + QStringLiteral(".replaced");
}

Status recover(const QString& dir)
{
    const QString nextKeysName = QFileInfo(nextKeysPath(dir)).fileName();
    const QString nextDbName = QFileInfo(nextDatabasePath(dir)).fileName();
    if (QFileInfo::exists(nextKeysPath(dir))) {
        // Not committed: the old key file and database are untouched. Undo in the reverse
        // order of apply(), the new key file last, since its presence is what says "undo".
        restoreSnapshots(dir);
        removeStartingWith(dir, nextDbName);
        DurableFiles::syncFolder(dir);
        removeStartingWith(dir, nextKeysName);
        DurableFiles::syncFolder(dir);
        return {};
    }
    const QString database = Journal::databasePath(dir);
    if (QFileInfo::exists(nextDatabasePath(dir))) {
        // Committed, the database not yet switched. The old database's WAL holds nothing the
        // copy lacks (nothing is written between the copy and the switch) and is encrypted
        // with the old key: it must not be applied to the new file.
        QFile::remove(database + QStringLiteral("-wal"));
        QFile::remove(database + QStringLiteral("-shm"));
        if (!DurableFiles::replace(nextDatabasePath(dir), database))
            return fail(Error::Kind::Other,
                        QStringLiteral("Could not finish changing the journal's key: %1 could "
                                       "not be renamed to %2. Check that you may write in the "
                                       "folder, then open the journal again.")
                            .arg(shown(nextDatabasePath(dir)), shown(database)));
    }
    removeStartingWith(dir, nextDbName);
    removeStartingWith(dir, nextKeysName);
    removeReplacedSnapshots(dir);
    return {};
}

Status apply(const QString& dir, JournalStore& store, const RekeyPlan& plan, const RekeyHook& hook)
{
    const auto reached = [&hook](RekeyStep step) { return hook ? hook(step) : Status(); };
    const auto undo = [&dir](Status failed) {
        (void)recover(dir);
        return failed;
    };
    if (QFileInfo::exists(nextKeysPath(dir)) || QFileInfo::exists(nextDatabasePath(dir)) ||
        QFileInfo::exists(replacedBackupsPath(dir)))
        if (Status recovered = recover(dir); !recovered)
            return recovered;

    if (Status saved = plan.keys.save(nextKeysPath(dir)); !saved)
        return undo(saved);
    if (Status r = reached(RekeyStep::KeysWritten); !r)
        return r;

    const QString backups = Journal::backupsPath(dir);
    if (QFileInfo(backups).isDir() && !DurableFiles::replace(backups, replacedBackupsPath(dir)))
        return undo(stepFailed(QStringLiteral("set the old snapshots aside"), dir));
    if (Status r = reached(RekeyStep::SnapshotsSetAside); !r)
        return r;

    const QString partial = partialDatabasePath(dir);
    if (Status copied = store.writeEncryptedCopy(partial, plan.dataKey); !copied)
        return undo(copied);
    // The copy must open with the new key before anything depends on it.
    if (Status encrypted = DatabaseMaintenance::requireEncryptedFile(partial); !encrypted)
        return undo(encrypted);
    if (auto opens = DatabaseOpener::detectPageSize(partial, plan.dataKey); !opens)
        return undo(std::unexpected(opens.error()));
    if (!DurableFiles::syncFile(partial) || !DurableFiles::replace(partial, nextDatabasePath(dir)))
        return undo(stepFailed(QStringLiteral("write the re-encrypted copy of the journal"), dir));
    if (Status r = reached(RekeyStep::DatabaseCopied); !r)
        return r;

    // The one step that switches: from here on only the new key file exists.
    if (!DurableFiles::replace(nextKeysPath(dir), Journal::keySlotPath(dir)))
        return undo(stepFailed(QStringLiteral("replace the key file"), dir));
    if (Status r = reached(RekeyStep::Committed); !r)
        return r;

    const QString database = Journal::databasePath(dir);
    Status reopened = store.reopen(database, plan.dataKey, [&]() -> Status {
        QFile::remove(database + QStringLiteral("-wal"));
        QFile::remove(database + QStringLiteral("-shm"));
        if (Status r = reached(RekeyStep::OldDatabaseClosed); !r)
            return r;
        if (!DurableFiles::replace(nextDatabasePath(dir), database))
            return fail(Error::Kind::Other,
                        QStringLiteral("The re-encrypted database could not be put in "
                                       "place; opening the journal again finishes it."));
        return reached(RekeyStep::DatabaseSwitched);
    });
    if (!reopened)
        return reopened;

    removeReplacedSnapshots(dir);
    return reached(RekeyStep::SnapshotsRemoved);
}

} // namespace aftercare::core::JournalRekey
