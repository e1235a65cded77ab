// What a person types as a recovery code, as arbitrary bytes: normalize() returns either nothing
// or the 32-character base32 form, and normalising that again changes nothing.
#include "core/crypto/RecoveryCode.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstring>

using namespace aftercare;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    core::SecretBytes typed(size);
    if (size)
        std::memcpy(typed.data(), data, size);
    const core::SecretBytes code = core::RecoveryCode::normalize(typed);
    if (code.isEmpty())
        return 0;
    fuzz::require(code.size() == core::RecoveryCode::canonicalLength, "canonical length");
    for (std::size_t i = 0; i < code.size(); ++i) {
        const unsigned char c = code.data()[i];
        fuzz::require((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'), "base32 letters only");
    }
    const core::SecretBytes again = core::RecoveryCode::normalize(code);
    fuzz::require(again.size() == code.size() &&
                      std::memcmp(again.data(), code.data(), code.size()) == 0,
                  "normalising is idempotent");
    return 0;
}
