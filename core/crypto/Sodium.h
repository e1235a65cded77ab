// Makes sure libsodium is initialised before any use; safe to call from any thread, repeatedly.
#pragma once

namespace aftercare::core {

void ensureSodium();

} // namespace aftercare::core
