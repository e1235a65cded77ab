#include "core/storage/DraftTable.h"

#include "core/storage/Database.h"
#include "core/storage/DraftCodec.h"
#include "core/storage/Statement.h"
#include "core/storage/StoredTime.h"

namespace aftercare::core {

Status DraftTable::validate(const Draft& draft)
{
    // Check the draft's values with the entry rules, standing in for the parts a draft may lack.
    Entry probe = draft.entry;
    if (probe.id.isEmpty())
        probe.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    if (!probe.occurredAt.isValid())
        probe.occurredAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (auto valid = probe.validate(Entry::Completeness::Draft); !valid)
        return fail(valid.error().kind(), QStringLiteral("draft.") + valid.error().message());
    if (draft.step < 0)
        return fail(
            Error::Kind::InvalidInput,
            QStringLiteral("draft.step: %1 is not a step of the reflection").arg(draft.step));
    return {};
}

Status DraftTable::save(Database& db, const Draft& draft)
{
    auto s =
        db.prepare("INSERT OR REPLACE INTO draft (slot, entry, step, saved_at) VALUES (1, ?, ?, ?)",
                   QStringLiteral("save the draft"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, QString::fromUtf8(DraftCodec::encode(draft.entry)))
        .bind(2, draft.step)
        .bind(3, StoredTime::toText(draft.savedAt));
    return s->run();
}

Result<std::optional<Draft>> DraftTable::load(Database& db)
{
    auto s = db.prepare("SELECT entry, step, saved_at FROM draft WHERE slot = 1",
                        QStringLiteral("read the draft"));
    if (!s)
        return std::unexpected(s.error());
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Draft>();
    auto entry = DraftCodec::decode(s->text(0).toUtf8());
    if (!entry)
        return std::unexpected(entry.error());
    Draft draft;
    draft.entry = std::move(*entry);
    draft.step = int(s->int64(1));
    const QString savedAt = s->text(2);
    if (!savedAt.isEmpty())
        draft.savedAt = StoredTime::fromText(savedAt);
    return std::optional<Draft>(std::move(draft));
}

Result<bool> DraftTable::discard(Database& db)
{
    auto s = db.prepare("DELETE FROM draft", QStringLiteral("discard the draft"));
    if (!s)
        return std::unexpected(s.error());
    if (auto ran = s->run(); !ran)
        return std::unexpected(ran.error());
    return s->changes() > 0;
}

} // namespace aftercare::core
