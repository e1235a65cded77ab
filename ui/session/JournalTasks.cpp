#include "ui/session/JournalTasks.h"

#include <QThread>

namespace aftercare::ui::JournalTasks {

namespace {

// The store is a QObject born on the worker thread; it must live on the GUI thread so its
// signals and deleteLater behave once the worker has gone.
void handOver(core::Journal& journal, QThread* owner)
{
    if (owner)
        journal.store().moveToThread(owner);
}

} // namespace

Opened unlock(const QString& dir, const core::SecretBytes& passphrase, QThread* owner)
{
    // The quick_check runs after the hand-over, alongside Home's first reads (Session runs it
    // and holds every write until it has passed).
    Opened opened =
        core::Journal::unlock(dir, passphrase, core::IntegrityCheckTiming::AlongsideReads);
    if (opened)
        handOver(**opened, owner);
    return opened;
}

Opened recover(const QString& dir, const core::SecretBytes& code,
               const core::SecretBytes& newPassphrase, QThread* owner)
{
    Opened opened = core::Journal::unlockWithRecoveryCode(dir, code);
    if (!opened)
        return opened;
    // The code just typed is sealed into the new key file too, so it keeps working.
    auto plan = (*opened)->planRekey(newPassphrase, code);
    if (!plan)
        return std::unexpected(plan.error());
    if (core::Status changed = (*opened)->applyRekey(*plan); !changed)
        return std::unexpected(changed.error());
    handOver(**opened, owner);
    return opened;
}

core::Result<core::Journal::Created> create(const QString& dir, const core::SecretBytes& passphrase,
                                            QThread* owner)
{
    core::Result<core::Journal::Created> created = core::Journal::create(dir, passphrase);
    if (created)
        handOver(*created->journal, owner);
    return created;
}

} // namespace aftercare::ui::JournalTasks
