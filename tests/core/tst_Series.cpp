// The Trends series and summary on a small known journal: week and month buckets by each entry's
// own local date, mixes, counts, scores over time, partners and the calendar of days.
#include "tests/core/tst_FindingsFixture.h"

#include "core/analysis/TrendSeries.h"
#include "core/analysis/TrendSummary.h"

#include <numeric>
#include <QJsonArray>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

QDateTime at(int month, int day, int hour, int minute, int offsetHours = 2)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), Qt::OffsetFromUTC,
                     offsetHours * 3600);
}

QDate june(int day)
{
    return QDate(2024, 6, day);
}

// asOf is Sunday 30 June 2024, 12:00 +02:00.
QList<Entry> journal()
{
    return {
        E("apr", at(4, 15, 20, 0)),
        E("out", at(6, 2, 12, 0)), // exactly 28 days before asOf
        E("a", at(6, 3, 9, 0))
            .tears(Tears::Few)
            .tension(Tension::Relieved)
            .thoughts(Thoughts::Happy)
            .response(ResponseKind::Emotional)
            .reason(Reason::Joy)
            .emotion(Emotion::Joy)
            .emotion(Emotion::Love)
            .partner("p"),
        E("b", at(6, 9, 23, 30))
            .tears(Tears::Session)
            .tension(Tension::Worse)
            .thoughts(Thoughts::Sad)
            .response(ResponseKind::Both)
            .reason(Reason::Relationship)
            .emotion(Emotion::Sadness)
            .signs({DepressionSign::Sadness, DepressionSign::SleepEnergy, DepressionSign::Aches})
            .partner("p"),
        E("c", at(6, 10, 0, 30)).partner("q"), // Monday locally, still Sunday in UTC
        E("d", at(6, 10, 1, 0)).bother(4),
        E("e", at(6, 23, 23, 30, -5)), // Sunday locally, Monday in asOf's offset
        E("future", at(7, 2, 9, 0)).distressing(),
    };
}

QList<CheckIn> checkIns()
{
    return {phq9("p-old", at(5, 1, 10, 0), 20), phq9("p-new", at(6, 5, 10, 0), 12),
            gad7("g", at(6, 20, 10, 0), 3)};
}

