// One file holding a complete journal (its JSON), encrypted with a backup passphrase
// (Argon2id + libsodium secretstream), restorable on another machine into a new journal.
// Plaintext never touches the disk.
#pragma once

#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"
#include "core/exchange/JournalDocument.h"

#include <QString>

namespace aftercare::core::PortableBackup {

Status write(const QString& path, const JournalDocument& document, const SecretBytes& passphrase,
             const KdfProfile& profile = KdfProfile::fromEnvironment());
// WrongSecret for a wrong passphrase, Damaged for a truncated or altered file.
Result<JournalDocument> read(const QString& path, const SecretBytes& passphrase);
// The same for a backup already in memory (what read() does after reading the file; the fuzz
// target feeds it directly).
Result<JournalDocument> readSealed(const QByteArray& sealed, const SecretBytes& passphrase);

} // namespace aftercare::core::PortableBackup
