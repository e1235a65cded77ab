#include "core/exchange/CsvFormat.h"
#include "core/exchange/JsonFormat.h"

#include <QTest>

using namespace aftercare::core;

namespace {

const QString samId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");

Entry entry(const QString& id)
{
    Entry e;
    e.id = id;
    e.occurredAt = QDateTime(QDate(2026, 11, 26), QTime(21, 30, 0, 250), Qt::OffsetFromUTC, 3600);
    e.tears = Tears::Few;
    e.tension = Tension::Relieved;
    e.traumaReliving = TraumaReliving::No;
    e.responseKind = ResponseKind::Emotional;
    e.thoughts = Thoughts::Happy;
    return e;
}

int column(const QString& name)
{
    return int(CsvFormat::header().indexOf(name));
}

} // namespace

class TestCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerHasTheStableKeysAndAPartnerLabel()
    {
        QStringList h = CsvFormat::header();
        QCOMPARE(h.size(), 23);
        QCOMPARE(h.first(), u"id"_qs);
        QCOMPARE(h.last(), u"tags"_qs);
        QCOMPARE(h.indexOf(u"partner_label"_qs), h.indexOf(u"partner_id"_qs) + 1);
        QCOMPARE(h.removeDuplicates(), 0);
    }

    void fileStartsWithABomAndUsesCrlf()
    {
        const QByteArray csv =
            CsvFormat::write({entry(u"00000000-0000-4000-8000-000000000001"_qs)}, {});
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,occurred_at,created_at,"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(csv.count("\r\n"), 2);
        QCOMPARE(csv.count('\n'), 2); // no bare LF line ends
        const QList<QStringList> rows = CsvFormat::parse(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], CsvFormat::header());
    }

    void valuesAreWrittenAsKeys()
    {
        Entry e = entry(u"00000000-0000-4000-8000-000000000001"_qs);
        e.emotions = {Emotion::Shame, Emotion::Joy};
        e.depressionSigns = {DepressionSign::SleepEnergy, DepressionSign::LossOfInterest};
        e.pain = 0;
        e.postpartum = true;
        e.partnerId = samId;
        const QList<QStringList> rows =
            CsvFormat::parse(CsvFormat::write({e}, {{samId, u"Sam"_qs}}));
        const QStringList row = rows.at(1);
        QCOMPARE(row.size(), CsvFormat::header().size());
        QCOMPARE(row[column(u"occurred_at"_qs)], u"2026-11-26T21:30:00.250+01:00"_qs);
        QCOMPARE(row[column(u"emotions"_qs)], u"joy;shame"_qs);
        QCOMPARE(row[column(u"reasons"_qs)], QString());
        QCOMPARE(row[column(u"depression_signs"_qs)], u"sleep_energy;loss_of_interest"_qs);
        QCOMPARE(row[column(u"pain"_qs)], u"0"_qs);
        QCOMPARE(row[column(u"bother"_qs)], QString()); // unset stays empty, unlike 0
        QCOMPARE(row[column(u"postpartum"_qs)], u"true"_qs);
        QCOMPARE(row[column(u"tension"_qs)], u"relieved"_qs);
        QCOMPARE(row[column(u"timing"_qs)], QString());
        QCOMPARE(row[column(u"partner_id"_qs)], samId);
        QCOMPARE(row[column(u"partner_label"_qs)], u"Sam"_qs);
        QCOMPARE(row[column(u"created_at"_qs)], QString());
        QCOMPARE(row[column(u"tags"_qs)], QString()); // no tags: an empty field
    }

    void tagsAreJoinedWithSemicolonAndSpace()
    {
        Entry e = entry(u"00000000-0000-4000-8000-000000000001"_qs);
        e.tags = {u"very tired"_qs, u"Ümlaut, \"quoted\""_qs, u"-starts with a minus"_qs};
        const QList<QStringList> rows = CsvFormat::parse(CsvFormat::write({e}, {}));
        QCOMPARE(rows.at(1)[column(u"tags"_qs)],
                 u"very tired; Ümlaut, \"quoted\"; -starts with a minus"_qs);
        e.tags = {u"=1+1"_qs};
        QCOMPARE(CsvFormat::parse(CsvFormat::write({e}, {})).at(1)[column(u"tags"_qs)],
                 u"'=1+1"_qs); // no formula, as with the other free text
    }

    void awkwardTextRoundTripsThroughParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("comma") << u"one, two, three"_qs;
        QTest::newRow("quotes") << u"she said \"stay\" and \"\" twice"_qs;
        QTest::newRow("lf") << u"first line\nsecond line"_qs;
        QTest::newRow("crlf") << u"first line\r\nsecond line\r\n"_qs;
        QTest::newRow("unicode") << u"Tränen, 涙, слёзы 💧 — fine"_qs;
        QTest::newRow("only a quote") << u"\""_qs;
        QTest::newRow("leading space") << u"  indented"_qs;
        QTest::newRow("semicolons") << u"a;b;c"_qs;
        QTest::newRow("empty") << QString();
    }
    void awkwardTextRoundTripsThroughParse()
    {
        QFETCH(QString, text);
        Entry e = entry(u"00000000-0000-4000-8000-000000000001"_qs);
        e.notes = text;
        e.thoughtsText = text + u" (thoughts)"_qs;
        e.partnerId = samId;
        Entry second = entry(u"00000000-0000-4000-8000-000000000002"_qs);
        second.notes = u"after"_qs;
        const QByteArray csv = CsvFormat::write({e, second}, {{samId, text + u"!"_qs}});
        const QList<QStringList> rows = CsvFormat::parse(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][column(u"notes"_qs)], text);
        QCOMPARE(rows[1][column(u"thoughts_text"_qs)], text + u" (thoughts)"_qs);
        QCOMPARE(rows[1][column(u"partner_label"_qs)], text + u"!"_qs);
        QCOMPARE(rows[2][column(u"notes"_qs)], u"after"_qs);
        QCOMPARE(rows[2][0], second.id);
    }

    // A cell that starts like a formula gets a leading apostrophe, so parse() returns it with the
    // apostrophe: the round trip is deliberately not exact for such text (see docs/FORMAT.md).
    void formulaLikeTextIsDefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("=") << u"=HYPERLINK(\"http://example.invalid\")"_qs;
        QTest::newRow("+") << u"+1 for honesty"_qs;
        QTest::newRow("-") << u"-- felt fine"_qs;
        QTest::newRow("@") << u"@SUM(A1:A2)"_qs;
        QTest::newRow("tab") << u"\t=1"_qs;
    }
    void formulaLikeTextIsDefused()
    {
        QFETCH(QString, text);
        Entry e = entry(u"00000000-0000-4000-8000-000000000001"_qs);
        e.notes = text;
        e.thoughtsText = text;
        e.partnerId = samId;
        const QList<QStringList> rows = CsvFormat::parse(CsvFormat::write({e}, {{samId, text}}));
        QCOMPARE(rows[1][column(u"notes"_qs)], u'\'' + text);
        QCOMPARE(rows[1][column(u"thoughts_text"_qs)], u'\'' + text);
        QCOMPARE(rows[1][column(u"partner_label"_qs)], u'\'' + text);
    }

    void ordinaryTextIsNotTouched()
    {
        Entry e = entry(u"00000000-0000-4000-8000-000000000001"_qs);
        e.notes = u"a = b, and 1+1"_qs;
        const QList<QStringList> rows = CsvFormat::parse(CsvFormat::write({e}, {}));
        QCOMPARE(rows[1][column(u"notes"_qs)], e.notes);
        QCOMPARE(rows[1][column(u"partner_label"_qs)], QString());
    }

    void parseHandlesRfc4180Corners()
    {
        QCOMPARE(CsvFormat::parse("a,b\r\n1,2"),
                 QList<QStringList>({{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}}));
        QCOMPARE(CsvFormat::parse("a,\"\"\n,\n"),
                 QList<QStringList>({{u"a"_qs, QString()}, {QString(), QString()}}));
        QCOMPARE(CsvFormat::parse("\"x\"\"y\",\"p,q\"\r\n"),
                 QList<QStringList>({{u"x\"y"_qs, u"p,q"_qs}}));
        QCOMPARE(CsvFormat::parse("\xEF\xBB\xBFk\r\n"), QList<QStringList>({{u"k"_qs}}));
        QVERIFY(CsvFormat::parse("").isEmpty());
    }

    void noEntriesGivesOnlyTheHeader()
    {
        const QList<QStringList> rows = CsvFormat::parse(CsvFormat::write({}, {}));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0], CsvFormat::header());
    }
};

QTEST_GUILESS_MAIN(TestCsvFormat)
#include "tst_CsvFormat.moc"
