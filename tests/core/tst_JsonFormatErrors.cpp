// What reading refuses: each damaged document is reported with its JSON path and what is
// allowed, malformed JSON with its line and column.
#include "core/exchange/JsonFormat.h"
#include "tests/core/JsonFormatTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

// Applies `change` to element `index` of the top-level list `list`.
void editItem(QJsonObject& top, const QString& list, int index,
              const std::function<void(QJsonObject&)>& change)
{
    QJsonArray array = top.value(list).toArray();
    QJsonObject item = array.at(index).toObject();
    change(item);
    array[index] = item;
    top[list] = array;
}

std::function<void(QJsonObject&)> setEntry(int index, const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& top) {
        editItem(top, QStringLiteral("entries"), index, [&](QJsonObject& o) { o[key] = value; });
    };
}

std::function<void(QJsonObject&)> removeEntryKey(int index, const QString& key)
{
    return [=](QJsonObject& top) {
        editItem(top, QStringLiteral("entries"), index, [&](QJsonObject& o) { o.remove(key); });
    };
}

std::function<void(QJsonObject&)> setCheckIn(int index, const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& top) {
        editItem(top, QStringLiteral("checkins"), index, [&](QJsonObject& o) { o[key] = value; });
    };
}

std::function<void(QJsonObject&)> setTop(const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& top) { top[key] = value; };
}

struct BadCase
{
    const char* name;
    std::function<void(QJsonObject&)> change;
    QString message;
};

const QString allEmotions = QStringLiteral(
    "joy, love, relief, calm, overwhelm, vulnerability, sadness, shame, guilt, anxiety, fear, "
    "irritability, confusion, disappointment, loneliness, emptiness");

