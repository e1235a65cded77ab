#include "core/storage/DraftCodec.h"

#include "core/storage/StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aftercare::core::DraftCodec {

namespace {

template <typename E> void putKey(QJsonObject& o, const char* name, const std::optional<E>& value)
{
    if (value)
        o.insert(QLatin1StringView(name), keyOf(*value));
}

template <typename E> void putSet(QJsonObject& o, const char* name, const EnumSet<E>& set)
{
    if (!set.isEmpty())
        o.insert(QLatin1StringView(name), QJsonArray::fromStringList(set.keys()));
}

void putInt(QJsonObject& o, const char* name, const std::optional<int>& value)
{
    if (value)
        o.insert(QLatin1StringView(name), *value);
}

void putTime(QJsonObject& o, const char* name, const QDateTime& value)
{
    if (value.isValid())
        o.insert(QLatin1StringView(name), StoredTime::toText(value));
}

class Reader
{
public:
    explicit Reader(QJsonObject o) : m_o(std::move(o)) {}

    QString text(const char* name) const { return m_o.value(QLatin1StringView(name)).toString(); }

    QDateTime time(const char* name)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined())
            return {};
        QDateTime t = StoredTime::fromText(v.toString());
        if (!t.isValid())
            bad(name);
        return t;
    }

    std::optional<int> integer(const char* name)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            bad(name);
            return std::nullopt;
        }
        return v.toInt();
    }

    std::optional<bool> boolean(const char* name)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            bad(name);
            return std::nullopt;
        }
        return v.toBool();
    }

    template <typename E> std::optional<E> key(const char* name)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined())
            return std::nullopt;
        const auto value = fromKey<E>(v.toString());
        if (!value)
            bad(name);
        return value;
    }

    template <typename E> EnumSet<E> set(const char* name)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(name));
        if (v.isUndefined())
            return {};
        QStringList keys;
        for (const QJsonValue& k : v.toArray())
            keys << k.toString();
        const auto value = EnumSet<E>::fromKeys(keys);
        if (!value || !v.isArray()) {
            bad(name);
            return {};
        }
        return *value;
    }

    const char* problem() const { return m_problem; }

private:
    void bad(const char* name)
    {
        if (!m_problem)
            m_problem = name;
    }

    QJsonObject m_o;
    const char* m_problem = nullptr;
};

} // namespace

QByteArray encode(const Entry& e)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), e.id);
    putTime(o, "occurred_at", e.occurredAt);
    putTime(o, "created_at", e.createdAt);
    putTime(o, "updated_at", e.updatedAt);
    putKey(o, "timing", e.timing);
    putKey(o, "tears", e.tears);
    putKey(o, "tension", e.tension);
    putKey(o, "trauma_reliving", e.traumaReliving);
    putKey(o, "response_kind", e.responseKind);
    putKey(o, "thoughts", e.thoughts);
    o.insert(QLatin1StringView("thoughts_text"), e.thoughtsText);
    putSet(o, "emotions", e.emotions);
    putSet(o, "reasons", e.reasons);
    putInt(o, "pain", e.pain);
    putSet(o, "depression_signs", e.depressionSigns);
    if (e.postpartum)
        o.insert(QLatin1StringView("postpartum"), *e.postpartum);
    putInt(o, "bother", e.bother);
    o.insert(QLatin1StringView("partner_id"), e.partnerId);
    putKey(o, "partner_response", e.partnerResponse);
    putKey(o, "limits_respected", e.limitsRespected);
    o.insert(QLatin1StringView("notes"), e.notes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Entry> decode(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The saved draft cannot be read. You can discard it and start "
                                   "a new reflection; your saved entries are not affected."));
    Reader r(doc.object());
    Entry e;
    e.id = r.text("id");
    e.occurredAt = r.time("occurred_at");
    e.createdAt = r.time("created_at");
    e.updatedAt = r.time("updated_at");
    e.timing = r.key<Timing>("timing");
    e.tears = r.key<Tears>("tears");
    e.tension = r.key<Tension>("tension");
    e.traumaReliving = r.key<TraumaReliving>("trauma_reliving");
    e.responseKind = r.key<ResponseKind>("response_kind");
    e.thoughts = r.key<Thoughts>("thoughts");
    e.thoughtsText = r.text("thoughts_text");
    e.emotions = r.set<Emotion>("emotions");
    e.reasons = r.set<Reason>("reasons");
    e.pain = r.integer("pain");
    e.depressionSigns = r.set<DepressionSign>("depression_signs");
    e.postpartum = r.boolean("postpartum");
    e.bother = r.integer("bother");
    e.partnerId = r.text("partner_id");
    e.partnerResponse = r.key<PartnerResponse>("partner_response");
    e.limitsRespected = r.key<LimitsRespected>("limits_respected");
    e.notes = r.text("notes");
    if (r.problem())
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The saved draft holds a value this version of Aftercare does "
                                   "not understand (%1). You can discard the draft; your saved "
                                   "entries are not affected.")
                        .arg(QLatin1StringView(r.problem())));
    return e;
}

} // namespace aftercare::core::DraftCodec
