#include "core/storage/TagTable.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace aftercare::core {

namespace {

Error notFound(const QString& label)
{
    return Error(Error::Kind::NotFound,
                 QStringLiteral("There is no tag called \"%1\"; it may have been renamed or "
                                "deleted.")
                     .arg(label.trimmed()));
}

// The row id of the tag `label` names (ignoring case), or 0 when there is none.
Result<qint64> idOf(Database& db, const QString& label, const QString& doing)
{
    auto s = db.prepare("SELECT id FROM tags WHERE label_folded = ?", doing);
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, Tags::folded(label.trimmed()));
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? s->int64(0) : 0;
}

// The row id of the tag `label` names; NotFound when there is none.
Result<qint64> existingId(Database& db, const QString& label, const QString& doing)
{
    const auto id = idOf(db, label, doing);
    if (id && *id == 0)
        return std::unexpected(notFound(label));
    return id;
}

Result<int> countFor(Database& db, qint64 tagId, const QString& doing)
{
    auto s = db.prepare("SELECT count(*) FROM entry_tags WHERE tag_id = ?", doing);
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, tagId);
    if (const auto row = s->step(); !row)
        return std::unexpected(row.error());
    return int(s->int64(0));
}

} // namespace

const char* TagTable::idsColumn()
{
    // One table, walked along its primary key (entry_seq, position) for this entry: the rows,
    // and so the ids group_concat joins, come in the order the tags were added. (tst_EntryFields
    // and tst_JournalStoreTags check that order.)
    return "(SELECT group_concat(et.tag_id) FROM entry_tags et WHERE et.entry_seq = e.seq)";
}

Result<QHash<qint64, QString>> TagTable::labelsById(Database& db)
{
    auto s = db.prepare("SELECT id, label FROM tags", QStringLiteral("read the tags"));
    if (!s)
        return std::unexpected(s.error());
    QHash<qint64, QString> out;
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.insert(s->int64(0), s->text(1));
    }
    return out;
}

Result<TagTable::Known> TagTable::known(Database& db)
{
    auto s =
        db.prepare("SELECT id, label, label_folded FROM tags", QStringLiteral("read the tags"));
    if (!s)
        return std::unexpected(s.error());
    Known out;
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.byFolded.insert(s->text(2), Known::Tag{s->int64(0), s->text(1)});
    }
    return out;
}

namespace {

const QString linking = QStringLiteral("save the entry's tags");

} // namespace

TagTable::Linker::Linker(Database& db, Known& known, Statement insert)
    : m_db(&db), m_known(&known), m_insert(std::move(insert))
{}

Result<TagTable::Linker> TagTable::Linker::prepare(Database& db, Known& known)
{
    auto insert = db.prepare(
        "INSERT INTO entry_tags (entry_seq, position, tag_id) VALUES (?, ?, ?)", linking);
    if (!insert)
        return std::unexpected(insert.error());
    return Linker(db, known, std::move(*insert));
}

Result<QStringList> TagTable::Linker::link(qint64 seq, const QStringList& labels, OldLinks old)
{
    Database& db = *m_db;
    if (old == OldLinks::Remove) {
        auto clear = db.prepare("DELETE FROM entry_tags WHERE entry_seq = ?", linking);
        if (!clear)
            return std::unexpected(clear.error());
        clear->bind(1, seq);
        if (auto ran = clear->run(); !ran)
            return std::unexpected(ran.error());
    }
    QStringList stored;
    stored.reserve(labels.size());
    for (qsizetype position = 0; position < labels.size(); ++position) {
        const QString folded = Tags::folded(labels[position]);
        auto found = m_known->byFolded.constFind(folded);
        if (found == m_known->byFolded.constEnd()) {
            auto add = db.prepare("INSERT INTO tags (label, label_folded) VALUES (?, ?)", linking);
            if (!add)
                return std::unexpected(add.error());
            add->bind(1, labels[position]).bind(2, folded);
            if (auto ran = add->run(); !ran)
                return std::unexpected(ran.error());
            found = m_known->byFolded.insert(folded,
                                             Known::Tag{db.lastInsertRowId(), labels[position]});
        }
        m_insert.bind(1, seq).bind(2, qint64(position)).bind(3, found->id);
        if (auto ran = m_insert.run(); !ran)
            return std::unexpected(ran.error());
        stored << found->label;
    }
    return stored;
}

Result<QList<Tags::TagCount>> TagTable::list(Database& db)
{
    auto s = db.prepare("SELECT t.label, count(et.entry_seq) FROM tags t LEFT JOIN entry_tags et "
                        "ON et.tag_id = t.id GROUP BY t.id ORDER BY t.label_folded",
                        QStringLiteral("read the tags"));
    if (!s)
        return std::unexpected(s.error());
    QList<Tags::TagCount> out;
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out << Tags::TagCount{s->text(0), int(s->int64(1))};
    }
    return out;
}

Result<int> TagTable::entryCount(Database& db, const QString& label)
{
    const QString doing = QStringLiteral("count the entries with the tag");
    const auto id = existingId(db, label, doing);
    if (!id)
        return std::unexpected(id.error());
    return countFor(db, *id, doing);
}

Result<int> TagTable::rename(Database& db, const QString& label, const QString& newLabel)
{
    const QString doing = QStringLiteral("rename the tag");
    const auto id = existingId(db, label, doing);
    if (!id)
        return std::unexpected(id.error());
    const auto clean = Tags::clean(newLabel);
    if (!clean)
        return std::unexpected(clean.error());
    const auto other = idOf(db, *clean, doing);
    if (!other)
        return std::unexpected(other.error());
    if (*other != 0 && *other != *id)
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("tags: there is already a tag called \"%1\" (tags are "
                                   "compared without regard to upper and lower case). Choose a "
                                   "different label.")
                        .arg(*clean));
    auto s = db.prepare("UPDATE tags SET label = ?, label_folded = ? WHERE id = ?", doing);
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, *clean).bind(2, Tags::folded(*clean)).bind(3, *id);
    if (auto ran = s->run(); !ran)
        return std::unexpected(ran.error());
    return countFor(db, *id, doing);
}

Result<int> TagTable::remove(Database& db, const QString& label)
{
    const QString doing = QStringLiteral("delete the tag");
    const auto id = existingId(db, label, doing);
    if (!id)
        return std::unexpected(id.error());
    const auto affected = countFor(db, *id, doing);
    if (!affected)
        return affected;
    // Its links go with it (ON DELETE CASCADE).
    auto s = db.prepare("DELETE FROM tags WHERE id = ?", doing);
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, *id);
    if (auto ran = s->run(); !ran)
        return std::unexpected(ran.error());
    return affected;
}

} // namespace aftercare::core
