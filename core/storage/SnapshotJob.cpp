#include "core/storage/SnapshotJob.h"

#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/DurableFiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlcipher/sqlite3.h>

namespace aftercare::core {

namespace {

const QString snapshotPrefix = QStringLiteral("journal-");
constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto privateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// How many SQLite virtual-machine steps pass between calls of a test's progress hook.
constexpr int stepsPerProgressCall = 64;

} // namespace

SnapshotJob::SnapshotJob(Paths paths, SecretBytes dataKey)
    : m_paths(std::move(paths)), m_dataKey(std::move(dataKey))
{}

SnapshotJob::~SnapshotJob()
{
    m_dataKey.clear();
}

QString SnapshotJob::stemFor(const QDate& day)
{
    return snapshotPrefix + day.toString(Qt::ISODate);
}

QString SnapshotJob::namePrefix()
{
    return snapshotPrefix;
}

bool SnapshotJob::exists(const QString& backups, const QString& stem)
{
    const QString base = backups + u'/' + stem;
    return QFileInfo::exists(base + QStringLiteral(".db")) &&
           QFileInfo::exists(base + QStringLiteral(".keys"));
}

void SnapshotJob::cancel()
{
    const std::lock_guard guard(m_connectionMutex);
    m_cancelled.store(true);
    if (m_connection)
        sqlite3_interrupt(m_connection);
}

void SnapshotJob::setConnection(sqlite3* handle)
{
    const std::lock_guard guard(m_connectionMutex);
    m_connection = handle;
}

Status SnapshotJob::interrupted() const
{
    return fail(Error::Kind::Other,
                QStringLiteral("Today's snapshot was stopped before it finished; nothing of it "
                               "was kept. It will be taken the next time the journal opens."));
}

int SnapshotJob::onProgress(void* job)
{
    static_cast<SnapshotJob*>(job)->m_progressHook();
    return 0; // stopping is sqlite3_interrupt's job (cancel())
}

Status SnapshotJob::run()
{
    if (isCancelled())
        return interrupted();
    const QString& dir = m_paths.backups;
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, privateDir))
        return fail(Error::Kind::Other, QStringLiteral("Could not create the backups folder %1.")
                                            .arg(QDir::toNativeSeparators(dir)));
    const QString base = dir + u'/' + m_paths.stem;
    const QString dbPath = base + QStringLiteral(".db");
    const QString keysPath = base + QStringLiteral(".keys");

    // Written under a temporary name and renamed, so a half-written snapshot never looks real.
    const QString partial = dbPath + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString keysPartial = keysPath + QStringLiteral(".partial");
    Status written = write(partial);
    if (written && !DurableFiles::syncFile(partial))
        written = fail(Error::Kind::Other, QStringLiteral("Could not save the snapshot in %1.")
                                               .arg(QDir::toNativeSeparators(dir)));
    if (written) {
        // The key file that goes with it, written and synced under a temporary name too.
        QFile::remove(keysPartial);
        if (!QFile::copy(m_paths.keySlots, keysPartial) ||
            !QFile::setPermissions(keysPartial, privateFile) ||
            !DurableFiles::syncFile(keysPartial))
            written =
                fail(Error::Kind::Other, QStringLiteral("Could not copy the key file into %1.")
                                             .arg(QDir::toNativeSeparators(dir)));
    }
    if (written && isCancelled())
        written = interrupted();
    // rename(2) replaces an existing snapshot of the same name in one step: there is never a
    // moment without one. The key file first, so a .db never stands beside a missing .keys.
    if (written &&
        (!DurableFiles::replace(keysPartial, keysPath) || !DurableFiles::replace(partial, dbPath)))
        written = fail(Error::Kind::Other, QStringLiteral("Could not finish the snapshot in %1.")
                                               .arg(QDir::toNativeSeparators(dir)));
    if (!written) {
        QFile::remove(partial);
        QFile::remove(keysPartial);
        return written;
    }

    // Keep the newest few; names sort by date.
    const QStringList snapshots =
        QDir(dir).entryList({snapshotPrefix + QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + snapshotsToKeep < snapshots.size(); ++i) {
        const QString old = snapshots[i].chopped(3);
        QFile::remove(dir + u'/' + old + QStringLiteral(".db"));
        DurableFiles::shredAndRemove(dir + u'/' + old + QStringLiteral(".keys"));
    }
    return {};
}

Status SnapshotJob::write(const QString& partial)
{
    // A connection of our own, keyed and configured as the store's; the file was checked when
    // the journal was unlocked, so no integrity check and no migration here.
    const auto pageSize = DatabaseOpener::detectPageSize(m_paths.database, m_dataKey);
    if (!pageSize)
        return std::unexpected(pageSize.error());
    auto db = Database::open(m_paths.database, Database::Access::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    if (auto ready = DatabaseOpener::configure(**db, m_dataKey, *pageSize); !ready)
        return ready;

    setConnection((*db)->handle());
    struct Forget
    {
        SnapshotJob* job;
        ~Forget() { job->setConnection(nullptr); }
    } forget{this};
    if (isCancelled())
        return interrupted();

    // sqlcipher_export copies table by table, each in its own statement. A statement left
    // open on the journal keeps this connection's read transaction, so every table is read
    // from the same moment even while the store commits new entries (WAL).
    auto pin =
        (*db)->prepare("SELECT count(*) FROM sqlite_master", QStringLiteral("write the snapshot"));
    if (!pin)
        return std::unexpected(pin.error());
    if (auto row = pin->step(); !row)
        return std::unexpected(row.error());

    if (m_progressHook)
        sqlite3_progress_handler((*db)->handle(), stepsPerProgressCall, &SnapshotJob::onProgress,
                                 this);
    Status written = DatabaseMaintenance::writeEncryptedCopy(**db, m_dataKey, partial);
    sqlite3_progress_handler((*db)->handle(), 0, nullptr, nullptr);
    if (isCancelled())
        return interrupted();
    return written;
}

} // namespace aftercare::core
