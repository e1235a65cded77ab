// The SQL for tags (core/model/Tags.h) and their links to entries: a `tags` row per label,
// unique by its case-folded form, and an `entry_tags` row per entry and tag, keeping the order
// the tags were added. Callers own the transaction.
#pragma once

#include "core/Error.h"
#include "core/model/Tags.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace aftercare::core {

class Database;

class TagTable
{
public:
    // The SELECT expression that gives the tag ids of the row aliased `e`, comma-separated in
    // the order they were added (NULL when none). Ids, not labels: a query of thousands of rows
    // then neither joins `tags` per row nor builds a string per label, and every entry shares
    // the one QString of each label (labelsById).
    static const char* idsColumn();
    // Every tag's label by its row id, read once per query that reads entries.
    static Result<QHash<qint64, QString>> labelsById(Database& db);

    // The journal's tags by folded label: row id and stored spelling. Read once per write, so
    // saving many entries (an import) looks labels up in memory.
    struct Known
    {
        struct Tag
        {
            qint64 id = 0;
            QString label;
        };
        QHash<QString, Tag> byFolded;
    };
    static Result<Known> known(Database& db);

    // Whether the row may have links already: a row just inserted has none (deleting an entry
    // deletes its links, ON DELETE CASCADE), so looking for them would only cost time.
    enum class OldLinks
    {
        Remove,
        NoneYet
    };

    // Links entries to their tags. Holds its insert statement (prepared once, not looked up in
    // the statement cache for every tag of every entry of an import) until destroyed.
    class Linker
    {
    public:
        static Result<Linker> prepare(Database& db, Known& known);
        // Links entry row `seq` (entries.seq) to `labels`, in order, after removing its old
        // links (unless `old` says there are none). Labels must be clean and distinct
        // (Entry::validate); a label the journal does not know yet becomes a new tag (and joins
        // `known`). Returns the labels as stored: a tag that exists keeps its own spelling
        // ("Alcohol" saved where "alcohol" exists reads "alcohol").
        Result<QStringList> link(qint64 seq, const QStringList& labels, OldLinks old);

    private:
        Linker(Database& db, Known& known, Statement insert);

        Database* m_db;
        Known* m_known;
        Statement m_insert;
    };

    // Every tag with its number of entries, by label ignoring case. A tag stays when its last
    // entry loses it, with 0 entries, until it is deleted.
    static Result<QList<Tags::TagCount>> list(Database& db);
    // How many entries carry the tag; NotFound when there is no such tag.
    static Result<int> entryCount(Database& db, const QString& label);
    // Gives the tag a new label everywhere; returns how many entries carry it. NotFound for an
    // unknown tag; InvalidInput for a bad label or one another tag has (changing only upper and
    // lower case of its own label is fine).
    static Result<int> rename(Database& db, const QString& label, const QString& newLabel);
    // Deletes the tag and its links; returns how many entries lost it. NotFound when absent.
    static Result<int> remove(Database& db, const QString& label);
};

} // namespace aftercare::core
