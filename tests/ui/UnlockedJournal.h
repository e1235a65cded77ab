// What the page tests start from: a new journal in a temporary folder, unlocked into a Session,
// with the clock fixed at a chosen moment.
#pragma once

#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "ui/session/Session.h"

#include <memory>
#include <QTemporaryDir>

namespace aftercare::test {

struct UnlockedJournal
{
    std::unique_ptr<QTemporaryDir> tmp;
    std::unique_ptr<core::ManualClock> clock;
    std::unique_ptr<ui::Session> session;

    QString dir() const { return tmp->path() + QStringLiteral("/journal"); }
    core::JournalStore& store() { return *session->store(); }

    // Sets the clock to `now`, creates the journal and hands it to a new Session. Returns why
    // that failed, or an empty string.
    QString open(const QDateTime& now, const char* passphrase)
    {
        tmp = std::make_unique<QTemporaryDir>();
        if (!tmp->isValid())
            return QStringLiteral("no temporary folder");
        clock = std::make_unique<core::ManualClock>(now);
        core::Clock::setInstance(clock.get());
        session = std::make_unique<ui::Session>(dir());
        auto created = core::Journal::create(dir(), core::SecretBytes::fromUtf8(passphrase));
        if (!created)
            return created.error().message();
        session->adopt(std::move(created->journal));
        return {};
    }

    // The session (which locks the journal), then the clock, then the folder.
    void close()
    {
        session.reset();
        core::Clock::setInstance(nullptr);
        clock.reset();
        tmp.reset();
    }
};

} // namespace aftercare::test
