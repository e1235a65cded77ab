// Turns a passphrase or recovery code into key material with Argon2id, entirely inside
// guarded memory; shared by the key slots and the passphrase-sealed files.
#pragma once

#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <cstddef>
#include <QByteArray>

namespace aftercare::core::KeyDerivation {

inline constexpr std::size_t saltSize = 16; // crypto_pwhash_SALTBYTES

QByteArray newSalt();

// Usage when the salt or profile is out of bounds (callers validate file contents first);
// Other when the machine cannot spare the memory Argon2id asks for.
Result<SecretBytes> deriveKey(const SecretBytes& secret, const QByteArray& salt,
                              const KdfProfile& profile, std::size_t length);

} // namespace aftercare::core::KeyDerivation
