#include "Session.h"

#include <QTimer>

namespace aftercare::ui {

Session::Session(QString journalDir, QObject* parent)
    : QObject(parent), m_journalDir(std::move(journalDir))
{}

Session::~Session()
{
    if (m_journal)
        m_journal->lock();
}

void Session::adopt(std::unique_ptr<core::Journal> journal)
{
    m_journal = std::move(journal);
    if (!m_journal)
        return;
    const quint64 generation = ++m_generation;
    Q_EMIT unlocked();
    QTimer::singleShot(snapshotDelayMs, this,
                       [this, generation] { takeDailySnapshot(generation); });
}

void Session::takeDailySnapshot(quint64 generation)
{
    if (!m_journal || generation != m_generation)
        return;
    // On the GUI thread: the store is not shared across threads. Once a day, a fraction of a
    // second on a large journal.
    const core::Result<bool> taken = m_journal->takeDailySnapshot();
    m_snapshotProblem = taken ? QString() : taken.error().message();
    if (!taken)
        qWarning("Today's snapshot could not be taken: %s", qPrintable(m_snapshotProblem));
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
    Q_EMIT aboutToLock();
    m_journal->lock();
    m_journal.reset();
    Q_EMIT locked();
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
