#include "core/crypto/KdfProfile.h"

#include <sodium.h>

#include <QByteArray>

namespace aftercare::core {

static_assert(KdfProfile::minOpsLimit == crypto_pwhash_argon2id_OPSLIMIT_MIN);
static_assert(KdfProfile::minMemLimitBytes == crypto_pwhash_argon2id_MEMLIMIT_MIN);
static_assert(KdfProfile::maxMemLimitBytes <= crypto_pwhash_argon2id_MEMLIMIT_MAX);

KdfProfile KdfProfile::standard()
{
    // Measured with libsodium 1.0.18 (single-threaded Argon2id) on the AMD EPYC development
    // machine, best of three runs:
    //   3 passes × 256 MiB (libsodium MODERATE)  0.46–0.55 s
    //   4 passes × 256 MiB                        0.64–0.70 s   <- chosen
    //   5 passes × 256 MiB                        0.79 s
    //   3 passes × 384 MiB                        0.77 s
    //   2 passes × 512 MiB                        0.77 s
    // One more pass than MODERATE lands in the middle of the 0.5–1 s target, leaves headroom
    // for slower laptops, and keeps the memory a modest machine can spare (256 MiB).
    return {4, std::size_t(256) << 20};
}

KdfProfile KdfProfile::fastForTests()
{
    // One pass over 64 KiB: well under a millisecond. Only for test journals.
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, 64 * 1024};
}

bool KdfProfile::honoursTestEnvironment()
{
#ifdef AFTERCARE_TEST_KDF_FROM_ENVIRONMENT
    return true;
#else
    return false;
#endif
}

KdfProfile KdfProfile::fromEnvironment()
{
    // A Release build, the one people install, ignores the variable: nothing in the environment
    // can make it seal a journal weakly.
    if (honoursTestEnvironment() && qgetenv("AFTERCARE_KDF_PROFILE") == "fast-for-tests")
        return fastForTests();
    return standard();
}

} // namespace aftercare::core
