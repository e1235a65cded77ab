#include "ui/session/Session.h"

#include "core/storage/SnapshotJob.h"

#include <QThread>
#include <QTimer>

namespace aftercare::ui {

Session::Session(QString journalDir, QObject* parent)
    : QObject(parent), m_journalDir(std::move(journalDir))
{}

Session::~Session()
{
    stopSnapshot();
    endCheck();
    if (m_journal)
        m_journal->lock();
}

void Session::adopt(std::unique_ptr<core::Journal> journal)
{
    m_journal = std::move(journal);
    if (!m_journal)
        return;
    ++m_generation;
    // The check starts before anyone hears of the journal: a page that wrote on unlocked()
    // would otherwise run the whole check itself, on the GUI thread.
    const bool checking = m_journal->store().hasPendingCheck();
    if (checking)
        startCheck();
    Q_EMIT unlocked();
    if (!checking)
        scheduleSnapshot();
}

void Session::startCheck()
{
    // The store's one thread-safe method: the check reads over its own connection while the
    // pages read over the store's.
    core::JournalStore* store = &m_journal->store();
    m_checkThread.reset(
        QThread::create([this, store] { m_checkStatus = store->runPendingCheck(); }));
    const quint64 run = ++m_checkRuns;
    connect(m_checkThread.get(), &QThread::finished, this, [this, run] { finishCheck(run); });
    m_checkThread->start();
}

void Session::finishCheck(quint64 run)
{
    if (run != m_checkRuns || !m_checkThread)
        return; // lock() has already waited for it
    if (!m_checkStatus) {
        lock(); // reports the damage once the journal is closed
        return;
    }
    endCheck();
    Q_EMIT journalChecked();
    scheduleSnapshot();
}

QString Session::endCheck()
{
    if (!m_checkThread)
        return QString();
    ++m_checkRuns; // its queued "finished", if any, is now stale
    m_checkThread->wait();
    m_checkThread.reset();
    return m_checkStatus ? QString() : m_checkStatus.error().message();
}

void Session::scheduleSnapshot()
{
    const quint64 generation = m_generation;
    QTimer::singleShot(snapshotDelayMs, this,
                       [this, generation] { startDailySnapshot(generation); });
}

void Session::startDailySnapshot(quint64 generation)
{
    if (!m_journal || generation != m_generation || m_snapshotThread)
        return;
    // Made here, run there: the job copies the key and opens its own connection, so the store
    // stays the GUI thread's alone while the copy (most of a second on a large journal) is
    // written.
    m_snapshotJob = m_journal->snapshotJob();
    if (!m_snapshotJob)
        return; // today's is already there
    core::SnapshotJob* job = m_snapshotJob.get();
    m_snapshotThread.reset(QThread::create([this, job] { m_snapshotStatus = job->run(); }));
    const quint64 run = ++m_snapshotRuns;
    connect(m_snapshotThread.get(), &QThread::finished, this, [this, run] {
        if (run == m_snapshotRuns && m_snapshotThread)
            finishSnapshot();
    });
    m_snapshotThread->start();
    Q_EMIT snapshotStarted();
}

void Session::finishSnapshot()
{
    m_snapshotThread->wait();
    m_snapshotThread.reset();
    m_snapshotJob.reset();
    m_snapshotProblem = m_snapshotStatus ? QString() : m_snapshotStatus.error().message();
    if (!m_snapshotStatus)
        qWarning("Today's snapshot could not be taken: %s", qPrintable(m_snapshotProblem));
    Q_EMIT snapshotFinished();
}

void Session::stopSnapshot()
{
    if (!m_snapshotThread)
        return;
    ++m_snapshotRuns; // its queued "finished", if any, is now stale
    m_snapshotJob->cancel();
    m_snapshotThread->wait();
    m_snapshotThread.reset();
    m_snapshotJob.reset(); // wipes its copy of the key
}

void Session::lock()
{
    if (!m_journal)
        return;
    if (m_backgroundWork > 0) {
        m_lockPending = true;
        return;
    }
    m_lockPending = false;
    stopSnapshot();
    // A check still running is let finish: the drafts saved below wait for it anyway.
    const QString damage = endCheck();
    if (damage.isEmpty())
        Q_EMIT aboutToLock();
    m_journal->lock();
    m_journal.reset();
    Q_EMIT locked();
    if (!damage.isEmpty())
        Q_EMIT openingCheckFailed(damage);
}

core::Status Session::applyRekey(const core::RekeyPlan& plan)
{
    if (!m_journal)
        return core::fail(core::Error::Kind::Usage, tr("The journal is locked."));
    stopSnapshot();
    endCheck();
    const core::Status applied = m_journal->applyRekey(plan);
    if (!m_journal->store().isOpen()) {
        lock();
        return applied;
    }
    if (m_journal->store().hasPendingCheck())
        startCheck();
    else
        scheduleSnapshot();
    return applied;
}

void Session::beginBackgroundWork()
{
    ++m_backgroundWork;
}

void Session::endBackgroundWork()
{
    if (m_backgroundWork > 0)
        --m_backgroundWork;
    if (m_backgroundWork == 0 && m_lockPending)
        lock();
}

} // namespace aftercare::ui
