// Encrypts a blob of bytes under a passphrase for files that leave the journal folder (portable
// backups): Argon2id derives the key (parameters stored in the header), libsodium secretstream
// (XChaCha20-Poly1305) seals the data in chunks, so truncation, reordering and tampering are all
// detected.
#pragma once

#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <QByteArray>

namespace aftercare::core::PassphraseBox {

// `magic` identifies the kind of file (e.g. "AFTERCARE-BACKUP-1") and is authenticated.
Result<QByteArray> seal(const QByteArray& magic, const SecretBytes& plaintext,
                        const SecretBytes& passphrase, const KdfProfile& profile);
// WrongSecret when the passphrase is wrong; Damaged when the data is truncated or altered or
// is not of kind `magic`.
Result<SecretBytes> open(const QByteArray& magic, const QByteArray& sealed,
                         const SecretBytes& passphrase);

} // namespace aftercare::core::PassphraseBox
