// How hard Argon2id works to turn a passphrase into a wrapping key. The parameters are stored
// in each key slot, so a journal keeps opening whatever the current default is.
#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

namespace aftercare::core {

struct KdfProfile
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    // The profile for real journals: roughly half a second to a second on a typical desktop.
    static KdfProfile standard();
    // A deliberately cheap profile for tests only (a journal made with it is weakly protected).
    static KdfProfile fastForTests();
    // standard(), unless AFTERCARE_KDF_PROFILE=fast-for-tests is set in the environment.
    static KdfProfile fromEnvironment();

    friend bool operator==(const KdfProfile&, const KdfProfile&) = default;
};

} // namespace aftercare::core
