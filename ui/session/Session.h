// The unlocked journal as the UI sees it: one place that opens it, hands out the store while
// unlocked, and tells every page when it locks so they can empty themselves.
#pragma once

#include "core/storage/Journal.h"

#include <memory>
#include <QObject>

class QThread;

namespace aftercare::ui {

class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QString journalDir, QObject* parent = nullptr);
    ~Session() override;

    const QString& journalDir() const { return m_journalDir; }
    bool isUnlocked() const { return m_journal != nullptr; }
    // Null while locked.
    core::JournalStore* store() { return m_journal ? &m_journal->store() : nullptr; }
    core::Journal* journal() { return m_journal.get(); }

    // Takes ownership of an unlocked journal and emits unlocked(). When the journal's
    // quick_check is still pending (it opened alongside reads), runs it on a thread of its own
    // while the pages read; the store holds every write until it has passed. It then emits
    // journalChecked(), or locks and emits openingCheckFailed(). A couple of seconds after the
    // journal is known to be sound it starts the day's encrypted snapshot, as the CLI takes it,
    // on a thread of its own; snapshotFinished() says when it has ended.
    void adopt(std::unique_ptr<core::Journal> journal);
    bool isCheckRunning() const { return m_checkThread != nullptr; }
    static constexpr int snapshotDelayMs = 2000;
    bool isSnapshotRunning() const { return m_snapshotThread != nullptr; }
    // Why today's snapshot could not be taken (empty when it was, or was not due).
    const QString& snapshotProblem() const { return m_snapshotProblem; }
    // Stops a running snapshot (nothing of it is kept) and waits for its thread, lets a running
    // opening check finish, emits aboutToLock() (pages save drafts; not when the check failed:
    // nothing may be written then), then locks the journal and emits locked() (pages clear
    // every widget that shows journal data).
    void lock();

    // Runs a re-key planned on a worker thread (Journal::planRekey) here, on the store's
    // thread: stops a running snapshot first (it would copy the old key file), then starts the
    // new database's check and a fresh snapshot. Locks when the journal could not be reopened.
    core::Status applyRekey(const core::RekeyPlan& plan);

    // Background work that uses the open journal (e.g. re-wrapping the key) keeps it open: a
    // lock requested meanwhile happens as soon as the last piece of work ends.
    void beginBackgroundWork();
    void endBackgroundWork();

Q_SIGNALS:
    void unlocked();
    // The pending opening check passed: the journal may be written.
    void journalChecked();
    // The pending opening check found damage: the journal was locked unchanged (after
    // locked()); `message` explains and says how to restore a backup.
    void openingCheckFailed(const QString& message);
    void aboutToLock();
    void locked();
    // Today's snapshot job has started on its thread.
    void snapshotStarted();
    // Today's snapshot job has ended, written or not (see snapshotProblem()); not emitted for
    // one that lock() stopped.
    void snapshotFinished();

private:
    QString m_journalDir;
    std::unique_ptr<core::Journal> m_journal;
    void startCheck();
    void finishCheck(quint64 run);
    // Waits for the check's thread; its problem when it failed, else empty.
    QString endCheck();
    void scheduleSnapshot();
    void startDailySnapshot(quint64 generation);
    void finishSnapshot();
    void stopSnapshot();

    int m_backgroundWork = 0;
    quint64 m_generation = 0; // counts unlocks, so a late timer never acts on a newer one
    QString m_snapshotProblem;
    std::unique_ptr<QThread> m_checkThread;
    core::Status m_checkStatus; // written by the check's thread, read once it has finished
    quint64 m_checkRuns = 0;    // so a late "finished" after lock() waited is recognised
    std::unique_ptr<core::SnapshotJob> m_snapshotJob;
    std::unique_ptr<QThread> m_snapshotThread;
    core::Status m_snapshotStatus; // written by the job's thread, read once it has finished
    quint64 m_snapshotRuns = 0;    // so a stopped run's late "finished" is recognised
    bool m_lockPending = false;
};

} // namespace aftercare::ui
