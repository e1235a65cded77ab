// The one table of an Entry's fields: for each, its JSON key, database column, CSV header, kind,
// whether a record or a finished reflection needs it, how the CLI names it, and the member that
// holds it. Storage, JSON (export, import, drafts), CSV and the CLI's text walk this table, so
// adding a field is: the member in Entry, a row here, a migration, the UI.
#pragma once

#include "core/model/Entry.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace aftercare::core {

// What a field holds; it decides how each format spells the value.
enum class FieldKind
{
    Id,         // a UUID (QString); empty for none
    Time,       // QDateTime with its UTC offset
    Vocabulary, // std::optional of one vocabulary value, spelled by its key
    Set,        // EnumSet of vocabulary values (JSON: a list of keys; columns and CSV: "a;b")
    Number,     // std::optional<int> from 0 to `max`
    YesNo,      // std::optional<bool>
    Text,       // free text the user wrote
    Labels      // QStringList of the user's own labels (tags; core/model/Tags.h)
};

// Where the store keeps a field: a column of `entries`, or rows of a link table (a set of labels
// the user names, such as tags, that a ';'-joined column cannot index). Row-by-row storage code
// only binds Column fields; a LinkTable field's rows are written next to the row (TagTable) and
// read back through one extra column of the SELECT (EntryRow).
enum class FieldStorage
{
    Column,
    LinkTable
};

template <typename T> inline constexpr bool isVocabularyValue = false;
template <typename E> inline constexpr bool isVocabularyValue<std::optional<E>> = std::is_enum_v<E>;
template <typename T> inline constexpr bool isVocabularySet = false;
template <typename E> inline constexpr bool isVocabularySet<EnumSet<E>> = true;

template <typename T> constexpr FieldKind kindOf()
{
    if constexpr (std::is_same_v<T, QDateTime>)
        return FieldKind::Time;
    else if constexpr (isVocabularyValue<T>)
        return FieldKind::Vocabulary;
    else if constexpr (isVocabularySet<T>)
        return FieldKind::Set;
    else if constexpr (std::is_same_v<T, std::optional<int>>)
        return FieldKind::Number;
    else if constexpr (std::is_same_v<T, std::optional<bool>>)
        return FieldKind::YesNo;
    else if constexpr (std::is_same_v<T, QStringList>)
        return FieldKind::Labels;
    else {
        static_assert(std::is_same_v<T, QString>, "a field type the table does not know");
        return FieldKind::Text;
    }
}

// One row of the table. Built with entryField() and its chained setters below, so each row
// reads as a sentence and a wrong kind for a member's type does not compile.
template <typename T> struct EntryField
{
    using Value = T;

    T Entry::*member;
    std::string_view key;       // JSON member name
    std::string_view column;    // column of the entries table
    std::string_view csvHeader; // CSV column header
    // How the CLI's `show` names it: a string literal, marked with QT_TRANSLATE_NOOP("Cli", …)
    // where the CLI translates it (labels that are the key itself stay as they are).
    std::string_view label;
    FieldKind kind = kindOf<T>();
    FieldStorage storage = FieldStorage::Column;
    // A record is not a record without it: import refuses the entry when it is missing.
    bool required = false;
    // 1..5: one of the five self-reflection questions a finished reflection needs answered.
    int question = 0;
    int max = 0; // Number: the largest value allowed (the smallest is 0)
    // Kept by the store (created_at, updated_at): set on save, read back as instants in UTC.
    bool storeStamp = false;
    // Time: the column of its sortable twin (milliseconds since 1970 UTC) that ranges and
    // ordering use; empty when it has none.
    std::string_view sortTwin = {};
    // An update leaves the stored value as it was.
    bool keptOnUpdate = false;
    // Names one of the journal's partners (an Id that must match a partner).
    bool namesPartner = false;

    const T& of(const Entry& entry) const { return entry.*member; }
    T& of(Entry& entry) const { return entry.*member; }

    constexpr EntryField asId() const
    {
        static_assert(std::is_same_v<T, QString>);
        EntryField f = *this;
        f.kind = FieldKind::Id;
        return f;
    }
    constexpr EntryField isRequired() const
    {
        EntryField f = *this;
        f.required = true;
        return f;
    }
    constexpr EntryField asQuestion(int number) const
    {
        static_assert(isVocabularyValue<T>);
        EntryField f = *this;
        f.question = number;
        return f;
    }
    constexpr EntryField upTo(int largest) const
    {
        static_assert(std::is_same_v<T, std::optional<int>>);
        EntryField f = *this;
        f.max = largest;
        return f;
    }
    constexpr EntryField keptByStore() const
    {
        static_assert(std::is_same_v<T, QDateTime>);
        EntryField f = *this;
        f.storeStamp = true;
        return f;
    }
    constexpr EntryField withSortTwin(std::string_view column) const
    {
        static_assert(std::is_same_v<T, QDateTime>);
        EntryField f = *this;
        f.sortTwin = column;
        return f;
    }
    constexpr EntryField unchangedByUpdate() const
    {
        EntryField f = *this;
        f.keptOnUpdate = true;
        return f;
    }
    constexpr EntryField inLinkTable() const
    {
        static_assert(std::is_same_v<T, QStringList>);
        EntryField f = *this;
        f.storage = FieldStorage::LinkTable;
        return f;
    }
    constexpr EntryField partnerReference() const
    {
        EntryField f = asId();
        f.namesPartner = true;
        return f;
    }
};

