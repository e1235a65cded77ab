#include "exchange/JsonFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace aftercare::core;

namespace {

QDateTime at(int y, int mo, int d, int h, int mi, int offsetMinutes, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, 0, ms), Qt::OffsetFromUTC, offsetMinutes * 60);
}

Entry fullEntry()
{
    Entry e;
    e.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    e.occurredAt = at(2026, 11, 26, 21, 30, 60, 250);
    e.createdAt = at(2026, 11, 26, 22, 5, 60);
    e.updatedAt = at(2026, 11, 27, 8, 0, -330, 1);
    e.timing = Timing::After;
    e.tears = Tears::Session;
    e.tension = Tension::Worse;
    e.traumaReliving = TraumaReliving::Unsure;
    e.responseKind = ResponseKind::Both;
    e.thoughts = Thoughts::Mixed;
    e.thoughtsText = QStringLiteral("Thinking about \"home\",\nand a line\tbreak — ümlaut 🌧");
    e.emotions = {Emotion::Sadness, Emotion::Joy, Emotion::Emptiness};
    e.reasons = {Reason::Trauma, Reason::Joy};
    e.pain = 2;
    e.depressionSigns = {DepressionSign::LossOfInterest, DepressionSign::Irritability};
    e.postpartum = false;
    e.bother = 4;
    e.partnerId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    e.partnerResponse = PartnerResponse::GaveSpace;
    e.limitsRespected = LimitsRespected::Unsure;
    e.notes = QStringLiteral("Backslash \\ and control \x01 char");
    return e;
}

// Only what a finished reflection needs; everything else unset or empty.
Entry minimalEntry(const QString& id)
{
    Entry e;
    e.id = id;
    e.occurredAt = at(2026, 3, 1, 23, 59, 0);
    e.tears = Tears::None;
    e.tension = Tension::Relieved;
    e.traumaReliving = TraumaReliving::No;
    e.responseKind = ResponseKind::Physical;
    e.thoughts = Thoughts::Neutral;
    return e;
}

JournalDocument sampleDocument()
{
    JournalDocument d;
    d.exportedAt = at(2026, 12, 1, 9, 0, 60);
    d.partners = {{QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"), QStringLiteral("Sam")},
                  {QStringLiteral("16fd2706-8baf-433b-82eb-8c7fada847da"), QStringLiteral("Ålex")}};
    d.entries << fullEntry();
    for (int i = 1; i < 6; ++i)
        d.entries << minimalEntry(QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i));
    d.checkIns << CheckIn{QStringLiteral("9b2f5c7e-1d3a-4e8f-9a0b-1c2d3e4f5a6b"),
                          at(2026, 11, 20, 18, 0, 60),
                          Instrument::Phq9,
                          {0, 1, 2, 3, 0, 1, 2, 1, 0}};
    d.checkIns << CheckIn{QStringLiteral("9b2f5c7e-1d3a-4e8f-9a0b-1c2d3e4f5a6c"),
                          at(2026, 11, 20, 18, 5, 60),
                          Instrument::Gad7,
                          {1, 1, 1, 0, 0, 2, 3}};
    return d;
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(JsonFormat::writeDocument(sampleDocument())).object();
}

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
const QString entryKeyList = QStringLiteral(
    "id, occurred_at, created_at, updated_at, timing, tears, tension, trauma_reliving, "
    "response_kind, thoughts, thoughts_text, emotions, reasons, pain, depression_signs, "
    "postpartum, bother, partner_id, partner_response, limits_respected, notes");

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
         u"entries[2]: unknown key \"tensoin\"; allowed keys are "_qs + entryKeyList},
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
         u"entries[0]: unknown key \"mood\"; allowed keys are "_qs + entryKeyList},
        {"two unknown keys",
         [](QJsonObject& top) {
             editItem(top, u"entries"_qs, 1, [](QJsonObject& o) {
                 o[u"a"_qs] = 1;
                 o[u"b"_qs] = 2;
             });
         },
         u"entries[1]: unknown keys \"a\", \"b\"; allowed keys are "_qs + entryKeyList},
        {"unknown top key", setTop(u"extra"_qs, true),
         u"unknown key \"extra\" at the top level; allowed keys are format, version, "
         "exported_at, partners, entries, checkins"_qs},
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

class TestJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsKeepTheirOffset_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QString>("text");
        QTest::newRow("+01:00 with ms")
            << at(2026, 11, 26, 21, 30, 60, 250) << u"2026-11-26T21:30:00.250+01:00"_qs;
        QTest::newRow("no ms") << at(2026, 11, 26, 21, 30, 60) << u"2026-11-26T21:30:00+01:00"_qs;
        QTest::newRow("-05:30") << at(2026, 1, 2, 3, 4, -330, 5)
                                << u"2026-01-02T03:04:00.005-05:30"_qs;
        QTest::newRow("utc") << at(2026, 6, 30, 0, 0, 0) << u"2026-06-30T00:00:00+00:00"_qs;
        QTest::newRow("+14:00") << at(2026, 12, 31, 23, 59, 14 * 60)
                                << u"2026-12-31T23:59:00+14:00"_qs;
        QTest::newRow("leap day") << at(2028, 2, 29, 12, 0, 45) << u"2028-02-29T12:00:00+00:45"_qs;
    }
    void timestampsKeepTheirOffset()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QString, text);
        QCOMPARE(JsonFormat::dateTimeToText(dateTime), text);
        const QDateTime back = JsonFormat::dateTimeFromText(text);
        QVERIFY(back.isValid());
        QCOMPARE(back, dateTime);
        QCOMPARE(back.offsetFromUtc(), dateTime.offsetFromUtc());
        QCOMPARE(back.time(), dateTime.time());
    }

    void localAndUtcTimesAreWrittenWithTheirOffset()
    {
        const QDateTime utc(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(JsonFormat::dateTimeToText(utc), u"2026-05-01T10:00:00+00:00"_qs);
        const QDateTime local = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::LocalTime);
        const QDateTime back = JsonFormat::dateTimeFromText(JsonFormat::dateTimeToText(local));
        QCOMPARE(back, local);
        QCOMPARE(back.offsetFromUtc(), local.offsetFromUtc());
        QCOMPARE(JsonFormat::dateTimeToText(QDateTime()), QString());
    }

    void otherToolsTimestampsAreAccepted()
    {
        QCOMPARE(JsonFormat::dateTimeFromText(u"2026-11-26T20:30:00Z"),
                 at(2026, 11, 26, 20, 30, 0));
        const QDateTime micro = JsonFormat::dateTimeFromText(u"2026-11-26T21:30:00.250999+01:00");
        QCOMPARE(micro, at(2026, 11, 26, 21, 30, 60, 250));
        QCOMPARE(JsonFormat::dateTimeFromText(u"2026-11-26T21:30:00.5+01:00").time().msec(), 500);
    }

    void malformedTimestampsAreRejected_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t :
             {"", "2026-11-26", "2026-11-26T21:30:00", "2026-11-26 21:30:00+01:00",
              "2026-13-01T00:00:00+00:00", "2026-02-30T00:00:00+00:00", "2026-11-26T24:00:00Z",
              "2026-11-26T21:30:00+15:00", "2026-11-26T21:30:00+01:60", "2026-11-26T21:30:00+0100",
              "2026-11-26T21:30:00.+01:00", "2026-11-26T21:30:00Z ", "2026-11-26T21:30:00z",
              "26-11-2026T21:30:00+01:00", "2026-11-26T21:30:0a+01:00"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void malformedTimestampsAreRejected()
    {
        QFETCH(QString, text);
        QVERIFY(!JsonFormat::dateTimeFromText(text).isValid());
    }

    void entryRoundTripsWithEveryFieldSet()
    {
        const Entry e = fullEntry();
        const QJsonObject json = JsonFormat::entryToJson(e);
        QCOMPARE(json.value(u"occurred_at"_qs).toString(), u"2026-11-26T21:30:00.250+01:00"_qs);
        QCOMPARE(json.value(u"emotions"_qs).toArray(),
                 QJsonArray({u"joy"_qs, u"sadness"_qs, u"emptiness"_qs})); // vocabulary order
        QCOMPARE(json.value(u"postpartum"_qs), QJsonValue(false));
        const auto back = JsonFormat::entryFromJson(json);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
        QCOMPARE(*back, e);
        QCOMPARE(back->updatedAt.offsetFromUtc(), -330 * 60);
        QCOMPARE(back->thoughtsText, e.thoughtsText);
        QCOMPARE(back->notes, e.notes);
    }

    void unsetFieldsAreNullAndSetsAreEmptyLists()
    {
        const Entry e = minimalEntry(u"00000000-0000-4000-8000-000000000001"_qs);
        const QJsonObject json = JsonFormat::entryToJson(e);
        QStringList keys = json.keys();
        QStringList expected = entryKeyList.split(u", "_qs);
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        for (const char* key : {"created_at", "updated_at", "timing", "pain", "postpartum",
                                "bother", "partner_id", "partner_response", "limits_respected"})
            QVERIFY2(json.value(QLatin1StringView(key)).isNull(), key);
        for (const char* key : {"emotions", "reasons", "depression_signs"})
            QCOMPARE(json.value(QLatin1StringView(key)), QJsonValue(QJsonArray()));
        QCOMPARE(json.value(u"notes"_qs), QJsonValue(u""_qs));
        const auto back = JsonFormat::entryFromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, e);
        QVERIFY(!back->pain && !back->postpartum && !back->timing && !back->createdAt.isValid());
    }

    void optionalKeysMayBeAbsent()
    {
        const Entry e = minimalEntry(u"00000000-0000-4000-8000-000000000001"_qs);
        QJsonObject json = JsonFormat::entryToJson(e);
        for (const char* key : {"created_at", "updated_at", "timing", "thoughts_text", "emotions",
                                "reasons", "pain", "depression_signs", "postpartum", "bother",
                                "partner_id", "partner_response", "limits_respected", "notes"})
            json.remove(QLatin1StringView(key));
        const auto back = JsonFormat::entryFromJson(json);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
        QCOMPARE(*back, e);
        json[u"emotions"_qs] = QJsonValue::Null;
        QVERIFY(JsonFormat::entryFromJson(json));
    }

    void loneEntryErrorsHaveNoPrefix()
    {
        QJsonObject json = JsonFormat::entryToJson(fullEntry());
        json[u"tension"_qs] = u"bad"_qs;
        const auto result = JsonFormat::entryFromJson(json);
        QVERIFY(!result);
        QCOMPARE(result.error().message(),
                 u"tension: \"bad\" is not one of relieved, unchanged, worse"_qs);
    }

    void checkInRoundTrips()
    {
        const CheckIn c = sampleDocument().checkIns.at(1);
        const QJsonObject json = JsonFormat::checkInToJson(c);
        QCOMPARE(json.value(u"instrument"_qs).toString(), u"gad7"_qs);
        QCOMPARE(json.keys().size(), 4);
        const auto back = JsonFormat::checkInFromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, c);
        QCOMPARE(back->takenAt.offsetFromUtc(), 3600);
    }

    void documentRoundTrips()
    {
        const JournalDocument d = sampleDocument();
        const QByteArray json = JsonFormat::writeDocument(d);
        const auto back = JsonFormat::readDocument(json);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->exportedAt, d.exportedAt);
        QCOMPARE(back->partners, d.partners);
        QCOMPARE(back->entries.size(), d.entries.size());
        for (qsizetype i = 0; i < d.entries.size(); ++i) {
            QCOMPARE(back->entries[i], d.entries[i]);
            QCOMPARE(back->entries[i].occurredAt.offsetFromUtc(),
                     d.entries[i].occurredAt.offsetFromUtc());
        }
        QCOMPARE(back->checkIns, d.checkIns);
        // Written again, the bytes are the same: the format is stable.
        QCOMPARE(JsonFormat::writeDocument(*back), json);
    }

    void documentIsValidJsonInTheDocumentedShape()
    {
        const JournalDocument d = sampleDocument();
        const QByteArray json = JsonFormat::writeDocument(d);
        QVERIFY(json.startsWith("{\n  \"format\": \"aftercare-journal\",\n  \"version\": 1,\n"));
        QVERIFY(json.endsWith("}\n"));
        QJsonParseError error;
        const QJsonObject top = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(top.value(u"exported_at"_qs).toString(), u"2026-12-01T09:00:00+01:00"_qs);
        const QJsonArray entries = top.value(u"entries"_qs).toArray();
        QCOMPARE(entries.size(), d.entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(entries[i].toObject(), JsonFormat::entryToJson(d.entries[i]));
        QCOMPARE(top.value(u"checkins"_qs).toArray()[0].toObject(),
                 JsonFormat::checkInToJson(d.checkIns[0]));
    }

    void secretWriterProducesTheSameBytes()
    {
        const JournalDocument d = sampleDocument();
        const QByteArray plain = JsonFormat::writeDocument(d);
        const SecretBytes secret = JsonFormat::writeDocumentToSecret(d);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())),
                 plain);
    }

    void emptyDocumentRoundTrips()
    {
        const QByteArray json = JsonFormat::writeDocument(JournalDocument{});
        QVERIFY(json.contains("\"entries\": []"));
        QVERIFY(json.contains("\"exported_at\": null"));
        const auto back = JsonFormat::readDocument(json);
        QVERIFY(back);
        QVERIFY(back->entries.isEmpty() && back->partners.isEmpty() && back->checkIns.isEmpty());
        // The lists may be left out altogether.
        const auto minimal =
            JsonFormat::readDocument(R"({"format":"aftercare-journal","version":1})");
        QVERIFY(minimal);
        QVERIFY(minimal->entries.isEmpty());
    }

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

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_JsonFormat.moc"
