#include "core/crypto/RecoveryCode.h"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace aftercare::core::RecoveryCode {

namespace {

// RFC 4648 base32: the canonical form, and how codes were shown before.
constexpr char kCanonicalAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
// Crockford's base32: digits and letters without I, L, O and U.
constexpr char kDisplayAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kRandomBytes = 20; // 160 bits = exactly 32 base32 characters
constexpr std::size_t kCheckChars = 3;   // 15 bits of a hash of the code's bits
constexpr std::size_t kGroupSize = 5;
constexpr std::size_t kGroups = displayLength / kGroupSize;

static_assert(kRandomBytes * 8 == canonicalLength * 5);
static_assert(canonicalLength + kCheckChars == displayLength);
static_assert(kGroups * kGroupSize == displayLength);

bool isSeparator(unsigned char c)
{
    return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n';
}

unsigned char upper(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
}

// The RFC 4648 character `c` stands for in a code of the earlier form, or 0.
unsigned char canonicalChar(unsigned char c)
{
    c = upper(c);
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

// The value (0–31) of Crockford character `c`, or -1. I and L read as 1, O as 0.
int displayValue(unsigned char c)
{
    c = upper(c);
    if (c == 'O')
        c = '0';
    else if (c == 'I' || c == 'L')
        c = '1';
    for (int v = 0; v < 32; ++v) {
        if (kDisplayAlphabet[v] == c)
            return v;
    }
    return -1;
}

// 5-bit groups of `bytes`, most significant first, written through `put(value)`.
template <typename Put> void forEachQuintet(const unsigned char* bytes, std::size_t size, Put put)
{
    std::uint32_t buffer = 0;
    int buffered = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | bytes[i];
        buffered += 8;
        while (buffered >= 5) {
            buffered -= 5;
            put((buffer >> buffered) & 0x1f);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
}

// Three check values (15 bits) from a hash of the bits: a mistyped or swapped character is
// caught (all but one in 32,768 chance) before the slow key derivation.
std::array<int, kCheckChars> checkValues(const unsigned char* bits)
{
    static constexpr unsigned char kContext[] = "aftercare recovery code check";
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash, bits, kRandomBytes, kContext, sizeof kContext - 1);
    const std::uint32_t value = (std::uint32_t(hash[0]) << 8 | hash[1]) & 0x7fff;
    return {int(value >> 10) & 0x1f, int(value >> 5) & 0x1f, int(value) & 0x1f};
}

SecretBytes canonicalOf(const unsigned char* bits)
{
    SecretBytes canonical(canonicalLength);
    std::size_t out = 0;
    forEachQuintet(bits, kRandomBytes, [&](std::uint32_t v) {
        canonical.data()[out++] = static_cast<unsigned char>(kCanonicalAlphabet[v]);
    });
    return canonical;
}

SecretBytes normalizeEarlier(const SecretBytes& typed)
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
    return count == canonicalLength ? canonical : SecretBytes();
}

SecretBytes normalizeCurrent(const SecretBytes& typed)
{
    SecretBytes values(displayLength);
    std::size_t count = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (isSeparator(c))
            continue;
        const int v = displayValue(c);
        if (v < 0 || count == displayLength)
            return {};
        values.data()[count++] = static_cast<unsigned char>(v);
    }
    if (count != displayLength)
        return {};
    SecretBytes bits(kRandomBytes);
    std::uint32_t buffer = 0;
    int buffered = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < canonicalLength; ++i) {
        buffer = (buffer << 5) | values.data()[i];
        buffered += 5;
        if (buffered >= 8) {
            buffered -= 8;
            bits.data()[out++] = static_cast<unsigned char>((buffer >> buffered) & 0xff);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    const auto check = checkValues(bits.data());
    for (std::size_t i = 0; i < kCheckChars; ++i) {
        if (values.data()[canonicalLength + i] != check[i])
            return {};
    }
    return canonicalOf(bits.data());
}

std::size_t significantLength(const SecretBytes& typed)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < typed.size(); ++i)
        n += isSeparator(typed.data()[i]) ? 0 : 1;
    return n;
}

} // namespace

SecretBytes generate()
{
    const SecretBytes bits = SecretBytes::random(kRandomBytes);
    SecretBytes display(displayLength + kGroups - 1);
    std::size_t written = 0;
    std::size_t out = 0;
    const auto put = [&](std::uint32_t v) {
        if (written > 0 && written % kGroupSize == 0)
            display.data()[out++] = '-';
        display.data()[out++] = static_cast<unsigned char>(kDisplayAlphabet[v]);
        ++written;
    };
    forEachQuintet(bits.data(), kRandomBytes, put);
    for (int v : checkValues(bits.data()))
        put(std::uint32_t(v));
    return display;
}

SecretBytes normalize(const SecretBytes& typed)
{
    switch (significantLength(typed)) {
    case displayLength:
        return normalizeCurrent(typed);
    case canonicalLength:
        return normalizeEarlier(typed);
    default:
        return {};
    }
}

} // namespace aftercare::core::RecoveryCode
