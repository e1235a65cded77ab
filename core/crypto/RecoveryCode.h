// The recovery code shown once at creation: 160 random bits that a person can copy by hand
// ("7KM2Q-…", seven groups of five) and type back to unlock the journal if the passphrase is lost.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QString>

namespace aftercare::core {

namespace RecoveryCode {

// Characters in the canonical form the key is derived from (RFC 4648 base32 of the 20 random
// bytes, no padding). Codes made before the current form was introduced were shown this way.
inline constexpr std::size_t canonicalLength = 32;

// What a new code looks like: the 160 bits in Crockford's base32, which has no I, L, O or U
// (so nothing to mistake for 1 or 0), and three check characters that catch a mistyped or
// swapped character before any key is derived; 35 characters in 7 groups of 5.
inline constexpr std::size_t displayLength = 35;

// A new code, formatted for display: 7 groups of 5 characters joined by '-'.
SecretBytes generate();

// Accepts what a person types, in either form: any case, spaces or dashes anywhere.
// - 35 characters: a current code. I and L are read as 1 and O as 0; the check characters
//   must match.
// - 32 characters: a code made before, in RFC 4648 base32; the digits 0, 1 and 8, which it
//   does not use, are read as O, I and B.
// Returns the canonical 32-character form used to derive the key, or empty if the length, a
// character or the check is wrong.
SecretBytes normalize(const SecretBytes& typed);

} // namespace RecoveryCode

} // namespace aftercare::core
