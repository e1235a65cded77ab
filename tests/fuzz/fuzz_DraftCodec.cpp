// The stored draft on arbitrary bytes: decoded or refused as damaged, never a crash; a decoded
// draft encodes and decodes to the same entry.
#include "core/storage/DraftCodec.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace aftercare;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto draft = core::DraftCodec::decode(fuzz::bytesOf(data, size));
    if (!draft)
        return 0;
    const auto again = core::DraftCodec::decode(core::DraftCodec::encode(*draft));
    fuzz::require(again.has_value(), "a decoded draft can be stored and read back");
    fuzz::require(*again == *draft, "storing a draft keeps every answer");
    return 0;
}
