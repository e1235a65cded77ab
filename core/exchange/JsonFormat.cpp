// Reading the aftercare-journal JSON format: every value checked, the first problem reported
// with its JSON path. Writing is in JsonFormatWriter.cpp.
#include "core/exchange/JsonFormat.h"

#include "core/exchange/JsonDirectReader.h"
#include "core/exchange/JsonFieldReader.h"
#include "core/exchange/JsonKeys.h"
#include "core/model/EntryFields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>
#include <limits>

namespace aftercare::core::JsonFormat {

namespace {

using Need = JsonFieldReader::Need;

// Fixed-width decimal digits; false when any character is not a digit.
bool digits(QStringView text, qsizetype from, qsizetype count, int& out)
{
    out = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        out = out * 10 + int(c - u'0');
    }
    return true;
}

Result<Partner> partnerFromJson(const QJsonObject& object, const QString& path)
{
    JsonFieldReader r(object, path);
    Partner p;
    p.id = r.id("id");
    p.label = r.text("label", Need::Required);
    r.rejectUnknownKeys(JsonKeys::partner);
    if (!r.failed() && p.label.trimmed().isEmpty())
        r.setError(r.pathOf("label"), QStringLiteral("a partner needs a label that is not empty"));
    if (r.failed())
        return std::unexpected(r.error());
    return p;
}

QString lineAndColumn(const QByteArray& json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    const qsizetype line = json.left(offset).count('\n') + 1;
    const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2 (byte offset %3)")
        .arg(line)
        .arg(offset - lineStart + 1)
        .arg(offset);
}

// Calls `readOne(object, path)` for each element of a top-level list, rejecting non-objects
// and duplicate ids. Stops at the first problem.
template <typename T, typename ReadOne>
std::optional<Error> readList(const QJsonArray& array, const QString& name, QList<T>& out,
                              ReadOne readOne)
{
    QHash<QString, qsizetype> seen;
    seen.reserve(array.size());
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonFieldReader::indexPath(name, i);
        const QJsonValue v = array.at(i);
        if (!v.isObject())
            return Error(Error::Kind::InvalidInput, QStringLiteral("%1: expected an object, got %2")
                                                        .arg(path, JsonFieldReader::describe(v)));
        Result<T> item = readOne(v.toObject(), path);
        if (!item)
            return item.error();
        if (const auto first = seen.constFind(item->id); first != seen.constEnd())
            return Error(Error::Kind::InvalidInput,
                         QStringLiteral("%1.id: %2 appears twice in this file (first at %3)")
                             .arg(path, JsonFieldReader::quoted(item->id),
                                  JsonFieldReader::indexPath(name, first.value())));
        seen.insert(item->id, i);
        out << std::move(*item);
    }
    return std::nullopt;
}

} // namespace

QDateTime dateTimeFromText(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':')
        return {};
    int year, month, day, hour, minute, second;
    if (!digits(text, 0, 4, year) || !digits(text, 5, 2, month) || !digits(text, 8, 2, day) ||
        !digits(text, 11, 2, hour) || !digits(text, 14, 2, minute) || !digits(text, 17, 2, second))
        return {};
    qsizetype pos = 19;
    int msec = 0;
    if (text[pos] == u'.') {
        // Up to nanoseconds are accepted (other tools write micro- or nanoseconds); the journal
        // keeps milliseconds.
        const qsizetype start = ++pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9')
            ++pos;
        const qsizetype count = pos - start;
        if (count < 1 || count > 9)
            return {};
        int fraction = 0;
        digits(text, start, std::min<qsizetype>(count, 3), fraction);
        for (qsizetype i = count; i < 3; ++i)
            fraction *= 10;
        msec = fraction;
    }
    int offset = 0;
    const qsizetype rest = text.size() - pos;
    if (rest == 1 && text[pos] == u'Z') {
        offset = 0;
    } else if (rest == 6 && (text[pos] == u'+' || text[pos] == u'-') && text[pos + 3] == u':') {
        int oh, om;
        if (!digits(text, pos + 1, 2, oh) || !digits(text, pos + 4, 2, om) || om > 59 ||
            oh * 60 + om > 14 * 60)
            return {};
        offset = (oh * 3600 + om * 60) * (text[pos] == u'-' ? -1 : 1);
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

Result<Entry> entryFromJson(const QJsonObject& object, const QString& path,
                            Entry::Completeness completeness)
{
    const bool draft = completeness == Entry::Completeness::Draft;
    JsonFieldReader r(object, path);
    Entry e;
    forEachField([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::Value;
        T& value = field.of(e);
        const Need need = field.required && !draft ? Need::Required : Need::Optional;
        if constexpr (std::is_same_v<T, QStringList>) {
            value = r.labels(field.key);
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            value = r.timestamp(field.key, need);
        } else if constexpr (isVocabularyValue<T>) {
            value = r.template choice<typename T::value_type>(field.key);
        } else if constexpr (isVocabularySet<T>) {
            value = r.template keySet<typename T::value_type>(field.key);
        } else if constexpr (std::is_same_v<T, std::optional<int>>) {
            if (const auto number = r.wholeNumber(field.key, 0, field.max))
                value = int(*number);
        } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
            value = r.boolean(field.key);
        } else if (field.kind == FieldKind::Id && !draft) {
            // A draft may not have its id yet, and keeps "" for none.
            value = need == Need::Required ? r.id(field.key) : r.optionalId(field.key);
        } else {
            value = r.text(field.key);
        }
    });
    // A draft written by a newer version may carry fields this one does not know; they are
    // left out rather than losing the whole draft.
    if (!draft)
        r.rejectUnknownKeys(entryFieldKeys);
    if (!r.failed() && !draft) {
        // The model's own rules (e.g. the five answers a finished reflection needs); its
        // messages start with the field name, so they only need the path in front.
        if (const Status valid = e.validate(Entry::Completeness::Complete); !valid)
            r.setFieldError(path, valid.error().message());
    }
    if (r.failed())
        return std::unexpected(r.error());
    return e;
}

