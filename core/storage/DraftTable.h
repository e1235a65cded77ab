// The SQL for the single in-progress draft, stored as DraftCodec JSON next to its step.
#pragma once

#include "core/Error.h"
#include "core/storage/JournalStore.h"

#include <optional>

namespace aftercare::core {

class Database;

class DraftTable
{
public:
    // A draft may be half-answered, have no id yet or no time yet; only values that are set
    // are checked (pain and bother ranges, the partner id's form).
    static Status validate(const Draft& draft);
    static Status save(Database& db, const Draft& draft);
    static Result<std::optional<Draft>> load(Database& db);
    // Returns whether there was a draft to discard.
    static Result<bool> discard(Database& db);
};

} // namespace aftercare::core
