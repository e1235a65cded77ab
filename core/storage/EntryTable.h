// The SQL for entries: insert, update, delete, look-up, filtered listing and counting. Callers
// own the transaction; every value reaches SQLite as a bound parameter.
#pragma once

#include "core/Error.h"
#include "core/model/Entry.h"
#include "core/storage/EntryQuery.h"
#include "core/storage/TagTable.h"

#include <QList>

namespace aftercare::core {

class Database;

class EntryTable
{
public:
    static Result<bool> exists(Database& db, const QString& id);
    // AlreadyExists when the id is taken; InvalidInput naming partner_id when the partner is
    // unknown. Writes the entry's tags too and sets `entry.tags` to their stored spelling
    // (TagTable::link).
    static Status insert(Database& db, Entry& entry);
    // insert() without its two look-ups, for bulk writes (import) that have already made sure
    // the id is new and the partner exists. `known` (TagTable::known, read once for many
    // entries) is read from the database when null.
    static Status insertChecked(Database& db, Entry& entry, TagTable::Known* known = nullptr);
    // The InvalidInput insert() reports for a partner_id that names no partner.
    static Error unknownPartner(const QString& partnerId);
    // NotFound when no entry has the id. Keeps created_at as stored; replaces the tags as
    // insert() writes them.
    static Status update(Database& db, Entry& entry);
    static Status remove(Database& db, const QString& id); // NotFound when absent
    static Result<Entry> find(Database& db, const QString& id);
    static Result<QList<Entry>> list(Database& db, const EntryQuery& query);
    static Result<int> count(Database& db, const EntryQuery& query);

    // FTS4 keeps deleted words in older index segments until they are merged; merging them
    // now means edited-out or deleted text does not linger inside the database file.
    static Status purgeRemovedText(Database& db);
};

} // namespace aftercare::core
