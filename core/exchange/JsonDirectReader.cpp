#include "core/exchange/JsonDirectReader.h"

#include "core/exchange/JsonCursor.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/JsonKeys.h"
#include "core/model/EntryFields.h"
#include "core/model/Tags.h"

#include <QSet>

#include <cstdint>
#include <span>
#include <string_view>

namespace aftercare::core::JsonDirectReader {

namespace {

// As in JsonCursor: every step returns false (or nullopt) on anything it does not expect, and the
// first false ends the whole read.

// Reads `{ "key": value, … }`, calling `member(index of key in keys)` with the cursor on each
// value. Unknown, escaped or repeated keys decline. `seen` gets one bit per key read.
template <typename Member>
bool readObject(Cursor& in, std::span<const std::string_view> keys, std::uint32_t& seen,
                Member member)
{
    seen = 0;
    if (!in.take('{'))
        return false;
    if (in.take('}'))
        return true;
    std::size_t hint = 0; // writers keep one order, so the next key is usually the next one
    do {
        const auto key = in.string();
        if (!key || key->escaped || !in.take(':'))
            return false;
        std::size_t index = keys.size();
        for (std::size_t n = 0; n < keys.size(); ++n) {
            const std::size_t k = (hint + n) % keys.size();
            if (keys[k] == key->bytes) {
                index = k;
                break;
            }
        }
        if (index == keys.size() || (seen & (1u << index)) != 0)
            return false;
        seen |= 1u << index;
        hint = index + 1;
        if (!member(index))
            return false;
    } while (in.take(','));
    return in.take('}');
}

// Reads `null` (an empty list) or `[ item, … ]`, calling `item()` with the cursor on each.
template <typename Item> bool readArray(Cursor& in, Item item, bool nullable = true)
{
    if (nullable && in.takeWord("null"))
        return true;
    if (!in.take('['))
        return false;
    if (in.take(']'))
        return true;
    do {
        if (!item())
            return false;
    } while (in.take(','));
    return in.take(']');
}

template <typename Enum> constexpr std::uint32_t bitOf(Enum key)
{
    return 1u << unsigned(key);
}

// The values, each read the way the checked reader accepts it.
class Values
{
public:
    explicit Values(Cursor& in) : m_in(in) {}

    bool null() { return m_in.takeWord("null"); }

    bool text(QString& out, bool nullable = true)
    {
        if (nullable && null())
            return true;
        const auto raw = m_in.string();
        if (!raw)
            return false;
        auto decoded = decode(*raw);
        if (!decoded)
            return false;
        out = std::move(*decoded);
        return true;
    }

    bool id(QString& out, bool nullable)
    {
        if (nullable && null())
            return true;
        const auto raw = m_in.string();
        if (!raw || raw->escaped || !raw->ascii)
            return false;
        out = QString::fromLatin1(raw->bytes.data(), qsizetype(raw->bytes.size()));
        return isValidId(out);
    }

    bool timestamp(QDateTime& out, bool nullable)
    {
        if (nullable && null())
            return true;
        const auto raw = m_in.string();
        constexpr std::size_t longest = 40; // 9 fraction digits and an offset fit easily
        if (!raw || raw->escaped || !raw->ascii || raw->bytes.size() > longest)
            return false;
        char16_t units[longest];
        for (std::size_t i = 0; i < raw->bytes.size(); ++i)
            units[i] = char16_t(raw->bytes[i]);
        out = JsonFormat::dateTimeFromText(QStringView(units, qsizetype(raw->bytes.size())));
        return out.isValid();
    }

    template <typename E> bool choice(std::optional<E>& out, bool nullable = true)
    {
        if (nullable && null())
            return true;
        const auto raw = m_in.string();
        if (!raw || raw->escaped)
            return false;
        out = keyIn<E>(raw->bytes);
        return out.has_value();
    }

    template <typename E> bool keySet(EnumSet<E>& out)
    {
        return readArray(m_in, [this, &out] {
            const auto raw = m_in.string();
            if (!raw || raw->escaped)
                return false;
            const auto value = keyIn<E>(raw->bytes);
            if (!value || out.contains(*value))
                return false;
            out.insert(*value);
            return true;
        });
    }

    // Tags: declines anything the checked reader would refuse or change (a label with white
    // space around it, a bad or repeated label), so that reader names the problem.
    bool labels(QStringList& out)
    {
        return readArray(m_in, [this, &out] {
            QString label;
            if (!text(label, false) || !Tags::isClean(label))
                return false;
            out << label;
            return Tags::firstRepeat(out) < 0;
        });
    }

    template <typename E> bool vocabulary(std::optional<E>& out) { return choice(out); }
    template <typename E> bool vocabulary(EnumSet<E>& out) { return keySet(out); }

