#include "core/crypto/KeyDerivation.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <algorithm>

namespace aftercare::core::KeyDerivation {

static_assert(saltSize == crypto_pwhash_SALTBYTES);

QByteArray newSalt()
{
    ensureSodium();
    QByteArray salt(qsizetype(saltSize), Qt::Uninitialized);
    randombytes_buf(salt.data(), saltSize);
    return salt;
}

Result<SecretBytes> deriveKey(const SecretBytes& secret, const QByteArray& salt,
                              const KdfProfile& profile, std::size_t length)
{
    if (std::size_t(salt.size()) != saltSize || !profile.isWithinLimits() ||
        length < crypto_pwhash_BYTES_MIN)
        return fail(Error::Kind::Usage,
                    QStringLiteral("Internal error: key derivation was asked for with invalid "
                                   "parameters."));
    SecretBytes key(length);
    // libsodium declares the password non-null even when it is empty.
    static const char noPassword = 0;
    const char* password =
        secret.isEmpty() ? &noPassword : reinterpret_cast<const char*>(secret.data());
    if (crypto_pwhash(key.data(), key.size(), password, secret.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), profile.opsLimit,
                      profile.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail(Error::Kind::Other,
                    QStringLiteral("There was not enough free memory to check the passphrase "
                                   "(it needs about %1 MiB). Close some other programs and try "
                                   "again.")
                        .arg(std::max<std::size_t>(1, profile.memLimitBytes >> 20)));
    }
    return key;
}

} // namespace aftercare::core::KeyDerivation