// A row whose JSON key, column and CSV header are all `key` (true of every field today).
template <typename T>
constexpr EntryField<T> entryField(T Entry::*member, std::string_view key, std::string_view label)
{
    return EntryField<T>{member, key, key, key, label};
}

// The table, in the order every format writes the fields.
inline constexpr auto entryFields = std::make_tuple(
    entryField(&Entry::id, "id", "id").asId().isRequired(),
    entryField(&Entry::occurredAt, "occurred_at", "when")
        .isRequired()
        .withSortTwin("occurred_utc_ms"),
    entryField(&Entry::createdAt, "created_at", "written")
        .keptByStore()
        .withSortTwin("created_utc_ms")
        .unchangedByUpdate(),
    entryField(&Entry::updatedAt, "updated_at", QT_TRANSLATE_NOOP("Cli", "last changed"))
        .keptByStore(),
    entryField(&Entry::timing, "timing", "timing"),
    entryField(&Entry::tears, "tears", "tears").asQuestion(5),
    entryField(&Entry::tension, "tension", "tension").asQuestion(1),
    entryField(&Entry::traumaReliving, "trauma_reliving",
               QT_TRANSLATE_NOOP("Cli", "reliving trauma"))
        .asQuestion(2),
    entryField(&Entry::responseKind, "response_kind", QT_TRANSLATE_NOOP("Cli", "felt like"))
        .asQuestion(3),
    entryField(&Entry::thoughts, "thoughts", "thoughts").asQuestion(4),
    entryField(&Entry::thoughtsText, "thoughts_text",
               QT_TRANSLATE_NOOP("Cli", "what I was thinking")),
    entryField(&Entry::emotions, "emotions", "emotions"),
    entryField(&Entry::reasons, "reasons", QT_TRANSLATE_NOOP("Cli", "possible reasons")),
    entryField(&Entry::pain, "pain", "pain").upTo(Entry::maxPain),
    entryField(&Entry::depressionSigns, "depression_signs",
               QT_TRANSLATE_NOOP("Cli", "signs of low mood")),
    entryField(&Entry::postpartum, "postpartum", QT_TRANSLATE_NOOP("Cli", "after a birth")),
    entryField(&Entry::bother, "bother", QT_TRANSLATE_NOOP("Cli", "how much it bothers me"))
        .upTo(Entry::maxBother),
    entryField(&Entry::partnerId, "partner_id", "partner").partnerReference(),
    entryField(&Entry::partnerResponse, "partner_response",
               QT_TRANSLATE_NOOP("Cli", "partner's response")),
    entryField(&Entry::limitsRespected, "limits_respected",
               QT_TRANSLATE_NOOP("Cli", "limits respected")),
    entryField(&Entry::notes, "notes", "notes"),
    // Last, so files and CSV of journals without tags look as before (and JSON leaves the key
    // out when there are none: older versions, which refuse unknown keys, still read them).
    entryField(&Entry::tags, "tags", "tags").inLinkTable());

inline constexpr std::size_t entryFieldCount = std::tuple_size_v<decltype(entryFields)>;

// Calls `visit(field)` for each row, in table order; the calls are unrolled at compile time, so
// a loop over the table costs what the hand-written list of fields did.
template <typename Visit> constexpr void forEachField(Visit&& visit)
{
    std::apply([&visit](const auto&... field) { (visit(field), ...); }, entryFields);
}

// Returns `visit(field)` (a bool) for row `index`, a key found at run time; false when there is
// no such row.
template <typename Visit> constexpr bool visitField(std::size_t index, Visit&& visit)
{
    bool result = false;
    std::apply(
        [&](const auto&... field) {
            std::size_t i = 0;
            ((i++ == index ? (result = visit(field), true) : false) || ...);
        },
        entryFields);
    return result;
}

// The JSON keys in table order (for readers that look a key up, and for messages that list them).
inline constexpr std::array<std::string_view, entryFieldCount> entryFieldKeys =
    std::apply([](const auto&... field) { return std::array{field.key...}; }, entryFields);

} // namespace aftercare::core
