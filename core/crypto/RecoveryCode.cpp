#include "core/crypto/RecoveryCode.h"

#include <sodium.h>

#include <cstdint>

namespace aftercare::core::RecoveryCode {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t kRandomBytes = 20; // 160 bits = exactly 32 base32 characters
constexpr std::size_t kGroupSize = 4;
constexpr std::size_t kGroups = canonicalLength / kGroupSize;

static_assert(kRandomBytes * 8 == canonicalLength * 5);

bool isSeparator(unsigned char c)
{
    return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n';
}

// The base32 character `c` stands for, or 0 when it is not one.
unsigned char canonicalChar(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<unsigned char>(c - 'a' + 'A');
    switch (c) {
    case '0':
        return 'O';
    case '1':
        return 'I';
    case '8':
        return 'B';
    default:
        break;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))
        return c;
    return 0;
}

} // namespace

SecretBytes generate()
{
    const SecretBytes bits = SecretBytes::random(kRandomBytes);
    SecretBytes display(canonicalLength + kGroups - 1);
    std::uint32_t buffer = 0;
    int buffered = 0;
    std::size_t written = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < kRandomBytes; ++i) {
        buffer = (buffer << 8) | bits.data()[i];
        buffered += 8;
        while (buffered >= 5) {
            buffered -= 5;
            if (written > 0 && written % kGroupSize == 0)
                display.data()[out++] = '-';
            display.data()[out++] = kAlphabet[(buffer >> buffered) & 0x1f];
            ++written;
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    return display;
}

SecretBytes normalize(const SecretBytes& typed)
{
    SecretBytes canonical(canonicalLength);
    std::size_t count = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (isSeparator(c))
            continue;
        const unsigned char mapped = canonicalChar(c);
        if (mapped == 0 || count == canonicalLength)
            return {};
        canonical.data()[count++] = mapped;
    }
    if (count != canonicalLength)
        return {};
    return canonical;
}

} // namespace aftercare::core::RecoveryCode
