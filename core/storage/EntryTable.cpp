#include "core/storage/EntryTable.h"

#include "core/storage/Database.h"
#include "core/storage/EntryRow.h"
#include "core/storage/FtsQuery.h"
#include "core/storage/Statement.h"
#include "core/storage/StoredTime.h"

#include <algorithm>
#include <variant>

namespace aftercare::core {

namespace {

// Above this many ids a query binds one ';'-joined list instead of one parameter per id, to
// stay below SQLite's limit of 999 parameters.
constexpr int maxIdParameters = 500;

struct Filter
{
    QByteArray where; // fixed SQL fragments only; values go to `params`
    QList<std::variant<QString, qint64>> params;
    bool matchesNothing = false;

    void add(const char* condition)
    {
        where += where.isEmpty() ? " WHERE " : " AND ";
        where += condition;
    }
};

Filter filterFor(const EntryQuery& q)
{
    Filter f;
    if (q.from.isValid()) {
        f.add("e.occurred_utc_ms >= ?");
        f.params << StoredTime::utcMs(q.from);
    }
    if (q.to.isValid()) {
        f.add("e.occurred_utc_ms <= ?");
        f.params << StoredTime::utcMs(q.to);
    }
    if (!q.partnerId.isEmpty()) {
        f.add("e.partner_id = ?");
        f.params << q.partnerId;
    }
    // Sets are stored as "a;b;c"; wrapping both sides in ';' matches whole keys only.
    if (q.reason) {
        f.add("instr(';' || e.reasons || ';', ?) > 0");
        f.params << QStringLiteral(";%1;").arg(keyOf(*q.reason));
    }
    if (q.emotion) {
        f.add("instr(';' || e.emotions || ';', ?) > 0");
        f.params << QStringLiteral(";%1;").arg(keyOf(*q.emotion));
    }
    if (!q.text.isEmpty()) {
        const QString match = FtsQuery::fromUserText(q.text);
        // Text with no letters or digits (only punctuation) cannot be found in any entry.
        if (match.isEmpty())
            f.matchesNothing = true;
        // Words in the text, or a tag whose label holds the search as typed ("argument" finds
        // "an argument before").
        f.add("(e.seq IN (SELECT docid FROM entries_fts WHERE entries_fts MATCH ?) OR e.seq IN "
              "(SELECT et.entry_seq FROM tags t JOIN entry_tags et ON et.tag_id = t.id "
              "WHERE instr(t.label_folded, ?) > 0))");
        f.params << match << Tags::folded(q.text.trimmed());
    }
    // Each tag through the (tag_id, entry_seq) index; a label no tag has matches nothing.
    for (const QString& tag : q.tags) {
        f.add("EXISTS (SELECT 1 FROM entry_tags et WHERE et.entry_seq = e.seq AND et.tag_id = "
              "(SELECT id FROM tags WHERE label_folded = ?))");
        f.params << Tags::folded(tag.trimmed());
    }
    if (!q.ids.isEmpty()) {
        QStringList ids;
        for (const QString& id : q.ids) {
            if (isValidId(id))
                ids << id;
        }
        if (ids.isEmpty())
            f.matchesNothing = true;
        if (ids.size() <= maxIdParameters) {
            QByteArray in = "e.id IN (";
            for (qsizetype i = 0; i < ids.size(); ++i)
                in += i ? ", ?" : "?";
            in += ')';
            f.add(in.constData());
            for (const QString& id : ids)
                f.params << id;
        } else {
            f.add("instr(?, ';' || e.id || ';') > 0");
            f.params << u';' + ids.join(u';') + u';';
        }
    }
    return f;
}

int bindFilter(Statement& s, const Filter& f)
{
    int index = 1;
    for (const auto& p : f.params) {
        if (const auto* text = std::get_if<QString>(&p))
            s.bind(index++, *text);
        else
            s.bind(index++, std::get<qint64>(p));
    }
    return index;
}

Status checkQuery(const EntryQuery& q)
{
    if (q.offset < 0 || q.limit < -1)
        return fail(Error::Kind::Usage,
                    QStringLiteral("A page of entries needs an offset of 0 or more and a limit "
                                   "of -1 (all) or more."));
    return {};
}

Error notFound(const QString& id)
{
    return Error(Error::Kind::NotFound, QStringLiteral("There is no entry with id %1; it may "
                                                       "have been deleted.")
                                            .arg(id));
}

Status checkPartner(Database& db, const QString& partnerId)
{
    if (partnerId.isEmpty())
        return {};
    auto s = db.prepare("SELECT 1 FROM partners WHERE id = ?", QStringLiteral("save the entry"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, partnerId);
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(EntryTable::unknownPartner(partnerId));
    return {};
}

// Writes the entry's tags for row `seq` and gives it back their stored spelling.
Status linkTags(TagTable::Linker& links, Entry& entry, qint64 seq, TagTable::OldLinks old)
{
    const auto cleaned = Tags::cleanList(entry.tags);
    if (!cleaned)
        return std::unexpected(cleaned.error());
    auto stored = links.link(seq, *cleaned, old);
    if (!stored)
        return std::unexpected(stored.error());
    entry.tags = std::move(*stored);
    return {};
}

// The journal's tags, read only when `entry` has tags to look up among them.
Result<TagTable::Known> knownFor(Database& db, const Entry& entry)
{
    if (entry.tags.isEmpty())
        return TagTable::Known();
    return TagTable::known(db);
}

} // namespace

Result<bool> EntryTable::exists(Database& db, const QString& id)
{
    auto s = db.prepare("SELECT 1 FROM entries WHERE id = ?", QStringLiteral("look up an entry"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    return s->step();
}

Error EntryTable::unknownPartner(const QString& partnerId)
{
    return Error(Error::Kind::InvalidInput,
                 QStringLiteral("partner_id: there is no partner with id %1 in this journal. "
                                "Choose one of your partners, or none.")
                     .arg(partnerId));
}

Status EntryTable::insert(Database& db, Entry& entry)
{
    const auto taken = exists(db, entry.id);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(Error::Kind::AlreadyExists,
                    QStringLiteral("id: an entry with id %1 already exists.").arg(entry.id));
    if (auto partner = checkPartner(db, entry.partnerId); !partner)
        return partner;
    auto known = knownFor(db, entry);
    if (!known)
        return std::unexpected(known.error());
    auto inserter = Inserter::prepare(db, *known);
    if (!inserter)
        return std::unexpected(inserter.error());
    return inserter->insert(entry);
}

EntryTable::Inserter::Inserter(Database& db, Statement row, Statement fts, TagTable::Linker links)
    : m_db(&db), m_row(std::move(row)), m_fts(std::move(fts)), m_links(std::move(links))
{}

Result<EntryTable::Inserter> EntryTable::Inserter::prepare(Database& db, TagTable::Known& known)
{
    const QString doing = QStringLiteral("save the entry");
    auto row = db.prepare(EntryRow::insertSql(), doing);
    if (!row)
        return std::unexpected(row.error());
    auto fts =
        db.prepare("INSERT INTO entries_fts (docid, notes, thoughts_text) VALUES (?, ?, ?)", doing);
    if (!fts)
        return std::unexpected(fts.error());
    auto links = TagTable::Linker::prepare(db, known);
    if (!links)
        return std::unexpected(links.error());
    return Inserter(db, std::move(*row), std::move(*fts), std::move(*links));
}

Status EntryTable::Inserter::insert(Entry& entry)
{
    EntryRow::bind(m_row, entry);
    if (auto ran = m_row.run(); !ran)
        return ran;
    const qint64 seq = m_db->lastInsertRowId();
    // The caller's transaction covers every row: an entry is never stored without its text in
    // the search index, or without its tags.
    m_fts.bind(1, seq).bind(2, entry.notes).bind(3, entry.thoughtsText);
    if (auto ran = m_fts.run(); !ran)
        return ran;
    if (entry.tags.isEmpty())
        return {};
    return linkTags(m_links, entry, seq, TagTable::OldLinks::NoneYet);
}

Status EntryTable::update(Database& db, Entry& entry)
{
    if (auto partner = checkPartner(db, entry.partnerId); !partner)
        return partner;
    auto s = db.prepare(EntryRow::updateSql(), QStringLiteral("save the entry"));
    if (!s)
        return std::unexpected(s.error());
    EntryRow::bind(*s, entry);
    if (auto ran = s->run(); !ran)
        return ran;
    if (s->changes() == 0)
        return std::unexpected(notFound(entry.id));
    auto seq = db.prepare("SELECT seq FROM entries WHERE id = ?", QStringLiteral("save the entry"));
    if (!seq)
        return std::unexpected(seq.error());
    seq->bind(1, entry.id);
    if (const auto row = seq->step(); !row)
        return std::unexpected(row.error());
    auto known = knownFor(db, entry);
    if (!known)
        return std::unexpected(known.error());
    auto links = TagTable::Linker::prepare(db, *known);
    if (!links)
        return std::unexpected(links.error());
    return linkTags(*links, entry, seq->int64(0), TagTable::OldLinks::Remove);
}

Status EntryTable::remove(Database& db, const QString& id)
{
    auto s = db.prepare("DELETE FROM entries WHERE id = ?", QStringLiteral("delete the entry"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    if (auto ran = s->run(); !ran)
        return ran;
    if (s->changes() == 0)
        return std::unexpected(notFound(id));
    return {};
}

Result<Entry> EntryTable::find(Database& db, const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + EntryRow::selectColumns() + " FROM entries e WHERE e.id = ?";
    auto s = db.prepare(sql.constData(), QStringLiteral("read the entry"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(id));
    const auto tags = TagTable::labelsById(db);
    if (!tags)
        return std::unexpected(tags.error());
    return EntryRow::read(*s, *tags);
}

Result<QList<Entry>> EntryTable::list(Database& db, const EntryQuery& query)
{
    if (auto ok = checkQuery(query); !ok)
        return std::unexpected(ok.error());
    const Filter f = filterFor(query);
    if (f.matchesNothing)
        return QList<Entry>();
    const QByteArray sql = QByteArray("SELECT ") + EntryRow::selectColumns() + " FROM entries e" +
                           f.where +
                           " ORDER BY e.occurred_utc_ms DESC, e.created_utc_ms DESC, e.id"
                           " LIMIT ? OFFSET ?";
    auto s = db.prepare(sql.constData(), QStringLiteral("read the entries"));
    if (!s)
        return std::unexpected(s.error());
    const int next = bindFilter(*s, f);
    s->bind(next, query.limit);
    s->bind(next + 1, query.offset);
    QList<Entry> out;
    // Room for every row up front: growing a list of thousands of entries step by step costs
    // more (copies, page faults, heap consolidation) than counting them through the index.
    if (query.limit > 0) {
        out.reserve(std::min(query.limit, 1000));
    } else if (const auto rows = query.text.isEmpty() ? count(db, query) : Result<int>(0);
               rows && *rows > query.offset) {
        out.reserve(*rows - query.offset);
    }
    EntryRow::RepeatedTexts partnerIds;
    const auto tags = TagTable::labelsById(db);
    if (!tags)
        return std::unexpected(tags.error());
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto entry = EntryRow::read(*s, *tags, &partnerIds);
        if (!entry)
            return std::unexpected(entry.error());
        out << std::move(*entry);
    }
    return out;
}

Result<int> EntryTable::count(Database& db, const EntryQuery& query)
{
    if (auto ok = checkQuery(query); !ok)
        return std::unexpected(ok.error());
    const Filter f = filterFor(query);
    if (f.matchesNothing)
        return 0;
    const QByteArray sql = "SELECT count(*) FROM entries e" + f.where;
    auto s = db.prepare(sql.constData(), QStringLiteral("count the entries"));
    if (!s)
        return std::unexpected(s.error());
    bindFilter(*s, f);
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    return int(s->int64(0));
}

Status EntryTable::purgeRemovedText(Database& db)
{
    return db.exec("INSERT INTO entries_fts(entries_fts) VALUES ('optimize')",
                   QStringLiteral("remove the deleted text from the search index"));
}

} // namespace aftercare::core
