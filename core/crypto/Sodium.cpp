#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace aftercare::core {

void ensureSodium()
{
    static const bool initialised = [] {
        if (sodium_init() < 0) {
            std::fputs("aftercare: libsodium could not be initialised\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)initialised;
}

} // namespace aftercare::core