    bool number(std::optional<int>& out, int max)
    {
        if (null())
            return true;
        const auto n = m_in.wholeNumber();
        if (!n || *n > max)
            return false;
        out = int(*n);
        return true;
    }

    bool boolean(std::optional<bool>& out)
    {
        if (null())
            return true;
        if (m_in.takeWord("true"))
            out = true;
        else if (m_in.takeWord("false"))
            out = false;
        else
            return false;
        return true;
    }

private:
    template <typename E> static std::optional<E> keyIn(std::string_view bytes)
    {
        const auto& keys = VocabularyKeys<E>::keys;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == bytes)
                return E(i);
        }
        return std::nullopt;
    }

    Cursor& m_in;
};

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

bool readEntry(Cursor& in, Entry& e)
{
    Values v(in);
    std::uint32_t seen = 0;
    const bool read = readObject(in, entryFieldKeys, seen, [&](std::size_t key) {
        return visitField(key, [&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::Value;
            T& value = field.of(e);
            if constexpr (std::is_same_v<T, QStringList>)
                return v.labels(value);
            else if constexpr (std::is_same_v<T, QDateTime>)
                return v.timestamp(value, !field.required);
            else if constexpr (isVocabularyValue<T> || isVocabularySet<T>)
                return v.vocabulary(value);
            else if constexpr (std::is_same_v<T, std::optional<int>>)
                return v.number(value, field.max);
            else if constexpr (std::is_same_v<T, std::optional<bool>>)
                return v.boolean(value);
            else if (field.kind == FieldKind::Id)
                return v.id(value, !field.required);
            else
                return v.text(value);
        });
    });
    return read && (seen & requiredEntryKeys) == requiredEntryKeys &&
           e.validate(Entry::Completeness::Complete).has_value();
}

bool readCheckIn(Cursor& in, CheckIn& c)
{
    using K = JsonKeys::CheckIn;
    Values v(in);
    std::uint32_t seen = 0;
    const bool read = readObject(in, JsonKeys::checkIn, seen, [&](std::size_t key) {
        switch (K(key)) {
        case K::Id:
            return v.id(c.id, false);
        case K::TakenAt:
            return v.timestamp(c.takenAt, false);
        case K::Instrument: {
            std::optional<Instrument> instrument;
            if (!v.choice(instrument, false))
                return false;
            c.instrument = *instrument;
            return true;
        }
        case K::Answers:
            return readArray(
                in,
                [&] {
                    std::optional<int> answer;
                    if (!v.number(answer, CheckIn::maxAnswer) || !answer)
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

bool readPartner(Cursor& in, Partner& p)
{
    using K = JsonKeys::Partner;
    Values v(in);
    std::uint32_t seen = 0;
    const bool read = readObject(in, JsonKeys::partner, seen, [&](std::size_t key) {
        return K(key) == K::Id ? v.id(p.id, false) : v.text(p.label, false);
    });
    return read && seen == (bitOf(K::Id) | bitOf(K::Label)) && !p.label.trimmed().isEmpty();
}

// Reads a top-level list of records with `readOne`, declining on a repeated id.
template <typename T, typename ReadOne>
bool readList(Cursor& in, QList<T>& out, QSet<QString>& ids, ReadOne readOne)
{
    return readArray(in, [&] {
        T item;
        if (!readOne(in, item) || ids.contains(item.id))
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

} // namespace

std::optional<JournalDocument> read(QByteArrayView json)
{
    using K = JsonKeys::Document;
    Cursor in(json);
    Values v(in);
    JournalDocument d;
    QSet<QString> partnerIds;
    QSet<QString> entryIds;
    QSet<QString> checkInIds;
    std::uint32_t seen = 0;
    const bool read = readObject(in, JsonKeys::document, seen, [&](std::size_t key) {
        switch (K(key)) {
        case K::Format: {
            const auto raw = in.string();
            return raw && !raw->escaped && raw->bytes == JsonFormat::formatName;
        }
        case K::Version:
            return in.wholeNumber() == JournalDocument::formatVersion;
        case K::ExportedAt:
            return v.timestamp(d.exportedAt, true);
        case K::Partners:
            return readList(in, d.partners, partnerIds, readPartner);
        case K::Entries:
            return readList(in, d.entries, entryIds, readEntry);
        case K::CheckIns:
            return readList(in, d.checkIns, checkInIds, readCheckIn);
        case K::SafetyPlan:
            // Rare and small: the checked reader takes files that carry a safety plan.
            return false;
        }
        return false;
    });
    const std::uint32_t required = bitOf(K::Format) | bitOf(K::Version);
    if (!read || (seen & required) != required || !in.atEnd() || !consistent(d, partnerIds))
        return std::nullopt;
    return d;
}

} // namespace aftercare::core::JsonDirectReader
