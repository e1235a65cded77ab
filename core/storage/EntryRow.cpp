#include "core/storage/EntryRow.h"

#include "core/storage/Statement.h"
#include "core/storage/StoredTime.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace aftercare::core::EntryRow {

const char* const selectColumns =
    "e.id, e.occurred_at, e.created_at, e.updated_at, e.timing, e.tears, e.tension, "
    "e.trauma_reliving, e.response_kind, e.thoughts, e.thoughts_text, e.emotions, e.reasons, "
    "e.pain, e.depression_signs, e.postpartum, e.bother, e.partner_id, e.partner_response, "
    "e.limits_respected, e.notes";

const char* const insertSql =
    "INSERT INTO entries (id, occurred_at, occurred_utc_ms, created_at, created_utc_ms, "
    "updated_at, timing, tears, tension, trauma_reliving, response_kind, thoughts, "
    "thoughts_text, emotions, reasons, pain, depression_signs, postpartum, bother, partner_id, "
    "partner_response, limits_respected, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)";

const char* const updateSql =
    "UPDATE entries SET occurred_at = ?2, occurred_utc_ms = ?3, updated_at = ?6, timing = ?7, "
    "tears = ?8, tension = ?9, trauma_reliving = ?10, response_kind = ?11, thoughts = ?12, "
    "thoughts_text = ?13, emotions = ?14, reasons = ?15, pain = ?16, depression_signs = ?17, "
    "postpartum = ?18, bother = ?19, partner_id = ?20, partner_response = ?21, "
    "limits_respected = ?22, notes = ?23 WHERE id = ?1";

namespace {

// Keys, sets and times are ASCII made from constant tables and digits: they are bound straight
// from the stack, without building a QString for each one (it adds up over a bulk import).
template <typename E> void bindKey(Statement& s, int index, const std::optional<E>& value)
{
    if (value)
        s.bindUtf8(index, VocabularyKeys<E>::keys.at(std::size_t(*value)));
    else
        s.bindNull(index);
}

template <typename E> void bindSet(Statement& s, int index, const EnumSet<E>& set)
{
    std::array<char, 1024> text;
    std::size_t size = 0;
    for (E value : allValues<E>()) {
        if (!set.contains(value))
            continue;
        const std::string_view key = VocabularyKeys<E>::keys.at(std::size_t(value));
        if (size + key.size() + 1 > text.size())
            return (void)s.bind(index, set.keys().join(u';')); // never with today's vocabulary
        if (size > 0)
            text[size++] = ';';
        std::copy(key.begin(), key.end(), text.begin() + std::ptrdiff_t(size));
        size += key.size();
    }
    s.bindUtf8(index, std::string_view(text.data(), size));
}

void bindTime(Statement& s, int index, const QDateTime& time)
{
    char text[StoredTime::maxTextSize];
    if (const int size = StoredTime::toAscii(time, text); size > 0)
        s.bindUtf8(index, std::string_view(text, std::size_t(size)));
    else
        s.bind(index, StoredTime::toText(time));
}

Error notUnderstood(const QString& id, const char* field, const QString& value)
{
    return Error(Error::Kind::Damaged,
                 QStringLiteral("Entry %1 holds a value this version of Aftercare does not "
                                "understand (%2: \"%3\"). If the journal came from a newer "
                                "version, update Aftercare; otherwise restore a backup.")
                     .arg(id, QLatin1StringView(field), value));
}

// Stored keys are compared as UTF-8 bytes against the vocabulary's own key table, so reading a
// row allocates nothing for them.
template <typename E> std::optional<E> keyFromUtf8(std::string_view raw)
{
    const auto& keys = VocabularyKeys<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == raw)
            return E(i);
    }
    return std::nullopt;
}

// Reads optional vocabulary values and sets column by column, remembering the first problem so
// read() stays a flat list of fields.
class Reader
{
public:
    Reader(const Statement& row, int first, QString id) : m_row(row), m_col(first), m_id(id) {}

    QString text() { return m_row.text(m_col++); }
    QString text(RepeatedTexts* shared)
    {
        return shared ? shared->get(m_row.utf8(m_col++)) : text();
    }
    std::optional<int> optionalInt() { return m_row.optionalInt(m_col++); }

    QDateTime time(const char* field, StoredTime::Offset offset)
    {
        const std::string_view raw = m_row.utf8(m_col++);
        QDateTime value = StoredTime::fromUtf8(raw, offset);
        if (!value.isValid())
            remember(field, raw);
        return value;
    }

