#include "core/storage/CheckInTable.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StoredTime.h"

namespace aftercare::core {

namespace {

Result<CheckIn> readRow(const Statement& s)
{
    CheckIn c;
    c.id = s.text(0);
    c.takenAt = StoredTime::fromText(s.text(1));
    const QString instrument = s.text(2);
    const auto kind = fromKey<Instrument>(instrument);
    bool answersOk = true;
    for (const QString& a : s.text(3).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        c.answers << a.toInt(&ok);
        answersOk = answersOk && ok;
    }
    if (!kind || !c.takenAt.isValid() || !answersOk)
        return fail(Error::Kind::Damaged,
                    QStringLiteral("Check-in %1 holds values this version of Aftercare does not "
                                   "understand. If the journal came from a newer version, update "
                                   "Aftercare; otherwise restore a backup.")
                        .arg(c.id));
    c.instrument = *kind;
    return c;
}

} // namespace

Result<QList<CheckIn>> CheckInTable::list(Database& db)
{
    auto s = db.prepare("SELECT id, taken_at, instrument, answers FROM checkins "
                        "ORDER BY taken_utc_ms, id",
                        QStringLiteral("read the check-ins"));
    if (!s)
        return std::unexpected(s.error());
    QList<CheckIn> out;
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto checkIn = readRow(*s);
        if (!checkIn)
            return std::unexpected(checkIn.error());
        out << std::move(*checkIn);
    }
    return out;
}

Result<bool> CheckInTable::exists(Database& db, const QString& id)
{
    auto s =
        db.prepare("SELECT 1 FROM checkins WHERE id = ?", QStringLiteral("look up a check-in"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    return s->step();
}

Status CheckInTable::insert(Database& db, const CheckIn& checkIn)
{
    const auto taken = exists(db, checkIn.id);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(Error::Kind::AlreadyExists,
                    QStringLiteral("id: a check-in with id %1 already exists.").arg(checkIn.id));
    QStringList answers;
    for (int a : checkIn.answers)
        answers << QString::number(a);
    auto s = db.prepare("INSERT INTO checkins (id, taken_at, taken_utc_ms, instrument, answers) "
                        "VALUES (?, ?, ?, ?, ?)",
                        QStringLiteral("save the check-in"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, checkIn.id)
        .bind(2, StoredTime::toText(checkIn.takenAt))
        .bind(3, StoredTime::utcMs(checkIn.takenAt))
        .bind(4, keyOf(checkIn.instrument))
        .bind(5, answers.join(u','));
    return s->run();
}

Status CheckInTable::remove(Database& db, const QString& id)
{
    auto s = db.prepare("DELETE FROM checkins WHERE id = ?", QStringLiteral("delete the check-in"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, id);
    if (auto ran = s->run(); !ran)
        return ran;
    if (s->changes() == 0)
        return fail(
            Error::Kind::NotFound,
            QStringLiteral("There is no check-in with id %1; it may have been deleted.").arg(id));
    return {};
}

} // namespace aftercare::core
