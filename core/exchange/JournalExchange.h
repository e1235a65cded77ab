// Moves whole journals in and out of a store: export a date range as a JournalDocument, import
// one all-or-nothing.
#pragma once

#include "core/Error.h"
#include "core/exchange/JournalDocument.h"
#include "core/storage/JournalStore.h"

namespace aftercare::core::JournalExchange {

// Entries with occurred_at in [from, to] (invalid = open end), the partners they use, and the
// check-ins in the same range.
Result<JournalDocument> collect(const JournalStore& store, const QDateTime& from = {},
                                const QDateTime& to = {});
Result<ImportCounts> import(JournalStore& store, const JournalDocument& document);

} // namespace aftercare::core::JournalExchange
