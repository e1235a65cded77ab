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
    // (TagTable::Linker).
    static Status insert(Database& db, Entry& entry);
    // insert() for many entries in one transaction (an import) whose caller has already made
    // sure each id is new and each partner exists: without insert()'s two look-ups, with the
    // journal's tags read once (`known`, TagTable::known), and with the row, search-index and
    // tag-link statements prepared once and kept until it is destroyed instead of looked up in
    // the statement cache and handed back for every entry.
    class Inserter
    {
    public:
        static Result<Inserter> prepare(Database& db, TagTable::Known& known);
        Status insert(Entry& entry);

    private:
        Inserter(Database& db, Statement row, Statement fts, TagTable::Linker links);

        Database* m_db;
        Statement m_row;
        Statement m_fts;
        TagTable::Linker m_links;
    };
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
