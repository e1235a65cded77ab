// The key slot file beside the database on arbitrary bytes: parsed or refused as damaged with a
// message, never a crash. Key derivation is not run: its cost comes from parameters that the
// parser has already bounded (KdfProfile::isWithinLimits), which the fuzzer checks here.
#include "core/crypto/KeySlotFile.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace aftercare;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = core::KeySlotFile::fromJson(fuzz::bytesOf(data, size));
    if (!file) {
        fuzz::require(!file.error().message().isEmpty(), "a refusal says why");
        return 0;
    }
    for (const core::KeySlotFile::Slot& slot : file->slotList())
        fuzz::require(slot.kdf.isWithinLimits(), "a loaded slot's Argon2id settings are bounded");
    const auto again = core::KeySlotFile::fromJson(file->toJson());
    fuzz::require(again.has_value(), "a loaded file can be written and loaded again");
    fuzz::require(again->slotList().size() == file->slotList().size(), "every slot survives");
    return 0;
}
