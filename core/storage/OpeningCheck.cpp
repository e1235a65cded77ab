#include "core/storage/OpeningCheck.h"

#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"

namespace aftercare::core {

OpeningCheck::OpeningCheck(std::unique_ptr<Database> readOnly, SideFiles sideFiles)
    : m_db(std::move(readOnly)), m_sideFiles(std::move(sideFiles))
{}

OpeningCheck::~OpeningCheck()
{
    settle();
    const bool passed = m_state == State::Done && m_result.has_value();
    if (m_db)
        m_db->close();
    if (!passed)
        m_sideFiles.removeOursIfEmpty();
}

Status OpeningCheck::run()
{
    std::unique_lock lock(m_mutex);
    if (m_state == State::NotStarted) {
        m_state = State::Running;
        lock.unlock();
        Status result = DatabaseMaintenance::checkIntegrity(*m_db, /*thorough=*/false);
        if (result)
            m_db->close(); // nothing more to read; the store's connection carries on alone
        lock.lock();
        m_result = std::move(result);
        m_state = State::Done;
        m_finished.notify_all();
    }
    m_finished.wait(lock, [this] { return m_state != State::Running; });
    if (m_state == State::Abandoned)
        return fail(Error::Kind::Usage,
                    QStringLiteral("The journal was closed before its check had run."));
    return m_result;
}

std::optional<Status> OpeningCheck::settle()
{
    std::unique_lock lock(m_mutex);
    if (m_state == State::NotStarted)
        m_state = State::Abandoned;
    m_finished.wait(lock, [this] { return m_state != State::Running; });
    if (m_state == State::Abandoned)
        return std::nullopt;
    return m_result;
}

} // namespace aftercare::core
