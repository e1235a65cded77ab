#include "tests/support/TestJournal.h"

#include "core/crypto/KdfProfile.h"

#include <QFile>

#include <csignal>
#include <sys/resource.h>

namespace aftercare::test {

TestJournal::TestJournal() = default;

core::Result<core::Journal::Created> TestJournal::create(const QString& passphrase)
{
    return core::Journal::create(dir(), core::SecretBytes::fromUtf8(passphrase),
                                 core::KdfProfile::fastForTests());
}

core::Result<std::unique_ptr<core::Journal>> TestJournal::unlock(const QString& passphrase)
{
    return core::Journal::unlock(dir(), core::SecretBytes::fromUtf8(passphrase));
}

core::Entry sampleEntry(const QDateTime& occurredAt, const QString& notes)
{
    core::Entry e;
    e.id = core::newId();
    e.occurredAt = occurredAt;
    e.timing = core::Timing::After;
    e.tears = core::Tears::Few;
    e.tension = core::Tension::Relieved;
    e.traumaReliving = core::TraumaReliving::No;
    e.responseKind = core::ResponseKind::Emotional;
    e.thoughts = core::Thoughts::Happy;
    e.emotions = {core::Emotion::Joy, core::Emotion::Love};
    e.reasons = {core::Reason::Joy};
    e.bother = 0;
    e.notes = notes;
    return e;
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit current{};
    ::getrlimit(RLIMIT_FSIZE, &current);
    m_previousSoft = qint64(current.rlim_cur);
    m_previousHard = qint64(current.rlim_max);
    rlimit limited{rlim_t(bytes), current.rlim_max};
    ::setrlimit(RLIMIT_FSIZE, &limited);
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit restored{rlim_t(m_previousSoft), rlim_t(m_previousHard)};
    ::setrlimit(RLIMIT_FSIZE, &restored);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace aftercare::test
