// The direct reader (straight from the bytes) must read exactly what the checked reader (through
// QJsonDocument) reads, and decline everything else so that the checked reader names the problem:
// readDocument() gives the same document or the same error either way.
#include "core/demo/DemoData.h"
#include "core/exchange/JsonDirectReader.h"
#include "tests/core/JsonFormatTestData.h"

#include <QJsonArray>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

// QDateTime's == compares instants only; a reader must also keep the written offset.
bool sameTimes(const QDateTime& a, const QDateTime& b)
{
    return a == b && a.isValid() == b.isValid() &&
           (!a.isValid() || a.offsetFromUtc() == b.offsetFromUtc());
}

bool sameDocument(const JournalDocument& a, const JournalDocument& b)
{
    if (!sameTimes(a.exportedAt, b.exportedAt) || a.partners != b.partners ||
        a.entries != b.entries || a.checkIns != b.checkIns)
        return false;
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        const Entry& x = a.entries[i];
        const Entry& y = b.entries[i];
        if (!sameTimes(x.occurredAt, y.occurredAt) || !sameTimes(x.createdAt, y.createdAt) ||
            !sameTimes(x.updatedAt, y.updatedAt))
            return false;
    }
    for (qsizetype i = 0; i < a.checkIns.size(); ++i) {
        if (!sameTimes(a.checkIns[i].takenAt, b.checkIns[i].takenAt))
            return false;
    }
    return true;
}

// readDocument() against the checked reader alone: the same document, or the same error.
// Returns a description of the difference, empty when they agree.
QString disagreement(const QByteArray& json)
{
    const auto read = JsonFormat::readDocument(json);
    const auto checked = JsonFormat::readCheckedDocument(json);
    if (read.has_value() != checked.has_value())
        return read ? QStringLiteral("read, but the checked reader says: ") +
                          checked.error().message()
                    : QStringLiteral("refused, but the checked reader reads it: ") +
                          read.error().message();
    if (read && !sameDocument(*read, *checked))
        return QStringLiteral("a different document");
    if (!read && (read.error().message() != checked.error().message() ||
                  read.error().kind() != checked.error().kind()))
        return QStringLiteral("a different error: ") + read.error().message();
    return {};
}

bool directReads(const QByteArray& json)
{
    return JsonDirectReader::read(json).has_value();
}

// A small valid document with `notes` spelled as given (raw JSON, quotes included), around
// which the text cases are built.
QByteArray withNotes(const QByteArray& notesJson)
{
    return R"({"format":"aftercare-journal","version":1,"entries":[{"id":"00000000-0000-4000-8000-000000000001","occurred_at":"2026-03-01T23:59:00+00:00","tears":"none","tension":"relieved","trauma_reliving":"no","response_kind":"physical","thoughts":"neutral","notes":)" +
           notesJson + "}]}";
}

QByteArray compactSample()
{
    JournalDocument d = sampleDocument();
    d.entries.resize(2); // every field set, and a minimal one
    d.checkIns.resize(1);
    return JsonFormat::writeDocument(d);
}

} // namespace

class TestJsonDirectReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheWriterWrites()
    {
        const JournalDocument sample = sampleDocument();
        const QByteArray json = JsonFormat::writeDocument(sample);
        const auto direct = JsonDirectReader::read(json);
        QVERIFY(direct);
        QVERIFY(sameDocument(*direct, sample));
        QCOMPARE(disagreement(json), QString());
    }

    void readsADemoJournal()
    {
        const JournalDocument demo = DemoData::generate(
            300, QDateTime(QDate(2026, 11, 30), QTime(22, 0), Qt::OffsetFromUTC, 3600), 365, 7);
        const QByteArray json = JsonFormat::writeDocument(demo);
        const auto direct = JsonDirectReader::read(json);
        QVERIFY(direct);
        QCOMPARE(direct->entries.size(), 300);
        QVERIFY(sameDocument(*direct, JsonFormat::readCheckedDocument(json).value()));
    }

    void readsTags()
    {
        const QByteArray tags = "[\"very tired\", \"\\u00e9t\\u00e9 \\\"x\\\"\", "
                                "\"1234567890123456789012345678901234567890\"]";
        const QByteArray json = withNotes("\"n\", \"tags\": " + tags);
        const auto direct = JsonDirectReader::read(json);
        QVERIFY(direct);
        QCOMPARE(direct->entries.at(0).tags,
                 QStringList({u"very tired"_qs, u"été \"x\""_qs,
                              u"1234567890123456789012345678901234567890"_qs}));
        QCOMPARE(disagreement(json), QString());
        // [] and null are no tags, as in the checked reader.
        for (const char* none : {"[]", "null"}) {
            const QByteArray empty = withNotes(QByteArray("\"n\", \"tags\": ") + none);
            QVERIFY2(directReads(empty), none);
            QCOMPARE(disagreement(empty), QString());
        }
    }

    void anyWhiteSpaceAndKeyOrder()
    {
        const QByteArray indented = QJsonDocument(sampleJson()).toJson(QJsonDocument::Indented);
        QVERIFY(directReads(indented));
        QCOMPARE(disagreement(indented), QString());
        // Keys in another order than the writer's, white space of every kind.
        const QByteArray reordered = " \r\n\t{ \"entries\" : [ { \"notes\" : \"n\" , "
                                     "\"thoughts\":\"sad\",\"tears\":\"few\",\"tension\":\"worse\","
                                     "\"trauma_reliving\":\"yes\",\"response_kind\":\"both\","
                                     "\"occurred_at\":\"2026-03-01T23:59:00.5Z\",\"id\":"
                                     "\"00000000-0000-4000-8000-000000000001\"} ] ,\n\"version\""
                                     ":1,\"format\":\"aftercare-journal\"}\n ";
        const auto direct = JsonDirectReader::read(reordered);
        QVERIFY(direct);
        QCOMPARE(direct->entries.size(), 1);
        QCOMPARE(direct->entries[0].occurredAt.time().msec(), 500);
        QCOMPARE(disagreement(reordered), QString());
    }

    void decodesStrings_data()
    {
        QTest::addColumn<QByteArray>("notes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray(R"("just text")") << u"just text"_qs;
        QTest::newRow("empty") << QByteArray(R"("")") << QString();
        QTest::newRow("quote, backslash, slash")
            << QByteArray(R"("a \"b\" c\\d \/ e")") << u"a \"b\" c\\d / e"_qs;
        QTest::newRow("control escapes") << QByteArray(R"("\b\f\n\r\t")") << u"\b\f\n\r\t"_qs;
        QTest::newRow("\\u, both cases")
            << QByteArray(R"("\u0041\u00e9\u00E9\u20ac")") << u"Aéé€"_qs;
        QTest::newRow("\\u0000") << QByteArray(R"("a\u0000b")") << QString(u"a\0b"_qs);
        QTest::newRow("surrogate pair")
            << QByteArray(R"("rain \ud83c\udf27 cloud")") << u"rain 🌧 cloud"_qs;
        QTest::newRow("raw UTF-8")
            << QByteArray("\"\xc3\xbcmlaut \xf0\x9f\x8c\xa7\"") << u"ümlaut 🌧"_qs;
        QTest::newRow("raw UTF-8 beside escapes")
            << QByteArray("\"\xc3\xa9\\n\xe2\x80\x94\\t\xf0\x9f\x8c\xa7\\\"\"")
            << u"é\n—\t🌧\""_qs;
        QTest::newRow("a noncharacter") << QByteArray("\"\xef\xbf\xbe\"") << u"\uFFFE"_qs;
    }

    // simdjson decodes keys as it does values: an escaped key is the key it spells.
    void readsAnEscapedKey()
    {
        QByteArray json = withNotes(R"("n")");
        json.replace(R"("notes")", R"("no\u0074es")");
        const auto direct = JsonDirectReader::read(json);
        QVERIFY(direct);
        QCOMPARE(direct->entries.at(0).notes, u"n"_qs);
        QCOMPARE(disagreement(json), QString());
    }

    void decodesStrings()
    {
        QFETCH(QByteArray, notes);
        QFETCH(QString, expected);
        const QByteArray json = withNotes(notes);
        const auto direct = JsonDirectReader::read(json);
        QVERIFY(direct);
        QCOMPARE(direct->entries.at(0).notes, expected);
        QCOMPARE(disagreement(json), QString());
    }

    // What the direct reader declines, and readDocument() still answers as the checked reader
    // does (some of these are valid documents, some are not).
    void declinesAndTheCheckedReaderAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray base = withNotes(R"("n")");
        const auto replaced = [&base](const char* from, const QByteArray& to) {
            QByteArray out = base;
            const qsizetype at = out.indexOf(from);
            Q_ASSERT(at >= 0);
            return out.replace(at, qsizetype(qstrlen(from)), to);
        };
        QTest::newRow("lone high surrogate") << withNotes(R"("\ud83d")");
        QTest::newRow("lone low surrogate") << withNotes(R"("\ude00")");
        QTest::newRow("high surrogate, then not a low one") << withNotes(R"("\ud83d\u0041")");
        QTest::newRow("short \\u") << withNotes(R"("\u12")");
        QTest::newRow("unknown escape") << withNotes(R"("\x41")");
        QTest::newRow("raw control character") << withNotes("\"a\tb\"");
        QTest::newRow("overlong UTF-8") << withNotes("\"\xc0\xaf\"");
        QTest::newRow("encoded surrogate") << withNotes("\"\xed\xa0\x80\"");
        QTest::newRow("cut UTF-8 sequence") << withNotes("\"\xe2\x82\"");
        QTest::newRow("U+FFFD itself") << withNotes("\"\xef\xbf\xbd\"");
        QTest::newRow("byte order mark") << "\xef\xbb\xbf" + base;
        QTest::newRow("duplicate key") << replaced(R"("notes":"n")", R"("notes":"a","notes":"b")");
        QTest::newRow("unknown key") << replaced(R"("notes")", R"("mood")");
        QTest::newRow("object as a value") << withNotes(R"({"a":[1,{"b":null}]})");
        QTest::newRow("list as a value") << withNotes(R"(["n"])");
        QTest::newRow("nested list of keys")
            << replaced(R"("notes":"n")", R"("notes":"n","emotions":[["joy"]])");
        QTest::newRow("set key twice")
            << replaced(R"("notes":"n")", R"("notes":"n","emotions":["joy","joy"])");
        QTest::newRow("tag with spaces around")
            << replaced(R"("notes":"n")", R"("notes":"n","tags":[" tired "])");
        QTest::newRow("tag repeated ignoring case")
            << replaced(R"("notes":"n")", R"("notes":"n","tags":["Tired","tired"])");
        QTest::newRow("empty tag") << replaced(R"("notes":"n")", R"("notes":"n","tags":[""])");
        QTest::newRow("tag too long")
            << replaced(R"("notes":"n")",
                        R"("notes":"n","tags":["12345678901234567890123456789012345678901"])");
        QTest::newRow("tag with a line break")
            << replaced(R"("notes":"n")", R"("notes":"n","tags":["a
b"])");
        QTest::newRow("tag not a text") << replaced(R"("notes":"n")", R"("notes":"n","tags":[1])");
        QTest::newRow("tags not a list")
            << replaced(R"("notes":"n")", R"("notes":"n","tags":"tired")");
        QTest::newRow("number 2.0") << replaced(R"("notes":"n")", R"("notes":"n","pain":2.0)");
        QTest::newRow("number 2e0") << replaced(R"("notes":"n")", R"("notes":"n","pain":2e0)");
        QTest::newRow("number -0") << replaced(R"("notes":"n")", R"("notes":"n","pain":-0)");
        QTest::newRow("number -1") << replaced(R"("notes":"n")", R"("notes":"n","pain":-1)");
        QTest::newRow("number 02") << replaced(R"("notes":"n")", R"("notes":"n","pain":02)");
        QTest::newRow("number too large")
            << replaced(R"("notes":"n")", R"("notes":"n","bother":1234567890123456789012)");
        QTest::newRow("number out of range")
            << replaced(R"("notes":"n")", R"("notes":"n","bother":5)");
        QTest::newRow("number as text") << replaced(R"("notes":"n")", R"("notes":"n","pain":"2")");
        QTest::newRow("version 1.0") << replaced(R"("version":1)", R"("version":1.0)");
        QTest::newRow("version 2") << replaced(R"("version":1)", R"("version":2)");
        QTest::newRow("no version") << replaced(R"("version":1,)", "");
        QTest::newRow("another format") << replaced("aftercare-journal", "other");
        QTest::newRow("unknown tension") << replaced(R"("relieved")", R"("bad")");
        QTest::newRow("tension upper case") << replaced(R"("relieved")", R"("Relieved")");
        QTest::newRow("missing answer") << replaced(R"("tears":"none",)", "");
        QTest::newRow("id not lower case") << replaced("4000-8000", "4000-800A");
        QTest::newRow("partner not in the file") << replaced(
            R"("notes":"n")", R"("notes":"n","partner_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7")");
        QTest::newRow("time without offset") << replaced("23:59:00+00:00", "23:59:00");
        QTest::newRow("true as a choice") << replaced(R"("relieved")", "true");
        QTest::newRow("null id") << replaced(R"("00000000-0000-4000-8000-000000000001")", "null");
        QTest::newRow("trailing comma in list") << replaced("}]}", "},]}");
        QTest::newRow("trailing comma in object") << replaced(R"("n"})", R"("n",})");
        QTest::newRow("garbage after the end") << base + " x";
        QTest::newRow("two documents") << base + base;
        QTest::newRow("a list at the top") << "[" + base + "]";
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("only white space") << QByteArray(" \n ");
        QTest::newRow("NUL after the end") << base + QByteArray(1, '\0');
        QTest::newRow("deep nesting") << QByteArray(10000, '[') + QByteArray(10000, ']');
    }

    void declinesAndTheCheckedReaderAnswers()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!directReads(json));
        QCOMPARE(disagreement(json), QString());
    }

    void everyTruncatedFileIsRefusedAsByTheCheckedReader()
    {
        const QByteArray json = compactSample().trimmed(); // cut before the closing brace
        QVERIFY(directReads(json));
        for (qsizetype size = 0; size < json.size(); ++size) {
            const QByteArray cut = json.left(size);
            QVERIFY2(!directReads(cut), qPrintable(QString::number(size)));
            const QString difference = disagreement(cut);
            QVERIFY2(difference.isEmpty(), qPrintable(u"cut at %1: "_qs.arg(size) + difference));
        }
    }

    // Each byte of a small document replaced in turn by bytes that matter to JSON: whatever the
    // direct reader makes of it, readDocument() answers as the checked reader does.
    void everyOneByteChangeAgreesWithTheCheckedReader()
    {
        const QByteArray json = compactSample();
        const QByteArray replacements = QByteArray("\"\\{}[],:09a- nul", 16) + '\0' + '\xff';
        int readDirectly = 0;
        int declined = 0;
        for (qsizetype i = 0; i < json.size(); ++i) {
            for (const char c : replacements) {
                if (json[i] == c)
                    continue;
                QByteArray changed = json;
                changed[i] = c;
                (directReads(changed) ? readDirectly : declined) += 1;
                const QString difference = disagreement(changed);
                QVERIFY2(difference.isEmpty(), qPrintable(u"byte %1 as 0x%2: "_qs.arg(i).arg(
                                                              quint8(c), 2, 16, QChar(u'0')) +
                                                          difference));
            }
        }
        // Both paths were exercised: e.g. a changed digit inside a note is still read directly.
        QVERIFY(readDirectly > 0);
        QVERIFY(declined > 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonDirectReader)
#include "tst_JsonDirectReader.moc"
