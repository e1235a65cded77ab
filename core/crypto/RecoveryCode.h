// The recovery code shown once at creation: 160 random bits written as base32 groups that a
// person can copy by hand ("ABCD-EFGH-…"), and unlocks the journal if the passphrase is lost.
#pragma once

#include "SecretBytes.h"

#include <QString>

namespace aftercare::core {

namespace RecoveryCode {

// A new code, formatted for display.
SecretBytes generate();
// Accepts what a person types: any case, spaces or dashes anywhere, common look-alikes
// (0/O, 1/I/L) folded. Returns the canonical form used to derive the key, or empty if malformed.
SecretBytes normalize(const SecretBytes& typed);

} // namespace RecoveryCode

} // namespace aftercare::core