Result<CheckIn> checkInFromJson(const QJsonObject& object, const QString& path)
{
    JsonFieldReader r(object, path);
    CheckIn c;
    c.id = r.id("id");
    c.takenAt = r.timestamp("taken_at", Need::Required);
    if (const auto instrument = r.choice<Instrument>("instrument", Need::Required))
        c.instrument = *instrument;
    const QJsonArray answers = r.array("answers", Need::Required);
    r.rejectUnknownKeys(JsonKeys::checkIn);
    for (qsizetype i = 0; i < answers.size() && !r.failed(); ++i) {
        const auto answer = r.wholeNumberAt(answers.at(i), "answers", i, 0, CheckIn::maxAnswer);
        if (answer)
            c.answers << int(*answer);
    }
    if (!r.failed()) {
        if (const Status valid = c.validate(); !valid)
            r.setFieldError(path, valid.error().message());
    }
    if (r.failed())
        return std::unexpected(r.error());
    return c;
}

Result<JournalDocument> readDocument(const QByteArray& json)
{
    // A valid file is read straight from its bytes; only when the direct reader declines is it
    // parsed into a QJsonDocument and checked value by value, to name the problem.
    if (auto direct = JsonDirectReader::read(json))
        return std::move(*direct);
    return readCheckedDocument(json);
}

Result<JournalDocument> readCheckedDocument(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("This is not valid JSON: %1 at %2.")
                        .arg(parseError.errorString(), lineAndColumn(json, parseError.offset)));
    if (!parsed.isObject())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("This JSON file does not hold an object at the top level, so it "
                                   "is not an Aftercare journal export."));
    const QJsonObject top = parsed.object();
    JsonFieldReader r(top, {});

    // Format and version first: for a file of some other kind, that is the useful message.
    const QString format = r.text("format", Need::Required);
    if (!r.failed() && format != QLatin1StringView(formatName.data(), qsizetype(formatName.size())))
        r.setError(QStringLiteral("format"),
                   QStringLiteral("%1 is not \"aftercare-journal\"; this does not look like an "
                                  "Aftercare journal export")
                       .arg(JsonFieldReader::quoted(format)));
    if (!r.failed()) {
        const auto number = r.wholeNumber("version", std::numeric_limits<int>::min(),
                                          std::numeric_limits<int>::max(), Need::Required);
        if (number && *number != JournalDocument::formatVersion)
            r.setError(QStringLiteral("version"),
                       QStringLiteral("%1 is not supported; this version of Aftercare reads "
                                      "version %2 only")
                           .arg(*number)
                           .arg(JournalDocument::formatVersion));
    }

    JournalDocument d;
    d.exportedAt = r.timestamp("exported_at", Need::Optional);
    const QJsonArray partners = r.array("partners");
    const QJsonArray entries = r.array("entries");
    const QJsonArray checkIns = r.array("checkins");
    const QJsonValue plan = r.optionalValue("safety_plan");
    r.rejectUnknownKeys(JsonKeys::document);
    if (r.failed())
        return std::unexpected(r.error());
    // Optional, and absent from files made before it existed; null means none.
    if (!plan.isUndefined() && !plan.isNull()) {
        if (!plan.isObject())
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("safety_plan: must be an object of lists of strings"));
        auto read = SafetyPlan::fromJson(plan.toObject());
        if (!read)
            return std::unexpected(read.error());
        d.safetyPlan = std::move(*read);
    }

    if (auto error = readList(partners, QStringLiteral("partners"), d.partners, partnerFromJson))
        return std::unexpected(*error);

    QSet<QString> partnerIds;
    QHash<QString, qsizetype> labels; // folded as the journal compares them
    for (qsizetype i = 0; i < d.partners.size(); ++i) {
        partnerIds.insert(d.partners[i].id);
        const QString folded = d.partners[i].label.trimmed().toCaseFolded();
        if (const auto first = labels.constFind(folded); first != labels.constEnd())
            return fail(
                Error::Kind::InvalidInput,
                QStringLiteral("partners[%1].label: %2 is used twice in this file (first at "
                               "partners[%3]); each partner needs a label of their own")
                    .arg(i)
                    .arg(JsonFieldReader::quoted(d.partners[i].label))
                    .arg(first.value()));
        labels.insert(folded, i);
    }
    const auto readEntry = [&partnerIds](const QJsonObject& object,
                                         const QString& path) -> Result<Entry> {
        Result<Entry> e = entryFromJson(object, path);
        if (e && !e->partnerId.isEmpty() && !partnerIds.contains(e->partnerId))
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("%1.partner_id: %2 does not match any partner in this "
                                       "file's \"partners\" list")
                            .arg(path, JsonFieldReader::quoted(e->partnerId)));
        return e;
    };
    if (auto error = readList(entries, QStringLiteral("entries"), d.entries, readEntry))
        return std::unexpected(*error);
    if (auto error = readList(checkIns, QStringLiteral("checkins"), d.checkIns, checkInFromJson))
        return std::unexpected(*error);
    return d;
}

} // namespace aftercare::core::JsonFormat
