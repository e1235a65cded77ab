#include "core/storage/PartnerTable.h"

#include "core/model/Entry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace aftercare::core {

namespace {

Error notFound(const QString& id)
{
    return Error(
        Error::Kind::NotFound,
        QStringLiteral("There is no partner with id %1; it may have been deleted.").arg(id));
}

// Unicode case folding, so "Émile" and "émile" count as the same label (SQLite's NOCASE only
// folds ASCII).
QString folded(const QString& label)
{
    return label.toCaseFolded();
}

Status checkUnique(Database& db, const QString& label, const QString& ownId)
{
    auto s = db.prepare("SELECT label FROM partners WHERE label_folded = ? AND id <> ?",
                        QStringLiteral("check the partner's label"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, folded(label)).bind(2, ownId);
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("label: there is already a partner called \"%1\" (labels are "
                                   "compared without regard to upper and lower case). Choose a "
                                   "different label.")
                        .arg(s->text(0)));
    return {};
}

} // namespace

Result<QList<Partner>> PartnerTable::list(Database& db)
{
    auto s = db.prepare("SELECT id, label FROM partners ORDER BY label_folded, id",
                        QStringLiteral("read the partners"));
    if (!s)
        return std::unexpected(s.error());
    QList<Partner> out;
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out << Partner{s->text(0), s->text(1)};
    }
    return out;
}

Result<bool> PartnerTable::exists(Database& db, const QString& id)
{
    auto s = db.prepare("SELECT 1 FROM partners WHERE id = ?", QStringLiteral("look up a partner"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    return s->step();
}

Result<QString> PartnerTable::cleanLabel(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("label: a partner needs a label of at least one character; "
                                   "a nickname or initial is enough."));
    return trimmed;
}

Status PartnerTable::insert(Database& db, const Partner& partner)
{
    if (!isValidId(partner.id))
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("id: \"%1\" is not a UUID").arg(partner.id));
    const auto label = cleanLabel(partner.label);
    if (!label)
        return std::unexpected(label.error());
    if (auto unique = checkUnique(db, *label, partner.id); !unique)
        return unique;
    auto s = db.prepare("INSERT INTO partners (id, label, label_folded) VALUES (?, ?, ?)",
                        QStringLiteral("save the partner"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, partner.id).bind(2, *label).bind(3, folded(*label));
    return s->run();
}

Status PartnerTable::rename(Database& db, const QString& id, const QString& label)
{
    const auto clean = cleanLabel(label);
    if (!clean)
        return std::unexpected(clean.error());
    if (auto unique = checkUnique(db, *clean, id); !unique)
        return unique;
    auto s = db.prepare("UPDATE partners SET label = ?, label_folded = ? WHERE id = ?",
                        QStringLiteral("rename the partner"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, *clean).bind(2, folded(*clean)).bind(3, id);
    if (auto ran = s->run(); !ran)
        return ran;
    if (s->changes() == 0)
        return std::unexpected(notFound(id));
    return {};
}

Result<int> PartnerTable::remove(Database& db, const QString& id)
{
    const QString doing = QStringLiteral("delete the partner");
    auto count = db.prepare("SELECT count(*) FROM entries WHERE partner_id = ?", doing);
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, id);
    if (const auto row = count->step(); !row)
        return std::unexpected(row.error());
    const int affected = int(count->int64(0));
    auto s = db.prepare("DELETE FROM partners WHERE id = ?", doing);
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    if (auto ran = s->run(); !ran)
        return std::unexpected(ran.error());
    if (s->changes() == 0)
        return std::unexpected(notFound(id));
    return affected;
}

} // namespace aftercare::core
