#include "core/exchange/JsonDirectReader.h"

#include "core/exchange/JsonFormat.h"
#include "core/exchange/JsonKeys.h"
#include "core/model/EntryFields.h"
#include "core/model/Tags.h"

#include <QSet>

#include <cstdint>
#include <simdjson.h>
#include <span>
#include <string_view>

namespace aftercare::core::JsonDirectReader {

namespace {

namespace od = simdjson::ondemand;

// Every step returns false on anything it does not expect, and the first false ends the whole
// read: simdjson has already said what was wrong, but the checked reader says it in our words.

// Reads `{ "key": value, … }`, calling `member(index of key in keys, value)` for each member.
// Unknown or repeated keys decline. `seen` gets one bit per key read.
template <typename Member>
bool readObject(od::value value, std::span<const std::string_view> keys, std::uint32_t& seen,
                Member member)
{
    seen = 0;
    od::object object;
    if (value.get_object().get(object))
        return false;
    std::size_t hint = 0; // writers keep one order, so the next key is usually the next one
    for (auto result : object) {
        od::field field;
        std::string_view key;
        if (std::move(result).get(field) || field.unescaped_key().get(key))
            return false;
        std::size_t index = keys.size();
        for (std::size_t n = 0; n < keys.size(); ++n) {
            const std::size_t k = (hint + n) % keys.size();
            if (keys[k] == key) {
                index = k;
                break;
            }
        }
        if (index == keys.size() || (seen & (1u << index)) != 0)
            return false;
        seen |= 1u << index;
        hint = index + 1;
        if (!member(index, field.value()))
            return false;
    }
    return true;
}

bool isNull(od::value& value)
{
    bool null = false;
    return !value.is_null().get(null) && null;
}

// Reads `null` (an empty list, when allowed) or `[ item, … ]`, calling `item(value)` for each.
template <typename Item> bool readArray(od::value value, Item item, bool nullable = true)
{
    if (nullable && isNull(value))
        return true;
    od::array array;
    if (value.get_array().get(array))
        return false;
    for (auto result : array) {
        od::value element;
        if (std::move(result).get(element) || !item(element))
            return false;
    }
    return true;
}

std::optional<std::string_view> string(od::value& value)
{
    std::string_view text;
    if (value.get_string().get(text))
        return std::nullopt;
    return text;
}

bool isAscii(std::string_view bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// A whole number written as plain digits, as the checked reader takes it: simdjson refuses a
// sign (an unsigned read), a fraction, an exponent and anything too large for 64 bits.
std::optional<std::uint64_t> wholeNumber(od::value& value)
{
    std::uint64_t n = 0;
    if (value.get_uint64().get(n))
        return std::nullopt;
    return n;
}

template <typename Enum> constexpr std::uint32_t bitOf(Enum key)
{
    return 1u << unsigned(key);
}

template <typename E> std::optional<E> keyIn(std::string_view text)
{
    const auto& keys = VocabularyKeys<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == text)
            return E(i);
    }
    return std::nullopt;
}

// The values, each read the way the checked reader accepts it.
bool text(od::value value, QString& out, bool nullable = true)
{
    if (nullable && isNull(value))
        return true;
    const auto raw = string(value);
    if (!raw)
        return false;
    // simdjson has checked the UTF-8 and decoded every escape (declining lone surrogates); a
    // U+FFFD would be ambiguous with what the checked reader makes of a bad byte, so it declines.
    if (raw->find("\xef\xbf\xbd") != std::string_view::npos)
        return false;
    out = QString::fromUtf8(raw->data(), qsizetype(raw->size()));
    return true;
}

bool id(od::value value, QString& out, bool nullable)
{
    if (nullable && isNull(value))
        return true;
    const auto raw = string(value);
    if (!raw || !isAscii(*raw))
        return false;
    out = QString::fromLatin1(raw->data(), qsizetype(raw->size()));
    return isValidId(out);
}

bool timestamp(od::value value, QDateTime& out, bool nullable)
{
    if (nullable && isNull(value))
        return true;
    const auto raw = string(value);
    constexpr std::size_t longest = 40; // 9 fraction digits and an offset fit easily
    if (!raw || !isAscii(*raw) || raw->size() > longest)
        return false;
    char16_t units[longest];
    for (std::size_t i = 0; i < raw->size(); ++i)
        units[i] = char16_t((*raw)[i]);
    out = JsonFormat::dateTimeFromText(QStringView(units, qsizetype(raw->size())));
    return out.isValid();
}

template <typename E> bool choice(od::value value, std::optional<E>& out, bool nullable = true)
{
    if (nullable && isNull(value))
        return true;
    const auto raw = string(value);
    if (!raw)
        return false;
    out = keyIn<E>(*raw);
    return out.has_value();
}

template <typename E> bool keySet(od::value value, EnumSet<E>& out)
{
    return readArray(value, [&out](od::value& element) {
        const auto raw = string(element);
        if (!raw)
            return false;
        const auto key = keyIn<E>(*raw);
        if (!key || out.contains(*key))
            return false;
        out.insert(*key);
        return true;
    });
}

template <typename E> bool vocabulary(od::value value, std::optional<E>& out)
{
    return choice(value, out);
}
template <typename E> bool vocabulary(od::value value, EnumSet<E>& out)
{
    return keySet(value, out);
}

// Tags: declines anything the checked reader would refuse or change (a label with white space
// around it, a bad or repeated label), so that reader names the problem.
bool labels(od::value value, QStringList& out)
{
    return readArray(value, [&out](od::value& element) {
        QString label;
        if (!text(element, label, false) || !Tags::isClean(label))
            return false;
        out << label;
        return Tags::firstRepeat(out) < 0;
    });
}

bool number(od::value value, std::optional<int>& out, int max)
{
    if (isNull(value))
        return true;
    const auto n = wholeNumber(value);
    if (!n || *n > std::uint64_t(max))
        return false;
    out = int(*n);
    return true;
}

bool boolean(od::value value, std::optional<bool>& out)
{
    if (isNull(value))
        return true;
    bool b = false;
    if (value.get_bool().get(b))
        return false;
    out = b;
    return true;
}

// One bit per row of the field table (readObject's `seen`): the keys an entry must have.
constexpr std::uint32_t requiredEntryKeys = [] {
    static_assert(entryFieldCount <= 32);
    std::uint32_t bits = 0;
    std::uint32_t bit = 1;
    forEachField([&](const auto& field) {
        bits |= field.required ? bit : 0;
        bit <<= 1;
    });
    return bits;
}();

bool readEntry(od::value in, Entry& e)
{
    std::uint32_t seen = 0;
    const bool read = readObject(in, entryFieldKeys, seen, [&](std::size_t key, od::value member) {
        return visitField(key, [&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::Value;
            T& value = field.of(e);
            if constexpr (std::is_same_v<T, QStringList>)
                return labels(member, value);
            else if constexpr (std::is_same_v<T, QDateTime>)
                return timestamp(member, value, !field.required);
            else if constexpr (isVocabularyValue<T> || isVocabularySet<T>)
                return vocabulary(member, value);
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                return number(member, value, field.max);
            else if constexpr (std::is_same_v<T, std::optional<bool>>)
                return boolean(member, value);
            else if (field.kind == FieldKind::Id)
                return id(member, value, !field.required);
            else
                return text(member, value);
        });
    });
    return read && (seen & requiredEntryKeys) == requiredEntryKeys &&
           e.validate(Entry::Completeness::Complete).has_value();
}

bool readCheckIn(od::value in, CheckIn& c)
{
    using K = JsonKeys::CheckIn;
    std::uint32_t seen = 0;
    const bool read =
        readObject(in, JsonKeys::checkIn, seen, [&](std::size_t key, od::value member) {
            switch (K(key)) {
            case K::Id:
                return id(member, c.id, false);
            case K::TakenAt:
                return timestamp(member, c.takenAt, false);
            case K::Instrument: {
                std::optional<Instrument> instrument;
                if (!choice(member, instrument, false))
                    return false;
                c.instrument = *instrument;
                return true;
            }
            case K::Answers:
                return readArray(
                    member,
                    [&c](od::value& element) {
                        std::optional<int> answer;
                        if (!number(element, answer, CheckIn::maxAnswer) || !answer)
                            return false;
                        c.answers << *answer;
                        return true;
                    },
                    false);
            }
            return false;
        });
    const std::uint32_t all =
        bitOf(K::Id) | bitOf(K::TakenAt) | bitOf(K::Instrument) | bitOf(K::Answers);
    return read && seen == all && c.validate().has_value();
}

bool readPartner(od::value in, Partner& p)
{
    using K = JsonKeys::Partner;
    std::uint32_t seen = 0;
    const bool read =
        readObject(in, JsonKeys::partner, seen, [&](std::size_t key, od::value member) {
            return K(key) == K::Id ? id(member, p.id, false) : text(member, p.label, false);
        });
    return read && seen == (bitOf(K::Id) | bitOf(K::Label)) && !p.label.trimmed().isEmpty();
}

// Reads a top-level list of records with `readOne`, declining on a repeated id.
template <typename T, typename ReadOne>
bool readList(od::value in, QList<T>& out, QSet<QString>& ids, ReadOne readOne)
{
    return readArray(in, [&](od::value& element) {
        T item;
        if (!readOne(element, item) || ids.contains(item.id))
            return false;
        ids.insert(item.id);
        out << std::move(item);
        return true;
    });
}

// What the checked reader checks across records: partner labels distinct (folded as the journal
// compares them), and every entry's partner in the file's list.
bool consistent(const JournalDocument& d, const QSet<QString>& partnerIds)
{
    QSet<QString> labels;
    for (const Partner& p : d.partners) {
        const QString folded = p.label.trimmed().toCaseFolded();
        if (labels.contains(folded))
            return false;
        labels.insert(folded);
    }
    for (const Entry& e : d.entries) {
        if (!e.partnerId.isEmpty() && !partnerIds.contains(e.partnerId))
            return false;
    }
    return true;
}

// True when nothing but white space follows the value read: simdjson 3.0 has no at_end() on a
// document, but its location is out of bounds once every token has been consumed.
bool atEnd(od::document& document)
{
    const char* location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

} // namespace

std::optional<JournalDocument> read(QByteArrayView json)
{
    using K = JsonKeys::Document;
    // simdjson reads past the end of its input in wide steps, so it needs a padded copy.
    const simdjson::padded_string padded(json.data(), std::size_t(json.size()));
    od::parser parser;
    od::document document;
    od::value top;
    if (parser.iterate(padded).get(document) || document.get_value().get(top))
        return std::nullopt;
    JournalDocument d;
    QSet<QString> partnerIds;
    QSet<QString> entryIds;
    QSet<QString> checkInIds;
    std::uint32_t seen = 0;
    const bool read =
        readObject(top, JsonKeys::document, seen, [&](std::size_t key, od::value member) {
            switch (K(key)) {
            case K::Format: {
                const auto raw = string(member);
                return raw && *raw == JsonFormat::formatName;
            }
            case K::Version:
                return wholeNumber(member) == std::uint64_t(JournalDocument::formatVersion);
            case K::ExportedAt:
                return timestamp(member, d.exportedAt, true);
            case K::Partners:
                return readList(member, d.partners, partnerIds, readPartner);
            case K::Entries:
                return readList(member, d.entries, entryIds, readEntry);
            case K::CheckIns:
                return readList(member, d.checkIns, checkInIds, readCheckIn);
            case K::SafetyPlan:
                // Rare and small: the checked reader takes files that carry a safety plan.
                return false;
            }
            return false;
        });
    const std::uint32_t required = bitOf(K::Format) | bitOf(K::Version);
    if (!read || (seen & required) != required || !atEnd(document) || !consistent(d, partnerIds))
        return std::nullopt;
    return d;
}

} // namespace aftercare::core::JsonDirectReader
