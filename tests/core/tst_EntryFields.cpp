// The field table (core/model/EntryFields.h) is the one place an entry's fields are described:
// every member of Entry is in it, and every field in it survives storage, JSON (checked and
// direct readers), drafts and CSV, each on its own so two fields cannot be swapped unnoticed.
#include "core/exchange/CsvFormat.h"
#include "core/exchange/JsonFormat.h"
#include "core/model/EntryFields.h"
#include "core/storage/DraftCodec.h"
#include "core/storage/EntryRow.h"
#include "tests/core/StoreTestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <utility>

using namespace aftercare::core;
using namespace aftercare::test;

Q_DECLARE_METATYPE(aftercare::core::Entry)

namespace {

// Counts the members of an aggregate: the largest N for which `T{m1, …, mN}` compiles, with
// each mN a value that converts to any type. A member added to Entry raises the count, so
// memberCountMatchesTheTable fails until the new member has its row in the table.
struct AnyMember
{
    template <typename T> operator T() const; // only ever used unevaluated
};

template <typename T, std::size_t... I> constexpr bool bracesFrom(std::index_sequence<I...>)
{
    return requires
    {
        T{(void(I), AnyMember{})...};
    };
}

template <typename T, std::size_t N = 0> constexpr std::size_t memberCount()
{
    if constexpr (!bracesFrom<T>(std::make_index_sequence<N + 1>()))
        return N;
    else
        return memberCount<T, N + 1>();
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

const QString kPartnerId = QStringLiteral("5b0d8f3e-2c4a-4f1b-9e7d-3a6c1b2d4e5f");

// The last value of a vocabulary: never what a default-constructed entry or completeEntry()
// holds, so a field that is dropped on the way shows.
template <typename E> E lastValue()
{
    return allValues<E>().back();
}

// `e` with `field` set to a value that differs from the base entry's.
template <typename Field> void setOther(Entry& e, const Field& field)
{
    using T = typename Field::Value;
    T& value = field.of(e);
    if constexpr (std::is_same_v<T, QDateTime>) {
        // Milliseconds and an unusual offset catch lossy storage; the store's own stamps come
        // back in UTC, which is the same instant.
        value = QDateTime(QDate(2024, 2, 29), QTime(3, 4, 5, 678), Qt::OffsetFromUTC,
                          -(9 * 3600 + 1800));
    } else if constexpr (isVocabularyValue<T>) {
        value = lastValue<typename T::value_type>();
    } else if constexpr (isVocabularySet<T>) {
        value = {};
        for (auto v : allValues<typename T::value_type>())
            value.insert(v);
    } else if constexpr (std::is_same_v<T, std::optional<int>>) {
        value = field.max;
    } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
        value = !value.value_or(false);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        // Labels in the order added, none the first (a sorted store would swap them).
        value = {QStringLiteral("Zzz, \"quoted\" tag"), QStringLiteral("ünïcödé 🌙")};
    } else if (field.namesPartner) {
        value = kPartnerId;
    } else if (field.kind == FieldKind::Id) {
        value = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    } else {
        value = QStringLiteral("Text with, a comma; \"quotes\", ünïcödé\nand a second line");
    }
}

Entry baseEntry()
{
    Entry e = completeEntry(QDateTime(QDate(2025, 1, 2), QTime(21, 0), Qt::OffsetFromUTC, 3600));
    e.id = QStringLiteral("3e1a6c92-7f4d-4a0b-83e5-8d9f0a1b2c3d");
    e.createdAt = QDateTime(QDate(2025, 1, 3), QTime(8, 0), Qt::UTC);
    e.updatedAt = e.createdAt;
    return e;
}

// A CSV row read back through the table, the way a spreadsheet user's tool would.
Entry fromCsv(const QStringList& header, const QStringList& row)
{
    Entry e;
    forEachField([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::Value;
        const QString cell = row.value(header.indexOf(latin1(field.csvHeader)));
        T& value = field.of(e);
        if constexpr (std::is_same_v<T, QDateTime>) {
            value = JsonFormat::dateTimeFromText(cell);
        } else if constexpr (isVocabularyValue<T>) {
            value = fromKey<typename T::value_type>(cell);
        } else if constexpr (isVocabularySet<T>) {
            value = T::fromKeys(cell.split(u';', Qt::SkipEmptyParts)).value();
        } else if constexpr (std::is_same_v<T, std::optional<int>>) {
            if (!cell.isEmpty())
                value = cell.toInt();
        } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
            if (!cell.isEmpty())
                value = cell == u"true";
        } else if constexpr (std::is_same_v<T, QStringList>) {
            value = cell.split(u"; "_qs, Qt::SkipEmptyParts);
        } else {
            value = cell;
        }
    });
    return e;
}

