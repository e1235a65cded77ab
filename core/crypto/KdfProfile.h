// How hard Argon2id works to turn a passphrase into a wrapping key. The parameters are stored
// in each key slot, so a journal keeps opening whatever the current default is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <QString>

namespace aftercare::core {

struct KdfProfile
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    // Bounds for parameters read from files: anything outside is treated as damage, so a
    // crafted file can neither exhaust memory nor keep the unlock screen busy for hours.
    // The minimums are libsodium's own for Argon2id.
    static constexpr std::uint64_t minOpsLimit = 1;
    static constexpr std::uint64_t maxOpsLimit = 32;
    static constexpr std::size_t minMemLimitBytes = 8192;
    static constexpr std::size_t maxMemLimitBytes = std::size_t(4) << 30;

    // What a received file (a portable backup) may ask this machine for: beyond this, opening
    // it is refused with a clear message instead of tying up a gigabyte or minutes of work.
    static constexpr std::uint64_t maxReceivedOpsLimit = 10;
    static constexpr std::size_t maxReceivedMemLimitBytes = std::size_t(1) << 30;

    // The profile for real journals: roughly half a second to a second on a typical desktop.
    static KdfProfile standard();
    // A deliberately cheap profile for tests only (a journal made with it is weakly protected).
    static KdfProfile fastForTests();
    // standard(), unless AFTERCARE_KDF_PROFILE=fast-for-tests is set in the environment of a
    // build that honours it (Debug and sanitizer builds; never a Release build).
    static KdfProfile fromEnvironment();
    static bool honoursTestEnvironment();

    bool isWithinLimits() const
    {
        return opsLimit >= minOpsLimit && opsLimit <= maxOpsLimit &&
               memLimitBytes >= minMemLimitBytes && memLimitBytes <= maxMemLimitBytes;
    }

    bool isBearable() const
    {
        return opsLimit <= maxReceivedOpsLimit && memLimitBytes <= maxReceivedMemLimitBytes;
    }

    friend bool operator==(const KdfProfile&, const KdfProfile&) = default;
};

} // namespace aftercare::core
