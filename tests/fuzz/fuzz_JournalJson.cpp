// The JSON journal import (docs/FORMAT.md) on arbitrary bytes: it must return a document or a
// clear error, never crash, and a document it accepts must survive writing and reading again.
#include "core/exchange/JsonFormat.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace aftercare;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto document = core::JsonFormat::readDocument(fuzz::bytesOf(data, size));
    if (!document) {
        fuzz::require(!document.error().message().isEmpty(), "a refusal says why");
        return 0;
    }
    const auto again = core::JsonFormat::readDocument(core::JsonFormat::writeDocument(*document));
    fuzz::require(again.has_value(), "what was read can be written and read back");
    fuzz::require(fuzz::sameDocument(*document, *again), "writing and reading keeps everything");
    return 0;
}
