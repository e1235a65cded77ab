// What the fuzz targets share: the input as Qt bytes without a copy, and a check that stops the
// run with a message when a property that must always hold does not (libFuzzer saves the input).
#pragma once

#include "core/exchange/JournalDocument.h"

#include <cstdio>
#include <cstdlib>
#include <QByteArray>

namespace aftercare::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// An abort is what libFuzzer records as a crash, with the input that caused it.
inline void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property broken: %s\n", what);
        std::abort();
    }
}

inline bool sameDocument(const core::JournalDocument& a, const core::JournalDocument& b)
{
    return a.exportedAt == b.exportedAt && a.partners == b.partners && a.entries == b.entries &&
           a.checkIns == b.checkIns;
}

} // namespace aftercare::fuzz