const std::vector<BadCase>& badCases()
{
    static const std::vector<BadCase> cases = {
        {"enum value", setEntry(3, u"tension"_qs, u"bad"_qs),
         u"entries[3].tension: \"bad\" is not one of relieved, unchanged, worse"_qs},
        {"enum type", setEntry(2, u"tears"_qs, 2),
         u"entries[2].tears: expected one of none, few, session, got the number 2"_qs},
        {"pain range", setEntry(0, u"pain"_qs, 7), u"entries[0].pain: 7 is not between 0 and 3"_qs},
        {"bother negative", setEntry(4, u"bother"_qs, -1),
         u"entries[4].bother: -1 is not between 0 and 4"_qs},
        {"set member", setEntry(2, u"emotions"_qs, QJsonArray{u"joy"_qs, u"glee"_qs}),
         u"entries[2].emotions[1]: \"glee\" is not one of "_qs + allEmotions},
        {"set twice", setEntry(1, u"reasons"_qs, QJsonArray{u"pain"_qs, u"pain"_qs}),
         u"entries[1].reasons[1]: \"pain\" is listed twice"_qs},
        {"set not a list", setEntry(1, u"depression_signs"_qs, u"sadness"_qs),
         u"entries[1].depression_signs: expected a list of keys, got the text \"sadness\""_qs},
        {"whole number as text", setEntry(1, u"bother"_qs, u"2"_qs),
         u"entries[1].bother: expected a whole number, got the text \"2\""_qs},
        {"fraction", setEntry(1, u"pain"_qs, 1.5),
         u"entries[1].pain: expected a whole number, got the number 1.5"_qs},
        {"bool type", setEntry(0, u"postpartum"_qs, u"yes"_qs),
         u"entries[0].postpartum: expected true, false or null, got the text \"yes\""_qs},
        {"text type", setEntry(0, u"notes"_qs, QJsonArray{}),
         u"entries[0].notes: expected text, got a list"_qs},
        {"missing id", removeEntryKey(2, u"id"_qs), u"entries[2].id: required but missing"_qs},
        {"null id", setEntry(2, u"id"_qs, QJsonValue::Null),
         u"entries[2].id: required, but it is null"_qs},
        {"bad id", setEntry(2, u"id"_qs, u"0F8FAD5B-D9CB-469F-A165-70867728950E"_qs),
         u"entries[2].id: \"0F8FAD5B-D9CB-469F-A165-70867728950E\" is not an id; ids are "
         "lower-case UUIDs like 0f8fad5b-d9cb-469f-a165-70867728950e"_qs},
        {"null uuid", setEntry(2, u"id"_qs, u"00000000-0000-0000-0000-000000000000"_qs),
         u"entries[2].id: \"00000000-0000-0000-0000-000000000000\" is not an id; ids are "
         "lower-case UUIDs like 0f8fad5b-d9cb-469f-a165-70867728950e"_qs},
        {"misspelt key",
         [](QJsonObject& top) {
             editItem(top, u"entries"_qs, 2,
                      [](QJsonObject& o) { o[u"tensoin"_qs] = o.take(u"tension"_qs); });
         },
         u"entries[2]: unknown key \"tensoin\"; allowed keys are "_qs + allowedEntryKeys},
        {"missing occurred_at", removeEntryKey(1, u"occurred_at"_qs),
         u"entries[1].occurred_at: required but missing"_qs},
        {"timestamp without offset", setEntry(1, u"occurred_at"_qs, u"2026-11-26T21:30:00"_qs),
         u"entries[1].occurred_at: \"2026-11-26T21:30:00\" is not a date and time like "
         "2026-11-26T21:30:00+01:00 (ISO 8601 with its UTC offset)"_qs},
        {"unset answer", setEntry(3, u"thoughts"_qs, QJsonValue::Null),
         u"entries[3].thoughts: an answer is required to save a reflection"_qs},
        {"absent answer", removeEntryKey(3, u"tears"_qs),
         u"entries[3].tears: an answer is required to save a reflection"_qs},
        {"unknown entry key", setEntry(0, u"mood"_qs, 1),
         u"entries[0]: unknown key \"mood\"; allowed keys are "_qs + allowedEntryKeys},
        {"two unknown keys",
         [](QJsonObject& top) {
             editItem(top, u"entries"_qs, 1, [](QJsonObject& o) {
                 o[u"a"_qs] = 1;
                 o[u"b"_qs] = 2;
             });
         },
         u"entries[1]: unknown keys \"a\", \"b\"; allowed keys are "_qs + allowedEntryKeys},
        {"unknown top key", setTop(u"extra"_qs, true),
         u"unknown key \"extra\" at the top level; allowed keys are format, version, "
         "exported_at, partners, entries, checkins, safety_plan"_qs},
        {"format", setTop(u"format"_qs, u"diary"_qs),
         u"format: \"diary\" is not \"aftercare-journal\"; this does not look like an Aftercare "
         "journal export"_qs},
        {"missing format", [](QJsonObject& top) { top.remove(u"format"_qs); },
         u"format: required but missing"_qs},
        {"version", setTop(u"version"_qs, 2),
         u"version: 2 is not supported; this version of Aftercare reads version 1 only"_qs},
        {"version type", setTop(u"version"_qs, u"1"_qs),
         u"version: expected a whole number, got the text \"1\""_qs},
        {"entries type", setTop(u"entries"_qs, QJsonObject{}),
         u"entries: expected a list, got an object"_qs},
        {"entry not an object",
         [](QJsonObject& top) {
             QJsonArray a = top[u"entries"_qs].toArray();
             a[2] = 5;
             top[u"entries"_qs] = a;
         },
         u"entries[2]: expected an object, got the number 5"_qs},
        {"duplicate entry id", setEntry(5, u"id"_qs, u"00000000-0000-4000-8000-000000000002"_qs),
         u"entries[5].id: \"00000000-0000-4000-8000-000000000002\" appears twice in this file "
         "(first at entries[2])"_qs},
        {"unknown partner",
         setEntry(4, u"partner_id"_qs, u"11111111-2222-4333-8444-555555555555"_qs),
         u"entries[4].partner_id: \"11111111-2222-4333-8444-555555555555\" does not match any "
         "partner in this file's \"partners\" list"_qs},
        {"duplicate partner id",
         [](QJsonObject& top) {
             editItem(top, u"partners"_qs, 1, [](QJsonObject& o) {
                 o[u"id"_qs] = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_qs;
             });
         },
         u"partners[1].id: \"7c9e6679-7425-40de-944b-e07fc1f90ae7\" appears twice in this file "
         "(first at partners[0])"_qs},
        {"empty partner label",
         [](QJsonObject& top) {
             editItem(top, u"partners"_qs, 0, [](QJsonObject& o) { o[u"label"_qs] = u" "_qs; });
         },
         u"partners[0].label: a partner needs a label that is not empty"_qs},
        {"duplicate partner label",
         [](QJsonObject& top) {
             editItem(top, u"partners"_qs, 1, [](QJsonObject& o) { o[u"label"_qs] = u" sam"_qs; });
         },
         u"partners[1].label: \" sam\" is used twice in this file (first at partners[0]); each "
         "partner needs a label of their own"_qs},
        {"tags not a list", setEntry(2, u"tags"_qs, u"tired"_qs),
         u"entries[2].tags: expected a list of texts, got the text \"tired\""_qs},
        {"tag not a text", setEntry(2, u"tags"_qs, QJsonArray{u"a"_qs, 3}),
         u"entries[2].tags[1]: expected a text, got the number 3"_qs},
        {"empty tag", setEntry(2, u"tags"_qs, QJsonArray{u"  "_qs}),
         u"entries[2].tags[0]: a tag needs at least one character that is not a space; leave it "
         "out instead"_qs},
        {"tag too long",
         setEntry(2, u"tags"_qs,
                  QJsonArray{u"ok"_qs, u"12345678901234567890123456789012345678901"_qs}),
         u"entries[2].tags[1]: \"12345678901234567890123456789012345678901\" is longer than 40 "
         "characters; a short label works best"_qs},
        {"tag with a line break", setEntry(2, u"tags"_qs, QJsonArray{u"one\ntwo"_qs}),
         u"entries[2].tags[0]: \"one two\" holds a line break, tab or other control character; a "
         "tag is one short line"_qs},
        {"tag twice ignoring case",
         setEntry(0, u"tags"_qs, QJsonArray{u"Very tired"_qs, u" very TIRED"_qs}),
         u"entries[0].tags[1]: \"very TIRED\" is listed twice (tags are compared without regard "
         "to upper and lower case)"_qs},
        {"instrument", setCheckIn(1, u"instrument"_qs, u"phq2"_qs),
         u"checkins[1].instrument: \"phq2\" is not one of phq9, gad7"_qs},
        {"answer range", setCheckIn(0, u"answers"_qs, QJsonArray{0, 1, 4, 0, 0, 0, 0, 0, 0}),
         u"checkins[0].answers[2]: 4 is not between 0 and 3"_qs},
        {"answer count", setCheckIn(0, u"answers"_qs, QJsonArray{0, 1, 2, 0, 0, 0, 0, 0}),
         u"checkins[0].answers: phq9 needs exactly 9 answers, got 8"_qs},
        {"missing taken_at",
         [](QJsonObject& top) {
             editItem(top, u"checkins"_qs, 1, [](QJsonObject& o) { o.remove(u"taken_at"_qs); });
         },
         u"checkins[1].taken_at: required but missing"_qs},
        {"first problem wins",
         [](QJsonObject& top) {
             setEntry(4, u"pain"_qs, 9)(top);
             setEntry(1, u"tension"_qs, u"calm"_qs)(top);
             setEntry(1, u"bother"_qs, 9)(top);
         },
         u"entries[1].tension: \"calm\" is not one of relieved, unchanged, worse"_qs},
    };
    return cases;
}

} // namespace

class TestJsonFormatErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badDocumentsNameThePathAndWhatIsAllowed_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < badCases().size(); ++i)
            QTest::newRow(badCases()[i].name) << int(i);
    }
    void badDocumentsNameThePathAndWhatIsAllowed()
    {
        QFETCH(int, index);
        const BadCase& c = badCases()[std::size_t(index)];
        QJsonObject top = sampleJson();
        QVERIFY(JsonFormat::readDocument(QJsonDocument(top).toJson())); // valid before the change
        c.change(top);
        const auto result = JsonFormat::readDocument(QJsonDocument(top).toJson());
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(result.error().message(), c.message);
    }

    void malformedJsonNamesLineAndColumn()
    {
        const QByteArray json = "{\n  \"format\": \"aftercare-journal\",\n  \"version\": 1,\n"
                                "  \"entries\": [}\n}\n";
        const auto result = JsonFormat::readDocument(json);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        const QString message = result.error().message();
        QVERIFY2(message.startsWith(u"This is not valid JSON: "), qPrintable(message));
        QVERIFY2(message.contains(u"at line 4, column 16 (byte offset 66)"), qPrintable(message));
    }

    void nonObjectJsonIsRefused()
    {
        for (const QByteArray& json : {QByteArray("[1, 2]"), QByteArray("")}) {
            const auto result = JsonFormat::readDocument(json);
            QVERIFY(!result);
            QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        }
        QVERIFY(JsonFormat::readDocument("[1, 2]").error().message().contains(u"not an Aftercare"));
    }

    void longValuesAreShortenedInMessages()
    {
        QJsonObject top = sampleJson();
        setEntry(0, u"timing"_qs, QString(500, u'x'))(top);
        const auto result = JsonFormat::readDocument(QJsonDocument(top).toJson());
        QVERIFY(!result);
        QVERIFY(result.error().message().size() < 200);
        QVERIFY(result.error().message().contains(u"…\" is not one of during, after, both"));
    }
};

QTEST_GUILESS_MAIN(TestJsonFormatErrors)
#include "tst_JsonFormatErrors.moc"
