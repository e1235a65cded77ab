// The slow journal operations (each runs Argon2id) wrapped for BackgroundTask: they run on a
// worker thread and hand the opened journal's store over to the GUI thread before returning.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"

#include <memory>
#include <QString>

class QThread;

namespace aftercare::ui::JournalTasks {

using Opened = core::Result<std::unique_ptr<core::Journal>>;

// The store comes back with its quick_check pending when it can be (Session runs it).
Opened unlock(const QString& dir, const core::SecretBytes& passphrase, QThread* owner);
// Opens with the recovery code, then sets `newPassphrase`, so the user is never left with a
// journal whose only way in is the code they just used.
Opened recover(const QString& dir, const core::SecretBytes& code,
               const core::SecretBytes& newPassphrase, QThread* owner);
core::Result<core::Journal::Created> create(const QString& dir, const core::SecretBytes& passphrase,
                                            QThread* owner);

} // namespace aftercare::ui::JournalTasks
