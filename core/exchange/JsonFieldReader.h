// Reads the members of one JSON object with strict type and vocabulary checks. The first problem
// wins: it is kept with its JSON path (e.g. `entries[3].tension`) and every later read becomes a
// no-op, so a parser can read all fields in order and check once at the end. Paths are only
// built when there is a problem to report: reading ten thousand entries stays cheap.
#pragma once

#include "core/Error.h"
#include "core/model/EnumSet.h"

#include <optional>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <span>
#include <string_view>

namespace aftercare::core {

class JsonFieldReader
{
public:
    enum class Need
    {
        Optional,
        Required
    };

    JsonFieldReader(const QJsonObject& object, QString path)
        : m_object(object), m_path(std::move(path))
    {}

    // Call after reading every allowed key: rejects any other key, naming each. (Counting the
    // keys read is what makes the usual case free.)
    void rejectUnknownKeys(std::span<const std::string_view> allowed);

    QString id(std::string_view key);
    // An id that may be null or absent (empty when so).
    QString optionalId(std::string_view key);
    QString text(std::string_view key, Need need = Need::Optional);
    QDateTime timestamp(std::string_view key, Need need);
    std::optional<qint64> wholeNumber(std::string_view key, qint64 min, qint64 max,
                                      Need need = Need::Optional);
    std::optional<bool> boolean(std::string_view key);
    // Element `index` of the list under `key`.
    std::optional<qint64> wholeNumberAt(const QJsonValue& value, std::string_view key,
                                        qsizetype index, qint64 min, qint64 max);
    // The person's own labels (tags, core/model/Tags.h): a list of texts, absent or null for
    // none. Each is trimmed; an empty, too long or repeated label (ignoring case) is an error
    // naming its index.
    QStringList labels(std::string_view key);
    // A JSON array; absent or null is an empty list unless required.
    QJsonArray array(std::string_view key, Need need = Need::Optional);
    // The value under `key` as it is (undefined when absent), for members read elsewhere.
    QJsonValue optionalValue(std::string_view key) { return value(key, Need::Optional); }

    template <typename E> std::optional<E> choice(std::string_view key, Need need = Need::Optional)
    {
        const QJsonValue v = value(key, need);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return choiceFrom<E>(v, key, -1);
    }

    template <typename E> EnumSet<E> keySet(std::string_view key)
    {
        EnumSet<E> out;
        const QJsonValue v = value(key, Need::Optional);
        if (v.isNull() || v.isUndefined())
            return out;
        if (!v.isArray()) {
            setError(pathOf(key),
                     QStringLiteral("expected a list of keys, got %1").arg(describe(v)));
            return out;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const auto item = choiceFrom<E>(items[i], key, i);
            if (!item)
                break;
            if (out.contains(*item)) {
                setError(pathOf(key, i),
                         QStringLiteral("%1 is listed twice").arg(quoted(items[i].toString())));
                break;
            }
            out.insert(*item);
        }
        return out;
    }

    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }
    // Records a problem found outside this reader (e.g. a model check), if none is recorded yet.
    void setError(const QString& path, const QString& problem);
    // Same, for a message that already starts with a field name ("pain: …"): `path.pain: …`.
    void setFieldError(const QString& path, const QString& message)
    {
        setError({}, path.isEmpty() ? message : path + u'.' + message);
    }

    // `entries[3].emotions`, or with an index `entries[3].emotions[1]`.
    QString pathOf(std::string_view key, qsizetype index = -1) const
    {
        const QString path = joinPath(m_path, key);
        return index < 0 ? path : indexPath(path, index);
    }

    static QString joinPath(const QString& path, std::string_view key);
    static QString indexPath(const QString& path, qsizetype index);
    // `text "2"`, `a number 1.5`, `a list` … for messages about a wrong type.
    static QString describe(const QJsonValue& value);
    // The value in double quotes, shortened when long.
    static QString quoted(const QString& text);

private:
    // The member, or an error when it is required and missing or null. Undefined once failed.
    QJsonValue value(std::string_view key, Need need);

    template <typename E>
    std::optional<E> choiceFrom(const QJsonValue& v, std::string_view key, qsizetype index)
    {
        if (!v.isString()) {
            setError(pathOf(key, index), QStringLiteral("expected one of %1, got %2")
                                             .arg(allowedKeysText<E>(), describe(v)));
            return std::nullopt;
        }
        const QString text = v.toString();
        const auto out = fromKey<E>(text);
        if (!out)
            setError(pathOf(key, index),
                     QStringLiteral("%1 is not one of %2").arg(quoted(text), allowedKeysText<E>()));
        return out;
    }

    const QJsonObject& m_object;
    QString m_path;
    qsizetype m_present = 0; // members read so far that exist
    bool m_failed = false;
    Error m_error;
};

} // namespace aftercare::core
