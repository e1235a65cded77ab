// Maps an Entry to the columns of the entries table and back: vocabulary values as their
// stable keys, sets as ';'-joined keys, times through StoredTime.
#pragma once

#include "Error.h"
#include "model/Entry.h"

namespace aftercare::core {

class Statement;

namespace EntryRow {

// The SELECT list read() expects, qualified with the alias `e`.
extern const char* const selectColumns;

// INSERT and UPDATE statements share one parameter numbering:
// ?1 id, ?2 occurred_at, ?3 occurred_utc_ms, ?4 created_at, ?5 created_utc_ms, ?6 updated_at,
// ?7 … ?23 the answers and context in table order.
extern const char* const insertSql;
extern const char* const updateSql; // keeps created_at / created_utc_ms

void bind(Statement& statement, const Entry& entry);
// Reads the row the statement is on; Damaged when a stored value is not understood.
Result<Entry> read(const Statement& row, int firstColumn = 0);

} // namespace EntryRow

} // namespace aftercare::core
