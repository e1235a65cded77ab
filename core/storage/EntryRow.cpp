#include "core/storage/EntryRow.h"

#include "core/model/EntryFields.h"

#include "core/storage/Statement.h"
#include "core/storage/StoredTime.h"
#include "core/storage/TagTable.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

namespace aftercare::core::EntryRow {

namespace {

// Keys, sets and times are ASCII made from constant tables and digits: they are bound straight
// from the stack, without building a QString for each one (it adds up over a bulk import).
template <typename E> void bindKey(Statement& s, int index, const std::optional<E>& value)
{
    if (value)
        s.bindStaticUtf8(index, VocabularyKeys<E>::keys.at(std::size_t(*value)));
    else
        s.bindNull(index);
}

template <typename E> void bindSet(Statement& s, int index, const EnumSet<E>& set)
{
    std::array<char, 1024> text;
    std::size_t size = 0;
    std::string_view only; // the one key of a set of one, bound from the table itself
    int count = 0;
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
        only = key;
        ++count;
    }
    if (count == 0)
        s.bindStaticUtf8(index, std::string_view(""));
    else if (count == 1)
        s.bindStaticUtf8(index, only);
    else
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

Error notUnderstood(const QString& id, std::string_view field, const QString& value)
{
    return Error(Error::Kind::Damaged,
                 QStringLiteral("Entry %1 holds a value this version of Aftercare does not "
                                "understand (%2: \"%3\"). If the journal came from a newer "
                                "version, update Aftercare; otherwise restore a backup.")
                     .arg(id, QLatin1StringView(field.data(), qsizetype(field.size())), value));
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
    Reader(const Statement& row, const Entry& entry) : m_row(row), m_entry(entry) {}

    QString text() { return m_row.text(m_col++); }
    QString text(RepeatedTexts* shared)
    {
        return shared ? shared->get(m_row.utf8(m_col++)) : text();
    }
    std::optional<int> optionalInt() { return m_row.optionalInt(m_col++); }

    std::optional<bool> yesNo()
    {
        const auto value = optionalInt();
        return value ? std::optional<bool>(*value != 0) : std::nullopt;
    }

    QDateTime time(std::string_view field, StoredTime::Offset offset)
    {
        const std::string_view raw = m_row.utf8(m_col++);
        QDateTime value = StoredTime::fromUtf8(raw, offset);
        if (!value.isValid())
            remember(field, raw);
        return value;
    }

    template <typename E> std::optional<E> key(std::string_view field)
    {
        const std::string_view raw = m_row.utf8(m_col++);
        if (raw.data() == nullptr) // NULL; an empty text has a non-null pointer
            return std::nullopt;
        const auto value = keyFromUtf8<E>(raw);
        if (!value)
            remember(field, raw);
        return value;
    }

    template <typename E> void set(std::string_view field, EnumSet<E>& out)
    {
        std::string_view rest = m_row.utf8(m_col++);
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
    }

    // Tag ids, comma-separated (NULL for none), as the labels they name.
    QStringList labels(std::string_view field, const QHash<qint64, QString>& byId)
    {
        std::string_view rest = m_row.utf8(m_col++);
        QStringList out;
        while (!rest.empty()) {
            const std::size_t end = std::min(rest.find(','), rest.size());
            const std::string_view part = rest.substr(0, end);
            rest.remove_prefix(std::min(end + 1, rest.size()));
            qint64 id = 0;
            const auto [last, error] = std::from_chars(part.data(), part.data() + part.size(), id);
            const auto label = byId.constFind(id);
            if (error != std::errc() || last != part.data() + part.size() ||
                label == byId.constEnd())
                remember(field, part);
            else
                out << *label;
        }
        return out;
    }

    const std::optional<Error>& problem() const { return m_problem; }

private:
    void remember(std::string_view field, std::string_view value)
    {
        if (!m_problem)
            m_problem = notUnderstood(m_entry.id, field,
                                      QString::fromUtf8(value.data(), qsizetype(value.size())));
    }

    const Statement& m_row;
    const Entry& m_entry; // its id names the row in messages
    int m_col = 0;
    std::optional<Error> m_problem;
};

template <typename T> using ValueOf = typename std::decay_t<T>::Value;

template <typename Field> constexpr bool inColumn(const Field& field)
{
    return field.storage == FieldStorage::Column;
}

// The row's own key: the entry's id (not an id naming another record).
template <typename Field> constexpr bool isRowKey(const Field& field)
{
    return field.kind == FieldKind::Id && !field.namesPartner;
}

struct Sql
{
    QByteArray select, insert, update;
};

const Sql& sql()
{
    static const Sql built = [] {
        QByteArray select, columns, values, set, where;
        int index = 0;
        const auto add = [&](std::string_view column, bool keptOnUpdate, bool key) {
            const QByteArray name(column.data(), qsizetype(column.size()));
            const QByteArray param = '?' + QByteArray::number(++index);
            columns += (columns.isEmpty() ? "" : ", ") + name;
            values += (values.isEmpty() ? "" : ", ") + param;
            if (key)
                where = " WHERE " + name + " = " + param;
            else if (!keptOnUpdate)
                set += (set.isEmpty() ? "" : ", ") + name + " = " + param;
        };
        forEachField([&](const auto& field) {
            if (!inColumn(field)) {
                // The one link-table field, tags (a QStringList): read with the row, written by
                // TagTable.
                select += QByteArray(", ") + TagTable::idsColumn();
                return;
            }
            const QByteArray column(field.column.data(), qsizetype(field.column.size()));
            select += (select.isEmpty() ? "e." : ", e.") + column;
            add(field.column, field.keptOnUpdate, isRowKey(field));
            if (!field.sortTwin.empty())
                add(field.sortTwin, field.keptOnUpdate, false);
        });
        return Sql{select, "INSERT INTO entries (" + columns + ") VALUES (" + values + ")",
                   "UPDATE entries SET " + set + where};
    }();
    return built;
}

} // namespace

const char* selectColumns()
{
    return sql().select.constData();
}

const char* insertSql()
{
    return sql().insert.constData();
}

const char* updateSql()
{
    return sql().update.constData();
}

void bind(Statement& s, const Entry& e)
{
    int index = 0;
    forEachField([&](const auto& field) {
        using T = ValueOf<decltype(field)>;
        if constexpr (std::is_same_v<T, QStringList>) {
            return; // a link table's rows, written by TagTable
        } else {
            const T& value = field.of(e);
            ++index;
            if constexpr (std::is_same_v<T, QDateTime>) {
                bindTime(s, index, value);
                if (!field.sortTwin.empty())
                    s.bind(++index, StoredTime::utcMs(value));
            } else if constexpr (isVocabularyValue<T>) {
                bindKey(s, index, value);
            } else if constexpr (isVocabularySet<T>) {
                bindSet(s, index, value);
            } else if constexpr (std::is_same_v<T, std::optional<int>>) {
                s.bindOptional(index, value);
            } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
                if (value)
                    s.bind(index, *value ? 1 : 0);
                else
                    s.bindNull(index);
            } else if (field.kind == FieldKind::Id && !isRowKey(field)) {
                s.bindOptional(index, value); // no partner: NULL
            } else {
                s.bind(index, value);
            }
        }
    });
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

Result<Entry> read(const Statement& row, const QHash<qint64, QString>& tagLabels,
                   RepeatedTexts* partnerIds)
{
    Entry e;
    Reader r(row, e);
    forEachField([&](const auto& field) {
        using T = ValueOf<decltype(field)>;
        T& value = field.of(e);
        if constexpr (std::is_same_v<T, QStringList>) {
            value = r.labels(field.key, tagLabels);
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            // The episode keeps the offset it happened at; the store's own stamps are instants.
            value = r.time(field.column,
                           field.storeStamp ? StoredTime::Offset::Utc : StoredTime::Offset::Keep);
        } else if constexpr (isVocabularyValue<T>) {
            value = r.template key<typename T::value_type>(field.column);
        } else if constexpr (isVocabularySet<T>) {
            r.set(field.column, value);
        } else if constexpr (std::is_same_v<T, std::optional<int>>) {
            value = r.optionalInt();
        } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
            value = r.yesNo();
        } else {
            value = r.text(field.namesPartner ? partnerIds : nullptr);
        }
    });
    if (r.problem())
        return std::unexpected(*r.problem());
    return e;
}

} // namespace aftercare::core::EntryRow
