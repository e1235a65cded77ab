// The recovery code shown once at creation: 160 random bits written as base32 groups that a
// person can copy by hand ("ABCD-EFGH-…"), and unlocks the journal if the passphrase is lost.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QString>

namespace aftercare::core {

namespace RecoveryCode {

// Characters in the canonical form (RFC 4648 base32 of 20 bytes, no padding).
inline constexpr std::size_t canonicalLength = 32;

// A new code, formatted for display: 8 groups of 4 characters joined by '-'.
SecretBytes generate();
// Accepts what a person types: any case, spaces or dashes anywhere, and the look-alike digits
// 0, 1 and 8, which base32 does not use, read as the letters O, I and B. (L is not folded: it
// is a real base32 letter.) Returns the canonical 32-character form used to derive the key,
// or empty if the length or a character is wrong.
SecretBytes normalize(const SecretBytes& typed);

} // namespace RecoveryCode

} // namespace aftercare::core
