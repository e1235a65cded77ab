#include "KdfProfile.h"

#include <sodium.h>

#include <QByteArray>

namespace aftercare::core {

KdfProfile KdfProfile::standard()
{
    // libsodium's "moderate" limits: 3 passes over 256 MiB.
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfProfile KdfProfile::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 64 * 1024};
}

KdfProfile KdfProfile::fromEnvironment()
{
    if (qgetenv("AFTERCARE_KDF_PROFILE") == "fast-for-tests")
        return fastForTests();
    return standard();
}

} // namespace aftercare::core