    template <typename E> std::optional<E> key(const char* field)
    {
        const std::string_view raw = m_row.utf8(m_col++);
        if (raw.data() == nullptr) // NULL; an empty text has a non-null pointer
            return std::nullopt;
        const auto value = keyFromUtf8<E>(raw);
        if (!value)
            remember(field, raw);
        return value;
    }

    template <typename E> EnumSet<E> set(const char* field)
    {
        std::string_view rest = m_row.utf8(m_col++);
        EnumSet<E> out;
        while (!rest.empty()) {
            const std::size_t end = std::min(rest.find(';'), rest.size());
            const std::string_view part = rest.substr(0, end);
            rest.remove_prefix(std::min(end + 1, rest.size()));
            if (part.empty())
                continue;
            if (const auto value = keyFromUtf8<E>(part))
                out.insert(*value);
            else
                remember(field, part);
        }
        return out;
    }

    const std::optional<Error>& problem() const { return m_problem; }

private:
    void remember(const char* field, std::string_view value)
    {
        if (!m_problem)
            m_problem = notUnderstood(m_id, field,
                                      QString::fromUtf8(value.data(), qsizetype(value.size())));
    }

    const Statement& m_row;
    int m_col;
    QString m_id;
    std::optional<Error> m_problem;
};

} // namespace

void bind(Statement& s, const Entry& e)
{
    s.bind(1, e.id);
    bindTime(s, 2, e.occurredAt);
    s.bind(3, StoredTime::utcMs(e.occurredAt));
    bindTime(s, 4, e.createdAt);
    s.bind(5, StoredTime::utcMs(e.createdAt));
    bindTime(s, 6, e.updatedAt);
    bindKey(s, 7, e.timing);
    bindKey(s, 8, e.tears);
    bindKey(s, 9, e.tension);
    bindKey(s, 10, e.traumaReliving);
    bindKey(s, 11, e.responseKind);
    bindKey(s, 12, e.thoughts);
    s.bind(13, e.thoughtsText);
    bindSet(s, 14, e.emotions);
    bindSet(s, 15, e.reasons);
    s.bindOptional(16, e.pain);
    bindSet(s, 17, e.depressionSigns);
    if (e.postpartum)
        s.bind(18, *e.postpartum ? 1 : 0);
    else
        s.bindNull(18);
    s.bindOptional(19, e.bother);
    s.bindOptional(20, e.partnerId);
    bindKey(s, 21, e.partnerResponse);
    bindKey(s, 22, e.limitsRespected);
    s.bind(23, e.notes);
}

QString RepeatedTexts::get(std::string_view utf8)
{
    const QByteArrayView bytes(utf8.data(), qsizetype(utf8.size()));
    for (const auto& [key, text] : m_seen) {
        if (key == bytes)
            return text;
    }
    QString text = QString::fromUtf8(bytes);
    if (m_seen.size() < capacity)
        m_seen.emplaceBack(bytes.toByteArray(), text);
    return text;
}

Result<Entry> read(const Statement& row, RepeatedTexts* partnerIds)
{
    Entry e;
    e.id = row.text(0);
    Reader r(row, 1, e.id);
    // The episode keeps the offset it happened at; the store's own timestamps are instants.
    e.occurredAt = r.time("occurred_at", StoredTime::Offset::Keep);
    e.createdAt = r.time("created_at", StoredTime::Offset::Utc);
    e.updatedAt = r.time("updated_at", StoredTime::Offset::Utc);
    e.timing = r.key<Timing>("timing");
    e.tears = r.key<Tears>("tears");
    e.tension = r.key<Tension>("tension");
    e.traumaReliving = r.key<TraumaReliving>("trauma_reliving");
    e.responseKind = r.key<ResponseKind>("response_kind");
    e.thoughts = r.key<Thoughts>("thoughts");
    e.thoughtsText = r.text();
    e.emotions = r.set<Emotion>("emotions");
    e.reasons = r.set<Reason>("reasons");
    e.pain = r.optionalInt();
    e.depressionSigns = r.set<DepressionSign>("depression_signs");
    if (const auto postpartum = r.optionalInt())
        e.postpartum = *postpartum != 0;
    e.bother = r.optionalInt();
    e.partnerId = r.text(partnerIds);
    e.partnerResponse = r.key<PartnerResponse>("partner_response");
    e.limitsRespected = r.key<LimitsRespected>("limits_respected");
    e.notes = r.text();
    if (r.problem())
        return std::unexpected(*r.problem());
    return e;
}

} // namespace aftercare::core::EntryRow
