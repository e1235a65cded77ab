#include "Session.h"

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
    if (m_journal)
        Q_EMIT unlocked();
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