QList<Partner> partners()
{
    return {Partner{u"q"_qs, u"Alex"_qs}, Partner{u"p"_qs, u"Sam"_qs}};
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodStart_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("week");
        QTest::addColumn<QDate>("month");
        QTest::newRow("monday") << june(3) << june(3) << june(1);
        QTest::newRow("sunday") << june(9) << june(3) << june(1);
        QTest::newRow("week across months")
            << QDate(2024, 8, 1) << QDate(2024, 7, 29) << QDate(2024, 8, 1);
        QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2024, 2, 26) << QDate(2024, 2, 1);
    }

    void periodStart()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, week);
        QFETCH(QDate, month);
        QCOMPARE(TrendSeries::periodStart(date, Period::Week), week);
        QCOMPARE(TrendSeries::periodStart(date, Period::Month), month);
    }

    void weeksOverTheLast28Days()
    {
        const auto entries = journal();
        const auto s =
            TrendSeries::build(entries, checkIns(), partners(), asOf(), Period::Week, 28);
        QCOMPARE(s.firstDay, june(3));
        QCOMPARE(s.lastDay, june(30));
        QCOMPARE(s.periods.size(), 4);
        QCOMPARE(s.periods[0].start, june(3));
        QCOMPARE(s.periods[3].start, june(24));

        const PeriodPoint& w1 = s.periods[0]; // a, b
        QCOMPARE(w1.episodes, 2);
        QCOMPARE(w1.distressing, 1);
        QCOMPARE(w1.distressingShare(), 0.5);
        QCOMPARE(w1.tears, (CountsBy<Tears>{0, 1, 1}));
        QCOMPARE(w1.tension, (CountsBy<Tension>{1, 0, 1}));
        QCOMPARE(w1.thoughts, (CountsBy<Thoughts>{1, 0, 1, 0}));
        QCOMPARE(w1.responseKinds, (CountsBy<ResponseKind>{1, 0, 1, 0}));

        const PeriodPoint& w2 = s.periods[1]; // c and d, Monday by their own clock
        QCOMPARE(w2.episodes, 2);
        QCOMPARE(w2.distressing, 1);
        QCOMPARE(w2.tears, (CountsBy<Tears>{2, 0, 0}));
        QCOMPARE(w2.responseKinds, (CountsBy<ResponseKind>{0, 2, 0, 0}));

        QCOMPARE(s.periods[2].episodes, 1); // e, Sunday by its own clock
        QCOMPARE(s.periods[3].episodes, 0);
        QCOMPARE(s.periods[3].distressingShare(), 0.0);

        QCOMPARE(s.thoughts, (CountsBy<Thoughts>{1, 0, 1, 3}));
        QCOMPARE(s.reasons[std::size_t(Reason::Joy)], 1);
        QCOMPARE(s.reasons[std::size_t(Reason::Relationship)], 1);
        QCOMPARE(std::accumulate(s.reasons.begin(), s.reasons.end(), 0), 2);
        QCOMPARE(s.emotions[std::size_t(Emotion::Joy)], 1);
        QCOMPARE(s.emotions[std::size_t(Emotion::Love)], 1);
        QCOMPARE(s.emotions[std::size_t(Emotion::Sadness)], 1);
        QCOMPARE(std::accumulate(s.emotions.begin(), s.emotions.end(), 0), 3);
    }

    void depressionSignsAndScoresOverTime()
    {
        const auto entries = journal();
        const auto s =
            TrendSeries::build(entries, checkIns(), partners(), asOf(), Period::Week, 28);
        QStringList ids;
        QList<int> signs;
        for (const SignPoint& p : s.depressionSigns) {
            ids << p.entryId;
            signs << p.signs;
        }
        QCOMPARE(ids, QStringList({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs}));
        QCOMPARE(signs, QList<int>({0, 3, 0, 0, 0}));
        QCOMPARE(s.depressionSigns[1].at, at(6, 9, 23, 30));

        QCOMPARE(s.phq9.size(), 1); // the older PHQ-9 is outside the 28 days
        QCOMPARE(s.phq9[0].checkInId, u"p-new"_qs);
        QCOMPARE(s.phq9[0].total, 12);
        QCOMPARE(s.phq9[0].band, Band::Moderate);
        QCOMPARE(s.gad7.size(), 1);
        QCOMPARE(s.gad7[0].total, 3);
        QCOMPARE(s.gad7[0].band, Band::Minimal);
    }

    void partnersFollowTheJournalOrder()
    {
        const auto entries = journal();
        const auto s = TrendSeries::build(entries, {}, partners(), asOf(), Period::Week, 28);
        QCOMPARE(s.partners.size(), 3);
        QCOMPARE(s.partners[0].partnerId, u"q"_qs);
        QCOMPARE(s.partners[0].label, u"Alex"_qs);
        QCOMPARE(s.partners[0].entries, 1);
        QCOMPARE(s.partners[0].distressing, 0);
        QCOMPARE(s.partners[1].partnerId, u"p"_qs);
        QCOMPARE(s.partners[1].entries, 2);
        QCOMPARE(s.partners[1].distressingShare(), 0.5);
        QCOMPARE(s.partners[2].partnerId, QString());
        QCOMPARE(s.partners[2].entries, 2); // d and e
        QCOMPARE(s.partners[2].distressing, 1);
    }

    void calendarClassifiesEachDay()
    {
        const auto entries = journal();
        const auto s = TrendSeries::build(entries, {}, {}, asOf(), Period::Week, 28);
        QCOMPARE(s.calendar.size(), 28);
        QCOMPARE(s.calendar.first().date, june(3));
        QCOMPARE(s.calendar.last().date, june(30));
        QMap<QDate, QPair<DayKind, int>> marked;
        for (const CalendarDay& d : s.calendar) {
            if (d.kind != DayKind::NoEntry || d.entries != 0)
                marked.insert(d.date, {d.kind, d.entries});
        }
        const QMap<QDate, QPair<DayKind, int>> expected{
            {june(3), {DayKind::Calm, 1}},
            {june(9), {DayKind::Distressing, 1}},
            {june(10), {DayKind::Distressing, 2}}, // one calm, one distressing
            {june(23), {DayKind::Calm, 1}},
        };
        QCOMPARE(marked, expected);
        QCOMPARE(dayKindKey(DayKind::NoEntry), u"no_entry"_qs);
        QCOMPARE(dayKindKey(DayKind::Distressing), u"distressing"_qs);
    }

    void monthsOverEverything()
    {
        const auto entries = journal();
        const auto s = TrendSeries::build(entries, checkIns(), {}, asOf(), Period::Month);
        QCOMPARE(s.window.days, 0);
        QCOMPARE(s.firstDay, QDate(2024, 4, 15));
        QCOMPARE(s.lastDay, june(30));
        QCOMPARE(s.periods.size(), 3);
        QCOMPARE(s.periods[0].start, QDate(2024, 4, 1));
        QCOMPARE(s.periods[0].episodes, 1);
        QCOMPARE(s.periods[1].start, QDate(2024, 5, 1));
        QCOMPARE(s.periods[1].episodes, 0);
        QCOMPARE(s.periods[2].start, june(1));
        QCOMPARE(s.periods[2].episodes, 6); // "future" is after asOf
        QCOMPARE(s.periods[2].distressing, 2);
        QCOMPARE(s.calendar.size(), 77);
        QCOMPARE(s.phq9.size(), 2);
        QCOMPARE(s.phq9[0].checkInId, u"p-old"_qs);
        QCOMPARE(s.phq9[0].band, Band::Severe);
    }

    void anEntrysLocalDateCanWidenTheRange()
    {
        // The same instant as asOf, but already 1 July where it was written.
        const QList<Entry> entries{E("late", at(7, 1, 0, 0, 14))};
        const auto s = TrendSeries::build(entries, {}, {}, asOf(), Period::Week, 7);
        QCOMPARE(s.firstDay, june(24));
        QCOMPARE(s.lastDay, QDate(2024, 7, 1));
        QCOMPARE(s.periods.size(), 2);
        QCOMPARE(s.periods[1].start, QDate(2024, 7, 1));
        QCOMPARE(s.periods[1].episodes, 1);
        QCOMPARE(s.calendar.size(), 8);
        QCOMPARE(s.calendar.last().kind, DayKind::Calm);
    }

    void anEmptyJournalStillHasItsDays()
    {
        const auto s = TrendSeries::build({}, {}, {}, asOf(), Period::Week, 14);
        QCOMPARE(s.periods.size(), 2);
        QCOMPARE(s.calendar.size(), 14);
        QVERIFY(s.partners.isEmpty());
        QVERIFY(s.depressionSigns.isEmpty());
        const auto all = TrendSeries::build({}, {}, {}, asOf(), Period::Month);
        QCOMPARE(all.periods.size(), 1);
        QCOMPARE(all.calendar.size(), 1);
    }

    void summary()
    {
        const auto entries = journal();
        const auto cs = checkIns();
        const TrendSummary s = TrendSummary::compute(entries, cs, asOf(), 28);
        QCOMPARE(s.entries, 5);
        QCOMPARE(s.distressing, 2);
        QCOMPARE(s.tears, (CountsBy<Tears>{3, 1, 1}));
        QCOMPARE(s.tension, (CountsBy<Tension>{1, 3, 1}));
        QVERIFY(s.latestPhq9);
        QCOMPARE(s.latestPhq9->checkInId, u"p-new"_qs);
        QCOMPARE(s.latestPhq9->score.band, Band::Moderate);
        QVERIFY(s.latestGad7);

        const QJsonObject json = toJson(s);
        QCOMPARE(json[u"as_of"].toString(), u"2024-06-30T12:00:00+02:00"_qs);
        QCOMPARE(json[u"window_days"].toInt(), 28);
        QCOMPARE(json[u"entries"].toInt(), 5);
        QCOMPARE(json[u"distressing"].toInt(), 2);
        QCOMPARE(json[u"distressing_share"].toDouble(), 0.4);
        QCOMPARE(json[u"tears"][u"none"].toInt(), 3);
        QCOMPARE(json[u"tears"][u"session"].toInt(), 1);
        QCOMPARE(json[u"tension"][u"worse"].toInt(), 1);
        QCOMPARE(json[u"latest_phq9"][u"total"].toInt(), 12);
        QCOMPARE(json[u"latest_phq9"][u"band"].toString(), u"moderate"_qs);
        QCOMPARE(json[u"latest_phq9"][u"self_harm_flag"].toBool(), false);
        QCOMPARE(json[u"latest_gad7"][u"band"].toString(), u"minimal"_qs);
        QCOMPARE(json[u"latest_gad7"][u"taken_at"].toString(), u"2024-06-20T10:00:00+02:00"_qs);
    }

    void summaryWithNothing()
    {
        const TrendSummary s = TrendSummary::compute({}, {}, asOf());
        QCOMPARE(s.windowDays, TrendSummary::defaultDays);
        const QJsonObject json = toJson(s);
        QCOMPARE(json[u"entries"].toInt(-1), 0);
        QCOMPARE(json[u"distressing_share"].toDouble(-1), 0.0);
        QVERIFY(json[u"latest_phq9"].isNull());
        QVERIFY(json[u"latest_gad7"].isNull());
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_Series.moc"
