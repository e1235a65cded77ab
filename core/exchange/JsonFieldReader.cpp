#include "core/exchange/JsonFieldReader.h"

#include "core/exchange/JsonFormat.h"
#include "core/model/Entry.h"
#include "core/model/Tags.h"

#include <algorithm>
#include <cmath>

namespace aftercare::core {

namespace {

// An unpaired "\ud83d" escape is not a character. The writer stores U+FFFD in its place, so the
// reader does too: a value then reads back exactly as it was stored (the draft fuzz target
// found a draft that did not). Every text the reader takes in — values and tag labels — goes
// through here.
QString withoutLoneSurrogates(QString text)
{
    if (text.isValidUtf16())
        return text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            text[i] = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// Doubles hold integers exactly up to 2^53; anything beyond is not a value we could mean.
constexpr double maxExactInteger = 9007199254740992.0;

} // namespace

QString JsonFieldReader::joinPath(const QString& path, std::string_view key)
{
    return path.isEmpty() ? latin1(key) : path + u'.' + latin1(key);
}

QString JsonFieldReader::indexPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString JsonFieldReader::quoted(const QString& text)
{
    constexpr qsizetype maxShown = 60;
    if (text.size() <= maxShown)
        return u'"' + text + u'"';
    return u'"' + text.left(maxShown) + QStringLiteral("…\"");
}

QString JsonFieldReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble(), 0, 'g', 17);
    case QJsonValue::String:
        return QStringLiteral("the text %1").arg(quoted(value.toString()));
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QStringList JsonFieldReader::labels(std::string_view key)
{
    QStringList out;
    const QJsonValue v = value(key, Need::Optional);
    if (v.isNull() || v.isUndefined())
        return out;
    if (!v.isArray()) {
        setError(pathOf(key), QStringLiteral("expected a list of texts, got %1").arg(describe(v)));
        return out;
    }
    const QJsonArray items = v.toArray();
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString()) {
            setError(pathOf(key, i),
                     QStringLiteral("expected a text, got %1").arg(describe(items[i])));
            return {};
        }
        const QString label = withoutLoneSurrogates(items[i].toString());
        if (const QString problem = Tags::problemWith(label); !problem.isEmpty()) {
            setError(pathOf(key, i), problem);
            return {};
        }
        out << label.trimmed();
        if (Tags::firstRepeat(out) == i) {
            setError(pathOf(key, i), Tags::repeatedProblem(label));
            return {};
        }
    }
    return out;
}

void JsonFieldReader::setError(const QString& path, const QString& problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error(Error::Kind::InvalidInput,
                    path.isEmpty() ? problem : path + QStringLiteral(": ") + problem);
}

void JsonFieldReader::rejectUnknownKeys(std::span<const std::string_view> allowed)
{
    if (m_failed || m_present == m_object.size())
        return;
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&key](std::string_view a) {
            return key == QLatin1StringView(a.data(), qsizetype(a.size()));
        });
        if (!known)
            unknown << quoted(key);
    }
    QStringList allowedList;
    for (std::string_view a : allowed)
        allowedList << latin1(a);
    const QString where = m_path.isEmpty() ? QStringLiteral(" at the top level") : QString();
    setError(m_path, QStringLiteral("unknown %1 %2%3; allowed keys are %4")
                         .arg(unknown.size() == 1 ? QStringLiteral("key") : QStringLiteral("keys"),
                              unknown.join(QStringLiteral(", ")), where,
                              allowedList.join(QStringLiteral(", "))));
}

QJsonValue JsonFieldReader::value(std::string_view key, Need need)
{
    if (m_failed)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = m_object.value(QLatin1StringView(key.data(), qsizetype(key.size())));
    if (!v.isUndefined())
        ++m_present;
    if (need == Need::Required) {
        if (v.isUndefined())
            setError(pathOf(key), QStringLiteral("required but missing"));
        else if (v.isNull())
            setError(pathOf(key), QStringLiteral("required, but it is null"));
        if (m_failed)
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString JsonFieldReader::id(std::string_view key)
{
    const QJsonValue v = value(key, Need::Required);
    if (m_failed)
        return {};
    if (!v.isString()) {
        setError(pathOf(key), QStringLiteral("expected an id (text), got %1").arg(describe(v)));
        return {};
    }
    const QString out = v.toString();
    if (!isValidId(out))
        setError(pathOf(key), QStringLiteral("%1 is not an id; ids are lower-case UUIDs like "
                                             "0f8fad5b-d9cb-469f-a165-70867728950e")
                                  .arg(quoted(out)));
    return out;
}

QString JsonFieldReader::optionalId(std::string_view key)
{
    const QJsonValue v = value(key, Need::Optional);
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString()) {
        setError(pathOf(key),
                 QStringLiteral("expected an id (text) or null, got %1").arg(describe(v)));
        return {};
    }
    const QString out = v.toString();
    if (!isValidId(out))
        setError(pathOf(key), QStringLiteral("%1 is not an id; ids are lower-case UUIDs like "
                                             "0f8fad5b-d9cb-469f-a165-70867728950e (use null for "
                                             "none)")
                                  .arg(quoted(out)));
    return out;
}

QString JsonFieldReader::text(std::string_view key, Need need)
{
    const QJsonValue v = value(key, need);
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString()) {
        setError(pathOf(key), QStringLiteral("expected text, got %1").arg(describe(v)));
        return {};
    }
    return withoutLoneSurrogates(v.toString());
}

QDateTime JsonFieldReader::timestamp(std::string_view key, Need need)
{
    const QJsonValue v = value(key, need);
    if (v.isNull() || v.isUndefined())
        return {};
    const QString example = QStringLiteral("2026-11-26T21:30:00+01:00");
    if (!v.isString()) {
        setError(
            pathOf(key),
            QStringLiteral("expected a date and time like %1, got %2").arg(example, describe(v)));
        return {};
    }
    const QDateTime out = JsonFormat::dateTimeFromText(v.toString());
    if (!out.isValid())
        setError(pathOf(key), QStringLiteral("%1 is not a date and time like %2 (ISO 8601 with "
                                             "its UTC offset)")
                                  .arg(quoted(v.toString()), example));
    return out;
}

std::optional<qint64> JsonFieldReader::wholeNumber(std::string_view key, qint64 min, qint64 max,
                                                   Need need)
{
    const QJsonValue v = value(key, need);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return wholeNumberAt(v, key, -1, min, max);
}

std::optional<qint64> JsonFieldReader::wholeNumberAt(const QJsonValue& v, std::string_view key,
                                                     qsizetype index, qint64 min, qint64 max)
{
    if (m_failed)
        return std::nullopt;
    const auto path = [&] { return pathOf(key, index); };
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > maxExactInteger) {
        setError(path(), QStringLiteral("expected a whole number, got %1").arg(describe(v)));
        return std::nullopt;
    }
    const auto n = qint64(d);
    if (n < min || n > max) {
        setError(path(), QStringLiteral("%1 is not between %2 and %3").arg(n).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonFieldReader::boolean(std::string_view key)
{
    const QJsonValue v = value(key, Need::Optional);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        setError(pathOf(key),
                 QStringLiteral("expected true, false or null, got %1").arg(describe(v)));
        return std::nullopt;
    }
    return v.toBool();
}

QJsonArray JsonFieldReader::array(std::string_view key, Need need)
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        setError(pathOf(key), QStringLiteral("expected a list, got %1").arg(describe(v)));
        return {};
    }
    return v.toArray();
}

} // namespace aftercare::core
