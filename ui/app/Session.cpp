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
    Q_EMIT aboutToLock();
    m_journal->lock();
    m_journal.reset();
    Q_EMIT locked();
}

} // namespace aftercare::ui
