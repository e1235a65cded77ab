// Writing and reading the JSON format: timestamps keep their offsets, every field survives a
// round trip, and the written document has the documented shape. Refusals are in
// tst_JsonFormatErrors.cpp.
#include "core/exchange/JsonFormat.h"
#include "tests/core/JsonFormatTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

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

    void tagsAreLeftOutWhenThereAreNone()
    {
        const Entry none = minimalEntry(u"00000000-0000-4000-8000-000000000001"_qs);
        QVERIFY(!JsonFormat::entryToJson(none).contains(u"tags"_qs));
        QVERIFY(!JsonFormat::entryToJsonBytes(none).contains("tags"));
        const Entry full = fullEntry();
        QCOMPARE(JsonFormat::entryToJson(full).value(u"tags"_qs).toArray(),
                 QJsonArray({u"an argument before"_qs, u"Régen \"🌧\" day"_qs})); // order kept
        // [] and null read as no tags; surrounding spaces are dropped (the one normalisation).
        QJsonObject json = JsonFormat::entryToJson(none);
        for (const QJsonValue& empty : {QJsonValue(QJsonArray()), QJsonValue(QJsonValue::Null)}) {
            json[u"tags"_qs] = empty;
            QCOMPARE(JsonFormat::entryFromJson(json).value(), none);
        }
        json[u"tags"_qs] = QJsonArray{u"  very tired "_qs, u"Émile"_qs};
        QCOMPARE(JsonFormat::entryFromJson(json).value().tags,
                 QStringList({u"very tired"_qs, u"Émile"_qs}));
    }

    // A file written before tags existed (the exact text of that version's export) reads as it
    // always did, every entry without tags.
    void aFileFromBeforeTagsReadsUnchanged()
    {
        const QByteArray before = R"({
  "format": "aftercare-journal",
  "version": 1,
  "exported_at": "2026-12-01T09:00:00+01:00",
  "partners": [
    {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "label": "Sam"}
  ],
  "entries": [
    {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "occurred_at": "2026-11-26T21:30:00.250+01:00", "created_at": "2026-11-26T22:05:00+01:00", "updated_at": "2026-11-26T22:05:00+01:00", "timing": "after", "tears": "few", "tension": "relieved", "trauma_reliving": "no", "response_kind": "emotional", "thoughts": "happy", "thoughts_text": "Felt really close to them.", "emotions": ["joy", "love"], "reasons": ["joy"], "pain": 0, "depression_signs": [], "postpartum": null, "bother": 0, "partner_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "partner_response": "comforted", "limits_respected": "yes", "notes": ""}
  ],
  "checkins": []
}
)";
        const auto read = JsonFormat::readDocument(before);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QCOMPARE(read->entries.size(), 1);
        QVERIFY(read->entries[0].tags.isEmpty());
        QCOMPARE(read->entries[0].thoughtsText, u"Felt really close to them."_qs);
        // Written again, it has the same entry text: no "tags" key appears.
        const QByteArray again = JsonFormat::writeDocument(*read);
        QVERIFY(!again.contains("\"tags\""));
        QVERIFY(again.contains(
            before.mid(before.indexOf("{\"id\": \"0f8f"), before.indexOf("\"notes\": \"\"}") + 12 -
                                                              before.indexOf("{\"id\": \"0f8f"))));
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
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_JsonFormat.moc"
