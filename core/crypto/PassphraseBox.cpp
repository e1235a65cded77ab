#include "core/crypto/PassphraseBox.h"

#include "core/crypto/KeyDerivation.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <algorithm>
#include <new>

// Layout (docs/SECURITY.md has the full table): magic, version, KDF id, opslimit, memlimit,
// salt, secretstream header — the "authenticated header" — then a keyed MAC over it, an
// unkeyed checksum over everything before, and the secretstream chunks.
namespace aftercare::core::PassphraseBox {

namespace {

using State = crypto_secretstream_xchacha20poly1305_state;

constexpr unsigned char kVersion = 1;
constexpr unsigned char kKdfArgon2id13 = 2; // the value of crypto_pwhash_ALG_ARGON2ID13
constexpr std::size_t kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kParamsSize = 1 + 1 + 8 + 8 + KeyDerivation::saltSize + kStreamHeaderSize;
constexpr std::size_t kMacSize = 32;
constexpr std::size_t kChecksumSize = 16;
constexpr std::size_t kStreamKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr std::size_t kMacKeySize = 32;
constexpr std::size_t kChunkSize = 64 * 1024;
constexpr std::size_t kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(kKdfArgon2id13 == crypto_pwhash_ALG_ARGON2ID13);

void appendU64(QByteArray& out, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

std::uint64_t readU64(const char* in)
{
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(in[i]);
    return value;
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

QByteArray headerMac(const QByteArray& authenticated, const unsigned char* macKey)
{
    QByteArray mac(qsizetype(kMacSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), kMacSize, bytes(authenticated),
                       std::size_t(authenticated.size()), macKey, kMacKeySize);
    return mac;
}

QByteArray checksum(const char* data, std::size_t size)
{
    QByteArray sum(qsizetype(kChecksumSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), kChecksumSize,
                       reinterpret_cast<const unsigned char*>(data), size, nullptr, 0);
    return sum;
}

// One Argon2id run yields both keys: the first half drives the stream, the second the header
// MAC, so no key is used with two different primitives.
Result<SecretBytes> deriveKeys(const SecretBytes& passphrase, const QByteArray& salt,
                               const KdfProfile& profile)
{
    return KeyDerivation::deriveKey(passphrase, salt, profile, kStreamKeySize + kMacKeySize);
}

// The stream state holds the key, so it lives in guarded memory too.
State* placeState(SecretBytes& storage)
{
    storage = SecretBytes(sizeof(State));
    return new (storage.data()) State;
}

QString damaged(const QString& detail)
{
    return QStringLiteral("This file is damaged: %1. It cannot be opened as it is; if you have "
                          "another copy of it, try that one.")
        .arg(detail);
}

} // namespace

Result<QByteArray> seal(const QByteArray& magic, const SecretBytes& plaintext,
                        const SecretBytes& passphrase, const KdfProfile& profile)
{
    ensureSodium();
    if (magic.isEmpty() || !profile.isWithinLimits())
        return fail(Error::Kind::Usage,
                    QStringLiteral("Internal error: invalid settings for an encrypted file."));
    if (passphrase.isEmpty())
        return fail(Error::Kind::InvalidInput, QStringLiteral("The passphrase is empty."));

    const QByteArray salt = KeyDerivation::newSalt();
    auto keys = deriveKeys(passphrase, salt, profile);
    if (!keys)
        return std::unexpected(keys.error());

    SecretBytes stateStorage;
    State* state = placeState(stateStorage);
    unsigned char streamHeader[kStreamHeaderSize];
    crypto_secretstream_xchacha20poly1305_init_push(state, streamHeader, keys->data());

    QByteArray out = magic;
    out.append(char(kVersion));
    out.append(char(kKdfArgon2id13));
    appendU64(out, profile.opsLimit);
    appendU64(out, profile.memLimitBytes);
    out.append(salt);
    out.append(reinterpret_cast<const char*>(streamHeader), qsizetype(kStreamHeaderSize));
    const QByteArray authenticated = out;
    out.append(headerMac(authenticated, keys->data() + kStreamKeySize));
    out.append(checksum(out.constData(), std::size_t(out.size())));

    const std::size_t total = plaintext.size();
    const std::size_t chunks = total == 0 ? 1 : (total + kChunkSize - 1) / kChunkSize;
    const qsizetype bodyStart = out.size();
    out.resize(bodyStart + qsizetype(total + chunks * kChunkOverhead));
    auto* cipher = reinterpret_cast<unsigned char*>(out.data()) + bodyStart;
    static const unsigned char nothing = 0;
    for (std::size_t i = 0; i < chunks; ++i) {
        const std::size_t offset = i * kChunkSize;
        const std::size_t length = std::min(kChunkSize, total - offset);
        const unsigned char* message = length ? plaintext.data() + offset : &nothing;
        const bool last = i + 1 == chunks;
        // The first chunk also binds the header, on top of the MAC.
        crypto_secretstream_xchacha20poly1305_push(
            state, cipher, nullptr, message, length, i == 0 ? bytes(authenticated) : nullptr,
            i == 0 ? std::size_t(authenticated.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        cipher += length + kChunkOverhead;
    }
    return out;
}

Result<SecretBytes> open(const QByteArray& magic, const QByteArray& sealed,
                         const SecretBytes& passphrase)
{
    ensureSodium();
    if (magic.isEmpty())
        return fail(Error::Kind::Usage, QStringLiteral("Internal error: no file kind given."));
    if (!sealed.startsWith(magic))
        return fail(Error::Kind::Damaged,
                    QStringLiteral("This is not the expected kind of Aftercare file (it does not "
                                   "start with \"%1\"), or its beginning is damaged.")
                        .arg(QString::fromLatin1(magic)));
    const std::size_t m = std::size_t(magic.size());
    const std::size_t headerSize = m + kParamsSize + kMacSize + kChecksumSize;
    if (sealed.size() > qsizetype(m) && static_cast<unsigned char>(sealed[m]) != kVersion)
        return fail(Error::Kind::Damaged,
                    QStringLiteral("This file uses format version %1, which this version of "
                                   "Aftercare cannot read. If a newer Aftercare made it, open it "
                                   "with that version; otherwise the file is damaged.")
                        .arg(static_cast<unsigned char>(sealed[m])));
    if (std::size_t(sealed.size()) < headerSize + kChunkOverhead)
        return fail(Error::Kind::Damaged, damaged(u"it ends before its contents begin, so it "
                                                  "was probably cut short while being copied"_qs));
    if (sodium_memcmp(sealed.constData() + headerSize - kChecksumSize,
                      checksum(sealed.constData(), headerSize - kChecksumSize).constData(),
                      kChecksumSize) != 0)
        return fail(Error::Kind::Damaged, damaged(u"its header does not match its checksum"_qs));

    const char* params = sealed.constData() + m;
    if (static_cast<unsigned char>(params[1]) != kKdfArgon2id13)
        return fail(Error::Kind::Damaged, damaged(u"it names an unknown key-derivation method"_qs));
    const KdfProfile profile{readU64(params + 2), std::size_t(readU64(params + 10))};
    if (!profile.isWithinLimits())
        return fail(Error::Kind::Damaged,
                    damaged(u"it asks for key-derivation settings outside the safe range"_qs));
    if (!profile.isBearable())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("This file asks for %1 passes over %2 MiB of memory to open. "
                                   "Aftercare opens files asking for at most %3 passes over "
                                   "%4 MiB, so that a file cannot tie up this computer; it was "
                                   "not opened. Aftercare itself never makes such files.")
                        .arg(profile.opsLimit)
                        .arg(profile.memLimitBytes >> 20)
                        .arg(KdfProfile::maxReceivedOpsLimit)
                        .arg(KdfProfile::maxReceivedMemLimitBytes >> 20));
    const QByteArray salt(params + 18, qsizetype(KeyDerivation::saltSize));
    const auto* streamHeader =
        reinterpret_cast<const unsigned char*>(params + 18 + KeyDerivation::saltSize);

    auto keys = deriveKeys(passphrase, salt, profile);
    if (!keys)
        return std::unexpected(keys.error());
    const QByteArray authenticated = sealed.left(qsizetype(m + kParamsSize));
    if (sodium_memcmp(headerMac(authenticated, keys->data() + kStreamKeySize).constData(),
                      sealed.constData() + m + kParamsSize, kMacSize) != 0)
        return fail(Error::Kind::WrongSecret,
                    QStringLiteral("That passphrase does not open this file. Check it and try "
                                   "again. (If you are certain it is right, the file has been "
                                   "altered.)"));

    SecretBytes stateStorage;
    State* state = placeState(stateStorage);
    if (crypto_secretstream_xchacha20poly1305_init_pull(state, streamHeader, keys->data()) != 0)
        return fail(Error::Kind::Damaged, damaged(u"its stream header is invalid"_qs));

    // Every chunk but the last is full size, so the chunk boundaries follow from the length.
    const std::size_t body = std::size_t(sealed.size()) - headerSize;
    const std::size_t fullChunk = kChunkSize + kChunkOverhead;
    const std::size_t chunks = (body + fullChunk - 1) / fullChunk;
    const std::size_t lastChunk = body - (chunks - 1) * fullChunk;
    if (lastChunk < kChunkOverhead)
        return fail(Error::Kind::Damaged,
                    damaged(u"its last part is cut short, so it was probably not copied "
                            "completely"_qs));

    SecretBytes plaintext(body - chunks * kChunkOverhead);
    unsigned char scratch = 0;
    const auto* cipher = bytes(sealed) + headerSize;
    std::size_t offset = 0;
    for (std::size_t i = 0; i < chunks; ++i) {
        const std::size_t cipherLength = i + 1 == chunks ? lastChunk : fullChunk;
        const std::size_t length = cipherLength - kChunkOverhead;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                state, length ? plaintext.data() + offset : &scratch, nullptr, &tag, cipher,
                cipherLength, i == 0 ? bytes(authenticated) : nullptr,
                i == 0 ? std::size_t(authenticated.size()) : 0) != 0)
            return fail(Error::Kind::Damaged,
                        damaged(QStringLiteral("part %1 of %2 has been altered, cut short or "
                                               "added to")
                                    .arg(i + 1)
                                    .arg(chunks)));
        const bool isFinal = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (isFinal && i + 1 != chunks)
            return fail(Error::Kind::Damaged,
                        damaged(u"it has extra data after its proper end"_qs));
        if (!isFinal && i + 1 == chunks)
            return fail(Error::Kind::Damaged,
                        damaged(u"it ends too early, so it was probably cut short while being "
                                "copied"_qs));
        if (!isFinal && tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return fail(Error::Kind::Damaged, damaged(u"it contains an unexpected marker"_qs));
        cipher += cipherLength;
        offset += length;
    }
    return plaintext;
}

} // namespace aftercare::core::PassphraseBox
