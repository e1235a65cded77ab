// What holds across all finding rules: the one definition of "distressing", severity order,
// the reference time, input order, the JSON shape and the guide topics findings point to.
#include "tests/core/tst_FindingsFixture.h"

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Distress.h"
#include "core/analysis/FindingRules.h"
#include "core/analysis/Findings.h"
#include "core/analysis/GuideTopic.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::setInstance(nullptr); }

    void distressing_data()
    {
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<bool>("distressing");
        const auto at = ago(1);
        QTest::newRow("calm") << Entry(E("a", at)) << false;
        QTest::newRow("tension worse") << Entry(E("a", at).tension(Tension::Worse)) << true;
        QTest::newRow("tension relieved") << Entry(E("a", at).tension(Tension::Relieved)) << false;
        QTest::newRow("thoughts sad") << Entry(E("a", at).thoughts(Thoughts::Sad)) << true;
        QTest::newRow("thoughts mixed") << Entry(E("a", at).thoughts(Thoughts::Mixed)) << false;
        QTest::newRow("bother 3") << Entry(E("a", at).bother(3)) << true;
        QTest::newRow("bother 4") << Entry(E("a", at).bother(4)) << true;
        QTest::newRow("bother 2") << Entry(E("a", at).bother(2)) << false;
        QTest::newRow("trauma yes") << Entry(E("a", at).trauma(TraumaReliving::Yes)) << true;
        QTest::newRow("trauma unsure") << Entry(E("a", at).trauma(TraumaReliving::Unsure)) << false;
        QTest::newRow("limits no") << Entry(E("a", at).limits(LimitsRespected::No)) << true;
        QTest::newRow("limits unsure")
            << Entry(E("a", at).limits(LimitsRespected::Unsure)) << false;
        QTest::newRow("session of tears alone") << Entry(E("a", at).tears(Tears::Session)) << false;
        Entry draft;
        draft.id = u"d"_qs;
        draft.occurredAt = at;
        QTest::newRow("nothing answered") << draft << false;
    }

    void distressing()
    {
        QFETCH(Entry, entry);
        QFETCH(bool, distressing);
        QCOMPARE(Distress::isDistressing(entry), distressing);
    }

    void findingsAreOrderedBySeverityThenId()
    {
        const QList<Entry> entries{
            E("a", ago(5)).limits(LimitsRespected::No).pain(3),
            E("b", ago(4)).trauma(TraumaReliving::Yes),
        };
        const QList<CheckIn> checkIns{phq9("p", ago(2), 4, 1)};
        const QList<Finding> findings = Findings::evaluate(entries, checkIns, {}, asOf());
        QStringList got;
        for (const Finding& f : findings)
            got << f.id + u':' + severityKey(f.severity);
        QCOMPARE(got,
                 QStringList({u"phq9_self_harm:urgent"_qs, u"limits_not_respected:talk"_qs,
                              u"pain:talk"_qs, u"trauma:consider"_qs, u"not_enough_data:info"_qs}));
    }

    void severityOrderAndKeys()
    {
        QVERIFY(Severity::Urgent > Severity::Talk);
        QVERIFY(Severity::Talk > Severity::Consider);
        QVERIFY(Severity::Consider > Severity::Info);
        for (Severity s : {Severity::Info, Severity::Consider, Severity::Talk, Severity::Urgent})
            QCOMPARE(severityFromKey(severityKey(s)), s);
        QCOMPARE(severityKey(Severity::Urgent), u"urgent"_qs);
        QVERIFY(!severityFromKey(u"high"));

        Finding a, b;
        a.id = u"z"_qs;
        a.severity = Severity::Talk;
        b.id = u"a"_qs;
        b.severity = Severity::Consider;
        QVERIFY(findingComesBefore(a, b));
        QVERIFY(!findingComesBefore(b, a));
        b.severity = Severity::Talk;
        QVERIFY(findingComesBefore(b, a));
    }

    void everyRuleHasAStableId()
    {
        const QStringList ids = Findings::ruleIds();
        QCOMPARE(ids,
                 QStringList({u"phq9_self_harm"_qs, u"limits_not_respected"_qs,
                              u"depression_signs"_qs, u"trauma"_qs, u"pain"_qs, u"postpartum"_qs,
                              u"frequent_episodes"_qs, u"distress_share"_qs, u"distress_rising"_qs,
                              u"anxiety"_qs, u"relationship"_qs, u"partner_difference"_qs,
                              u"shame_guilt"_qs, u"mostly_happy_tears"_qs, u"not_enough_data"_qs}));
    }

    void asOfDefaultsToTheClock()
    {
        ManualClock clock(ago(-10));
        Clock::setInstance(&clock);
        // Three entries that are recent for the fixture's asOf but 100 days old for the clock.
        clock.set(ago(-100));
        const QList<Entry> entries{E("a", ago(3)), E("b", ago(2)), E("c", ago(1))};
        const auto findings = Findings::evaluate(entries, {}, {});
        const auto f = findById(findings, u"not_enough_data"_qs);
        QVERIFY(f);
        QCOMPARE(f->window.end, ago(-100));
        QVERIFY(f->evidenceEntryIds.isEmpty());
        QVERIFY(!findById(Findings::evaluate(entries, {}, {}, asOf()), u"not_enough_data"_qs));
    }

    void entriesAfterAsOfAndWithoutATimeAreLeftOut()
    {
        Entry noTime = E("x", ago(1));
        noTime.occurredAt = QDateTime();
        const QList<Entry> entries{E("f1", ago(-1)).distressing(), E("f2", ago(0, 1)).distressing(),
                                   noTime, E("now", ago(0)).distressing()};
        const AnalysisContext ctx(entries, {}, {}, asOf());
        QCOMPARE(ctx.entries().size(), std::size_t(1));
        QCOMPARE(ctx.entries().front().entry->id, u"now"_qs);
        const auto f = findById(Findings::evaluate(ctx), u"not_enough_data"_qs);
        QVERIFY(f);
        QCOMPARE(f->evidenceEntryIds, QStringList{u"now"_qs});
    }

    void inputOrderDoesNotMatter()
    {
        QList<Entry> entries;
        for (int i = 0; i < 40; ++i) {
            E e(qPrintable(QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0'))),
                ago(3 * i + 1, 7));
            if (i % 3 != 1)
                e.distressing().tears(Tears::Few);
            if (i % 4 == 0)
                e.reason(Reason::AnxietyStress).pain(2);
            entries << e;
        }
        const auto expected = Findings::evaluate(entries, {}, {}, asOf());
        QStringList ids;
        for (const Finding& f : expected)
            ids << f.id;
        QCOMPARE(ids, QStringList({u"pain"_qs, u"anxiety"_qs, u"distress_share"_qs,
                                   u"frequent_episodes"_qs}));
        QList<Entry> shuffled = entries;
        std::reverse(shuffled.begin(), shuffled.end());
        QCOMPARE(Findings::evaluate(shuffled, {}, {}, asOf()), expected);
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        QCOMPARE(Findings::evaluate(shuffled, {}, {}, asOf()), expected);
        // Evidence is oldest first whatever the input order.
        const auto f = findById(expected, u"pain"_qs);
        QVERIFY(f);
        QCOMPARE(f->evidenceEntryIds.first(), u"e28"_qs);
        QCOMPARE(f->evidenceEntryIds.last(), u"e00"_qs);
    }

    void jsonShape()
    {
        const QList<Entry> entries{E("a", ago(5)).trauma(TraumaReliving::Yes)};
        const QList<CheckIn> checkIns{phq9("p", ago(2), 4, 1)};
        const auto findings = Findings::evaluate(entries, checkIns, {}, asOf());
        const QJsonObject urgent = toJson(findings.first());
        QCOMPARE(urgent[u"id"].toString(), u"phq9_self_harm"_qs);
        QCOMPARE(urgent[u"severity"].toString(), u"urgent"_qs);
        QVERIFY(!urgent[u"title"].toString().isEmpty());
        QVERIFY(!urgent[u"explanation"].toString().isEmpty());
        QCOMPARE(urgent[u"evidence"][u"check_ins"].toArray(), QJsonArray{u"p"_qs});
        QCOMPARE(urgent[u"evidence"][u"entries"].toArray(), QJsonArray{});
        QCOMPARE(urgent[u"window"][u"days"].toInt(), FindingRules::selfHarmWindowDays);
        QCOMPARE(urgent[u"window"][u"end"].toString(), u"2024-06-30T12:00:00+02:00"_qs);
        QCOMPARE(urgent[u"window"][u"start"].toString(), u"2024-05-31T12:00:00+02:00"_qs);
        QCOMPARE(urgent[u"guide_topics"].toArray().first().toString(), u"help_now"_qs);
    }

    void guideTopicsAreKnownKeys()
    {
        const QStringList known = GuideTopic::all();
        QCOMPARE(known.size(), 10);
        QCOMPARE(QSet<QString>(known.begin(), known.end()).size(), known.size());
        // A journal that makes most rules fire at once.
        QList<Entry> entries;
        for (int i = 0; i < 6; ++i) {
            entries << E(qPrintable(QStringLiteral("e%1").arg(i)), ago(i * 4 + 1))
                           .limits(i == 0 ? LimitsRespected::No : LimitsRespected::Yes)
                           .trauma(i < 2 ? TraumaReliving::Yes : TraumaReliving::No)
                           .pain(3)
                           .postpartum(true)
                           .signs({DepressionSign::Sadness, DepressionSign::Memory,
                                   DepressionSign::Aches, DepressionSign::Appetite,
                                   DepressionSign::Anxiety})
                           .reason(Reason::AnxietyStress)
                           .reason(Reason::Relationship)
                           .reason(Reason::ShameGuilt)
                           .tears(Tears::Session);
        }
        const auto findings = Findings::evaluate(
            entries, {phq9("p", ago(1), 12, 1), gad7("g", ago(1), 12)}, {}, asOf());
        QCOMPARE(findings.size(), 10);
        for (const Finding& f : findings) {
            for (const QString& topic : f.guideTopics)
                QVERIFY2(known.contains(topic), qPrintable(f.id + u' ' + topic));
        }
    }

    void careNotAnalysisWhenLimitsWereNotRespected()
    {
        const auto findings =
            Findings::evaluate({E("a", ago(5)).limits(LimitsRespected::No)}, {}, {}, asOf());
        const auto f = findById(findings, u"limits_not_respected"_qs);
        QVERIFY(f);
        QCOMPARE(f->guideTopics.first(), QString::fromLatin1(GuideTopic::helpNow));
        QVERIFY(f->explanation.contains(u"not your fault"));
        // No counts, shares or percentages: it responds to the person, not to a pattern.
        for (QChar c : f->title + f->explanation)
            QVERIFY2(!c.isDigit() && c != u'%', qPrintable(f->explanation));
    }

    void contextSlicesByWindowEdges()
    {
        const QList<Entry> entries{E("out", ago(7)), E("in", ago(7, 1)), E("end", ago(0))};
        const AnalysisContext ctx(entries, {}, {}, asOf());
        const auto slice = ctx.entriesIn(ctx.lastDays(7));
        QCOMPARE(slice.size(), std::size_t(2));
        QCOMPARE(slice.front().entry->id, u"in"_qs);
        QCOMPARE(slice.back().entry->id, u"end"_qs);
        QVERIFY(ctx.entriesIn(Window::daysBefore(asOf(), 7, 7)).size() == 1);
        QVERIFY(ctx.lastDays(7).contains(ago(7, 1)));
        QVERIFY(!ctx.lastDays(7).contains(ago(7)));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_Findings.moc"
