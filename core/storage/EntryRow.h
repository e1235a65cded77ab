// Maps an Entry to the columns of the entries table and back, driven by the field table
// (core/model/EntryFields.h): vocabulary values as their stable keys, sets as ';'-joined keys,
// times through StoredTime.
#pragma once

#include "core/Error.h"
#include "core/model/Entry.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <string_view>
#include <utility>

namespace aftercare::core {

class Statement;

namespace EntryRow {

// The SELECT list read() expects, qualified with the alias `e`: the field table's columns.
const char* selectColumns();

// INSERT and UPDATE statements share one parameter numbering: the field table's columns in
// order, each time with a sortable twin followed by it (?1 id, ?2 occurred_at,
// ?3 occurred_utc_ms, ?4 created_at, ?5 created_utc_ms, ?6 updated_at, ?7 timing, …).
const char* insertSql();
const char* updateSql(); // keeps the fields an update leaves alone (created_at and its twin)

void bind(Statement& statement, const Entry& entry);

// Hands out one shared QString per distinct value of a column that repeats across rows (a
// journal has a handful of partners), so reading thousands of rows does not allocate a copy of
// the same id for each. Remembers a few values; past that it simply makes new strings.
class RepeatedTexts
{
public:
    QString get(std::string_view utf8);

private:
    static constexpr qsizetype capacity = 16;
    QList<std::pair<QByteArray, QString>> m_seen;
};

// Reads the row the statement is on; Damaged when a stored value is not understood. Pass the
// same `partnerIds` for every row of one query to share their partner ids. `tagLabels`
// (TagTable::labelsById) turns the row's tag ids into labels.
Result<Entry> read(const Statement& row, const QHash<qint64, QString>& tagLabels,
                   RepeatedTexts* partnerIds = nullptr);

} // namespace EntryRow

} // namespace aftercare::core
