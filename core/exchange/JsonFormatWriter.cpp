// Writing the aftercare-journal JSON format: one pass to measure, one to write into a buffer of
// exactly that size (plain or guarded memory). Reading is in JsonFormat.cpp.
#include "core/exchange/JsonFormat.h"

#include "core/exchange/JsonWriter.h"
#include "core/model/EntryFields.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace aftercare::core::JsonFormat {

namespace {

char* putDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// "2026-11-26T21:30:00.250+01:00" into `out`, returning its length (at most 29).
int formatTimestamp(const QDateTime& dateTime, char (&out)[32])
{
    // ±HH:MM cannot show seconds of offset (historic local mean times); round to the minute
    // and keep the instant.
    const int offset = int(std::lround(dateTime.offsetFromUtc() / 60.0)) * 60;
    const QDateTime shown =
        offset == dateTime.offsetFromUtc() ? dateTime : dateTime.toOffsetFromUtc(offset);
    const QDate date = shown.date();
    const QTime time = shown.time();
    char* p = out;
    p = putDigits(p, std::clamp(date.year(), 0, 9999), 4);
    *p++ = '-';
    p = putDigits(p, date.month(), 2);
    *p++ = '-';
    p = putDigits(p, date.day(), 2);
    *p++ = 'T';
    p = putDigits(p, time.hour(), 2);
    *p++ = ':';
    p = putDigits(p, time.minute(), 2);
    *p++ = ':';
    p = putDigits(p, time.second(), 2);
    if (time.msec() != 0) {
        *p++ = '.';
        p = putDigits(p, time.msec(), 3);
    }
    const int absOffset = std::abs(offset);
    *p++ = offset < 0 ? '-' : '+';
    p = putDigits(p, absOffset / 3600, 2);
    *p++ = ':';
    p = putDigits(p, absOffset % 3600 / 60, 2);
    return int(p - out);
}

void writeTimestamp(JsonWriter& w, const QDateTime& dateTime)
{
    if (!dateTime.isValid()) {
        w.null();
        return;
    }
    char text[32];
    w.asciiString(std::string_view(text, std::size_t(formatTimestamp(dateTime, text))));
}

template <typename E> std::string_view keyText(E value)
{
    return VocabularyKeys<E>::keys.at(std::size_t(value));
}

template <typename E> void writeChoice(JsonWriter& w, const std::optional<E>& value)
{
    if (value)
        w.asciiString(keyText(*value));
    else
        w.null();
}

template <typename E> void writeSet(JsonWriter& w, const EnumSet<E>& set)
{
    w.raw("[");
    bool first = true;
    for (E v : allValues<E>()) {
        if (!set.contains(v))
            continue;
        if (!first)
            w.raw(", ");
        first = false;
        w.asciiString(keyText(v));
    }
    w.raw("]");
}

void writeOptionalInt(JsonWriter& w, const std::optional<int>& value)
{
    if (value)
        w.integer(*value);
    else
        w.null();
}

void writePartner(JsonWriter& w, const Partner& partner)
{
    w.raw("{");
    w.key("id", true);
    w.string(partner.id);
    w.key("label");
    w.string(partner.label);
    w.raw("}");
}

// The one place that decides how an entry looks in JSON (export, the CLI's --json, drafts),
// driven by the field table; entryToJson() parses its output.
void writeEntry(JsonWriter& w, const Entry& e)
{
    w.raw("{");
    bool first = true;
    forEachField([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::Value;
        const T& value = field.of(e);
        if constexpr (std::is_same_v<T, QStringList>) {
            // Left out when empty, so a journal without tags exports a file that versions from
            // before tags (which refuse keys they do not know) can still read.
            if (value.isEmpty())
                return;
        }
        w.key(field.key, first);
        first = false;
        if constexpr (std::is_same_v<T, QStringList>) {
            w.raw("[");
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (i > 0)
                    w.raw(", ");
                w.string(value[i]);
            }
            w.raw("]");
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            writeTimestamp(w, value);
        } else if constexpr (isVocabularyValue<T>) {
            writeChoice(w, value);
        } else if constexpr (isVocabularySet<T>) {
            writeSet(w, value);
        } else if constexpr (std::is_same_v<T, std::optional<int>>) {
            writeOptionalInt(w, value);
        } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
            if (value)
                w.boolean(*value);
            else
                w.null();
        } else if (field.kind == FieldKind::Id && field.namesPartner && value.isEmpty()) {
            w.null(); // no partner
        } else {
            w.string(value);
        }
    });
    w.raw("}");
}