// Same instants are not enough: an episode's time must keep its offset everywhere.
void compareOffsets(const Entry& actual, const Entry& expected)
{
    forEachField([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::Value;
        if constexpr (std::is_same_v<T, QDateTime>) {
            if (!field.storeStamp)
                QCOMPARE(field.of(actual).offsetFromUtc(), field.of(expected).offsetFromUtc());
        }
    });
}

} // namespace

class TestEntryFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memberCountMatchesTheTable()
    {
        static_assert(memberCount<Entry>() == entryFieldCount,
                      "every member of Entry needs its row in core/model/EntryFields.h");
        QCOMPARE(memberCount<Entry>(), entryFieldCount);
    }

    void namesAreUnique()
    {
        QSet<QString> keys, columns, headers;
        forEachField([&](const auto& field) {
            keys.insert(latin1(field.key));
            columns.insert(latin1(field.column));
            headers.insert(latin1(field.csvHeader));
            QVERIFY2(!field.label.empty(), field.key.data());
        });
        QCOMPARE(qsizetype(keys.size()), qsizetype(entryFieldCount));
        QCOMPARE(qsizetype(columns.size()), qsizetype(entryFieldCount));
        QCOMPARE(qsizetype(headers.size()), qsizetype(entryFieldCount));
    }

    void formatsFollowTheTable()
    {
        // JSON writes the table's keys in its order; CSV its headers (plus the partner's label).
        QStringList keys;
        for (std::string_view key : entryFieldKeys)
            keys << latin1(key);
        // (Tags are written only when there are some.)
        Entry tagged = baseEntry();
        tagged.tags = {u"a tag"_qs};
        QCOMPARE(JsonFormat::entryToJson(tagged).keys().size(), keys.size());
        QCOMPARE(JsonFormat::entryToJson(baseEntry()).keys().size(), keys.size() - 1);
        const QByteArray json = JsonFormat::entryToJsonBytes(tagged);
        qsizetype at = 0;
        for (const QString& key : keys) {
            const qsizetype found = json.indexOf('"' + key.toLatin1() + "\":", at);
            QVERIFY2(found >= at, qPrintable(key));
            at = found;
        }
        QStringList headers = keys;
        headers.insert(headers.indexOf(u"partner_id"_qs) + 1, u"partner_label"_qs);
        QCOMPARE(CsvFormat::header(), headers);
        // The store's INSERT names every column and each sortable twin once; a link table's
        // field (tags) has no column.
        const QString insert = QString::fromLatin1(EntryRow::insertSql());
        forEachField([&](const auto& field) {
            const QString key = latin1(field.key);
            QCOMPARE(insert.contains(QRegularExpression(u"[ (]"_qs + key + u"[,)]"_qs)),
                     field.storage == FieldStorage::Column);
        });
        QVERIFY(insert.contains(u"occurred_utc_ms, created_at, created_utc_ms"_qs));
        QVERIFY(!QByteArray(EntryRow::updateSql()).contains("created_"));
    }

    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<Entry>("entry");
        QTest::newRow("all fields") << [] {
            Entry e = baseEntry();
            forEachField([&](const auto& field) {
                if (field.kind != FieldKind::Id || field.namesPartner)
                    setOther(e, field);
            });
            return e;
        }();
        forEachField([](const auto& field) {
            Entry e = baseEntry();
            setOther(e, field);
            QVERIFY(!(e == baseEntry()));
            QTest::newRow(field.key.data()) << e;
        });
    }

    void everyFieldRoundTrips()
    {
        QFETCH(Entry, entry);
        const Partner partner{kPartnerId, QStringLiteral("Sam")};

        // Storage: import keeps every value as given, the store reads it back.
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store->importAll({partner}, {entry}, {}));
        const Entry stored = store->entry(entry.id).value();
        QCOMPARE(stored, entry);
        compareOffsets(stored, entry);
        QCOMPARE(store->entries().value(), QList<Entry>{entry});

        // JSON: one entry, and a whole document through both readers.
        const Entry fromJson = JsonFormat::entryFromJson(JsonFormat::entryToJson(entry)).value();
        QCOMPARE(fromJson, entry);
        compareOffsets(fromJson, entry);
        JournalDocument document;
        document.partners = {partner};
        document.entries = {entry};
        const QByteArray file = JsonFormat::writeDocument(document);
        const JournalDocument read = JsonFormat::readDocument(file).value();
        QCOMPARE(read.entries, document.entries);
        compareOffsets(read.entries.value(0), entry);
        QCOMPARE(JsonFormat::readCheckedDocument(file).value().entries, document.entries);

        // Drafts: the codec, and a draft kept by the store.
        const Entry fromDraft = DraftCodec::decode(DraftCodec::encode(entry)).value();
        QCOMPARE(fromDraft, entry);
        compareOffsets(fromDraft, entry);
        QVERIFY(store->saveDraft(Draft{entry, 3, entry.createdAt}));
        QCOMPARE(store->draft().value().value().entry, entry);

        // CSV: written, split, and read back through the table.
        const QList<QStringList> rows = CsvFormat::parse(CsvFormat::write({entry}, {partner}));
        QCOMPARE(rows.size(), 2);
        const Entry fromCsvRow = fromCsv(rows[0], rows[1]);
        QCOMPARE(fromCsvRow, entry);
        compareOffsets(fromCsvRow, entry);
        if (!entry.partnerId.isEmpty())
            QCOMPARE(rows[1].value(rows[0].indexOf(u"partner_label"_qs)), partner.label);
    }

    void draftsNeedNoField()
    {
        // A reflection just started: no id yet, nothing answered.
        Entry empty;
        QCOMPARE(DraftCodec::decode(DraftCodec::encode(empty)).value(), empty);
        // Drafts kept before drafts used the export's mapping still read.
        const QByteArray old =
            R"({"id":"","notes":"started","occurred_at":"2025-01-07T21:00:00.000Z",)"
            R"("partner_id":"","tension":"unchanged"})";
        const Entry e = DraftCodec::decode(old).value();
        QCOMPARE(e.notes, u"started"_qs);
        QCOMPARE(e.tension, Tension::Unchanged);
        QCOMPARE(e.occurredAt, QDateTime(QDate(2025, 1, 7), QTime(21, 0), Qt::UTC));
        QVERIFY(e.id.isEmpty());
        QVERIFY(e.partnerId.isEmpty());
    }

    void loneSurrogateReadsBackAsStored()
    {
        // "\ud83d" without its second half is not a character; it is read as U+FFFD, which is
        // what the writer stores for it, so the draft reads back the same after saving.
        const Entry e = DraftCodec::decode(R"({"notes":"a\ud83db","id":"x\udc00"})").value();
        QCOMPARE(e.notes, u"a\uFFFDb"_qs);
        QCOMPARE(e.id, u"x\uFFFD"_qs);
        QCOMPARE(DraftCodec::decode(DraftCodec::encode(e)).value(), e);

        // Tag labels are texts too.
        const Entry tagged = DraftCodec::decode(R"({"tags":["tired\ud83d"]})").value();
        QCOMPARE(tagged.tags, QStringList{u"tired\uFFFD"_qs});
        QCOMPARE(DraftCodec::decode(DraftCodec::encode(tagged)).value(), tagged);

        // The draft fuzz target's find: an id with a lone surrogate and control characters.
        QFile found(
            QStringLiteral(AFTERCARE_TEST_DATA_DIR
                           "/../fuzz/corpus/fuzz_DraftCodec/regression-lone-surrogate.json"));
        QVERIFY(found.open(QIODevice::ReadOnly));
        const Entry fromFile = DraftCodec::decode(found.readAll()).value();
        QVERIFY(fromFile.id.contains(QChar(QChar::ReplacementCharacter)));
        QCOMPARE(DraftCodec::decode(DraftCodec::encode(fromFile)).value(), fromFile);
    }

    void damagedDraftNamesTheField()
    {
        const auto decoded = DraftCodec::decode(R"({"tension":"sideways"})");
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().kind(), Error::Kind::Damaged);
        QVERIFY2(decoded.error().message().contains(u"tension: \"sideways\" is not one of"),
                 qPrintable(decoded.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestEntryFields)
#include "tst_EntryFields.moc"
