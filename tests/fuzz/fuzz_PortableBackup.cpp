// The portable backup on arbitrary bytes, with a fixed test passphrase so the fuzzer gets past
// the header into the stream and the JSON inside. The first byte picks what the rest is:
//  even: a whole backup file (header, MAC, checksum, secretstream chunks) — the seeds are real
//        backups sealed with the fast test profile, so mutations of their body reach decryption;
//  odd:  the journal text a backup holds, sealed here with the test passphrase and then read
//        back, so every mutation reaches the decrypted JSON; it must be read exactly as the
//        JSON import reads the same text.
#include "core/crypto/KdfProfile.h"
#include "core/crypto/PassphraseBox.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/PortableBackup.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstring>

using namespace aftercare;

namespace {

const core::SecretBytes& passphrase()
{
    static const core::SecretBytes secret =
        core::SecretBytes::fromUtf8(QStringLiteral("fuzz-test-passphrase"));
    return secret;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    if ((data[0] & 1) == 0) {
        const auto document = core::PortableBackup::readSealed(rest, passphrase());
        fuzz::require(document || !document.error().message().isEmpty(), "a refusal says why");
        return 0;
    }
    core::SecretBytes plaintext(rest.size());
    if (!rest.isEmpty())
        std::memcpy(plaintext.data(), rest.constData(), std::size_t(rest.size()));
    const auto sealed =
        core::PassphraseBox::seal(QByteArrayLiteral("AFTERCARE-BACKUP-1"), plaintext, passphrase(),
                                  core::KdfProfile::fastForTests());
    fuzz::require(sealed.has_value(), "any text can be sealed");
    const auto restored = core::PortableBackup::readSealed(*sealed, passphrase());
    const auto imported = core::JsonFormat::readDocument(rest);
    fuzz::require(restored.has_value() == imported.has_value(),
                  "a backup is read exactly as the same JSON would be imported");
    if (restored)
        fuzz::require(fuzz::sameDocument(*restored, *imported), "the same document either way");
    return 0;
}