void writeCheckIn(JsonWriter& w, const CheckIn& c)
{
    w.raw("{");
    w.key("id", true);
    w.string(c.id);
    w.key("taken_at");
    writeTimestamp(w, c.takenAt);
    w.key("instrument");
    w.asciiString(keyText(c.instrument));
    w.key("answers");
    w.raw("[");
    for (qsizetype i = 0; i < c.answers.size(); ++i) {
        if (i)
            w.raw(", ");
        w.integer(c.answers[i]);
    }
    w.raw("]");
    w.raw("}");
}

// One record per line: readable and diffable, yet far smaller than fully indented JSON.
template <typename T, typename WriteOne>
void writeList(JsonWriter& w, std::string_view key, const QList<T>& items, WriteOne writeOne)
{
    w.raw(",\n  \"");
    w.raw(key);
    w.raw("\": [");
    for (qsizetype i = 0; i < items.size(); ++i) {
        w.raw(i ? ",\n    " : "\n    ");
        writeOne(w, items[i]);
    }
    w.raw(items.isEmpty() ? "]" : "\n  ]");
}

void writeDocumentTo(JsonWriter& w, const JournalDocument& d)
{
    w.raw("{\n  \"format\": \"");
    w.raw(formatName);
    w.raw("\",\n  \"version\": ");
    w.integer(JournalDocument::formatVersion);
    w.raw(",\n  \"exported_at\": ");
    writeTimestamp(w, d.exportedAt);
    writeList(w, "partners", d.partners, writePartner);
    writeList(w, "entries", d.entries, writeEntry);
    writeList(w, "checkins", d.checkIns, writeCheckIn);
    if (!d.safetyPlan.isEmpty()) {
        w.raw(",\n  \"safety_plan\": ");
        const QByteArray plan = QJsonDocument(d.safetyPlan.toJson()).toJson(QJsonDocument::Compact);
        w.raw(std::string_view(plan.constData(), std::size_t(plan.size())));
    }
    w.raw("\n}\n");
}

template <typename T, typename WriteOne> QJsonObject toJsonObject(const T& item, WriteOne writeOne)
{
    JsonWriter counter;
    writeOne(counter, item);
    QByteArray bytes(counter.size(), Qt::Uninitialized);
    JsonWriter writer(bytes.data(), bytes.size());
    writeOne(writer, item);
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

QString dateTimeToText(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    char text[32];
    return QString::fromLatin1(text, formatTimestamp(dateTime, text));
}

QJsonObject entryToJson(const Entry& entry)
{
    return QJsonDocument::fromJson(entryToJsonBytes(entry)).object();
}

QByteArray entryToJsonBytes(const Entry& entry)
{
    JsonWriter counter;
    writeEntry(counter, entry);
    QByteArray bytes(counter.size(), Qt::Uninitialized);
    JsonWriter writer(bytes.data(), bytes.size());
    writeEntry(writer, entry);
    return bytes;
}

QJsonObject checkInToJson(const CheckIn& checkIn)
{
    return toJsonObject(checkIn, writeCheckIn);
}

QByteArray writeDocument(const JournalDocument& document)
{
    JsonWriter counter;
    writeDocumentTo(counter, document);
    QByteArray out(counter.size(), Qt::Uninitialized);
    JsonWriter writer(out.data(), out.size());
    writeDocumentTo(writer, document);
    Q_ASSERT(!writer.overflowed() && writer.size() == out.size());
    return out;
}

SecretBytes writeDocumentToSecret(const JournalDocument& document)
{
    JsonWriter counter;
    writeDocumentTo(counter, document);
    SecretBytes out(std::size_t(counter.size()));
    JsonWriter writer(reinterpret_cast<char*>(out.data()), counter.size());
    writeDocumentTo(writer, document);
    Q_ASSERT(!writer.overflowed() && writer.size() == counter.size());
    return out;
}

} // namespace aftercare::core::JsonFormat
