// The pattern rules: each fires on a crafted dataset with exactly the expected evidence, and
// stays silent one entry short, one second outside its window, or one point under.
#include "tests/core/tst_FindingsFixture.h"

#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {
constexpr auto C = Severity::Consider;
constexpr auto I = Severity::Info;

// Four calm entries with no partner, three hard ones with "p" and three hard ones with "q".
QList<Entry> twoPartnersStandOut()
{
    return {E("o1", ago(40)),
            E("o2", ago(30)),
            E("o3", ago(20)),
            E("o4", ago(10)),
            E("p1", ago(9)).partner("p").distressing(),
            E("q1", ago(8)).partner("q").distressing(),
            E("p2", ago(7)).partner("p").distressing(),
            E("q2", ago(6)).partner("q").distressing(),
            E("p3", ago(5)).partner("p").distressing(),
            E("q3", ago(4)).partner("q").distressing()};
}
} // namespace

class TestFindingsPatterns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frequentEpisodes_data()
    {
        addRuleColumns();
        const char* r = "frequent_episodes";
        addRuleRow("four with tears or distress", r,
                   {E("a", ago(29)).tears(Tears::Few), E("b", ago(20)).tears(Tears::Session),
                    E("calm", ago(15)), E("c", ago(10)).distressing(),
                    E("d", ago(1)).tears(Tears::Few)},
                   {}, fires(C, {"a", "b", "c", "d"}));
        addRuleRow("three with tears or distress", r,
                   {E("a", ago(29)).tears(Tears::Few), E("b", ago(20)).tears(Tears::Session),
                    E("calm", ago(15)), E("d", ago(1)).tears(Tears::Few)},
                   {}, silent());
        addRuleRow("the fourth exactly 30 days ago", r,
                   {E("a", ago(30)).tears(Tears::Few), E("b", ago(20)).tears(Tears::Session),
                    E("c", ago(10)).distressing(), E("d", ago(1)).tears(Tears::Few)},
                   {}, silent());
        addRuleRow("the fourth inside by one second", r,
                   {E("a", ago(30, 1)).tears(Tears::Few), E("b", ago(20)).tears(Tears::Session),
                    E("c", ago(10)).distressing(), E("d", ago(1)).tears(Tears::Few)},
                   {}, fires(C, {"a", "b", "c", "d"}));
    }
    void frequentEpisodes() { verifyRule(); }

    void distressShare_data()
    {
        addRuleColumns();
        const char* r = "distress_share";
        addRuleRow("half of four", r,
                   {E("a", ago(25)).distressing(), E("b", ago(20)), E("c", ago(5)),
                    E("d", ago(1)).thoughts(Thoughts::Sad)},
                   {}, fires(C, {"a", "d"}));
        addRuleRow("two of two is too few entries", r,
                   {E("a", ago(25)).distressing(), E("b", ago(1)).distressing()}, {}, silent());
        addRuleRow("two of five is under half", r,
                   {E("a", ago(25)).distressing(), E("b", ago(20)), E("c", ago(5)), E("d", ago(3)),
                    E("e", ago(1)).distressing()},
                   {}, silent());
        addRuleRow("one distressing exactly 30 days ago", r,
                   {E("a", ago(30)).distressing(), E("b", ago(20)), E("c", ago(2)).distressing(),
                    E("d", ago(1)).distressing()},
                   {}, fires(C, {"c", "d"}));
        addRuleRow("the third entry exactly 30 days ago", r,
                   {E("a", ago(30)), E("c", ago(2)).distressing(), E("d", ago(1)).distressing()},
                   {}, silent());
        addRuleRow("the third entry inside by one second", r,
                   {E("a", ago(30, 1)), E("c", ago(2)).distressing(), E("d", ago(1)).distressing()},
                   {}, fires(C, {"c", "d"}));
    }
    void distressShare() { verifyRule(); }

    void distressRising_data()
    {
        addRuleColumns();
        const char* r = "distress_rising";
        // Earlier: 1 of 4 (25%). Recent: 2 of 4 (50%) — exactly 25 points.
        const QList<Entry> earlier{E("e1", ago(100)).distressing(), E("e2", ago(80)),
                                   E("e3", ago(60)), E("e4", ago(31))};
        QList<Entry> rising = earlier;
        rising << E("r1", ago(20)).distressing() << E("r2", ago(10)) << E("r3", ago(5))
               << E("r4", ago(1)).distressing();
        addRuleRow("up by exactly 25 points", r, rising, {}, fires(C, {"r1", "r4"}));

        // Earlier: 3 of 8 (37.5%). Recent: 3 of 5 (60%) — 22.5 points.
        QList<Entry> under{E("e1", ago(110)).distressing(),
                           E("e2", ago(100)).distressing(),
                           E("e3", ago(90)).distressing(),
                           E("e4", ago(80)),
                           E("e5", ago(70)),
                           E("e6", ago(60)),
                           E("e7", ago(50)),
                           E("e8", ago(40))};
        under << E("r1", ago(20)).distressing() << E("r2", ago(15)).distressing()
              << E("r3", ago(10)).distressing() << E("r4", ago(5)) << E("r5", ago(1));
        addRuleRow("up by 22.5 points", r, under, {}, silent());

        QList<Entry> fewEarlier = rising.mid(1);
        addRuleRow("three earlier are enough", r, fewEarlier, {}, fires(C, {"r1", "r4"}));
        addRuleRow("two earlier", r, rising.mid(2), {}, silent());
        addRuleRow("two recent", r, rising.mid(0, 6), {}, silent());

        // 120 days ago is outside the earlier window; 30 days ago belongs to it, not to recent.
        addRuleRow("an earlier entry exactly 120 days ago", r,
                   {E("out", ago(120)), E("e2", ago(80)), E("e3", ago(60)),
                    E("r1", ago(3)).distressing(), E("r2", ago(2)).distressing(), E("r3", ago(1))},
                   {}, silent());
        addRuleRow("an entry exactly 30 days ago counts as earlier", r,
                   {E("e1", ago(50)), E("e2", ago(40)), E("edge", ago(30)),
                    E("r1", ago(3)).distressing(), E("r2", ago(2)).distressing(), E("r3", ago(1))},
                   {}, fires(C, {"r1", "r2"}));
    }
    void distressRising() { verifyRule(); }

    void relationship_data()
    {
        addRuleColumns();
        const char* r = "relationship";
        addRuleRow("relationship and a dismissive partner", r,
                   {E("a", ago(50)).reason(Reason::Relationship), E("x", ago(30)),
                    E("b", ago(2)).partnerResponse(PartnerResponse::Dismissive)},
                   {}, fires(C, {"a", "b"}));
        addRuleRow(
            "confusion twice", r,
            {E("a", ago(59)).reason(Reason::Confusion), E("b", ago(2)).reason(Reason::Confusion)},
            {}, fires(C, {"a", "b"}));
        addRuleRow("only one", r,
                   {E("a", ago(50)).reason(Reason::Relationship),
                    E("b", ago(2)).partnerResponse(PartnerResponse::GaveSpace)},
                   {}, silent());
        addRuleRow("the other exactly 60 days ago", r,
                   {E("a", ago(60)).reason(Reason::Relationship),
                    E("b", ago(2)).reason(Reason::Confusion)},
                   {}, silent());
        addRuleRow("the other inside by one second", r,
                   {E("a", ago(60, 1)).reason(Reason::Relationship),
                    E("b", ago(2)).reason(Reason::Confusion)},
                   {}, fires(C, {"a", "b"}));
    }
    void relationship() { verifyRule(); }

    void partnerDifference_data()
    {
        addRuleColumns();
        const char* r = "partner_difference";
        const QList<Partner> partners{partner("p", "Sam"), partner("q", "Alex")};
        const QList<Entry> others{E("o1", ago(170)), E("o2", ago(100)), E("o3", ago(2))};
        QList<Entry> all = others;
        all << E("p1", ago(150)).partner("p").distressing()
            << E("p2", ago(50)).partner("p").distressing()
            << E("p3", ago(1)).partner("p").distressing();
        addRuleRow("all with one partner, none otherwise", r, all, {}, fires(C, {"p1", "p2", "p3"}),
                   partners);
        addRuleRow("only two with the partner", r, all.mid(0, 5), {}, silent(), partners);
        addRuleRow("only two other entries", r, all.mid(1), {}, silent(), partners);

        QList<Entry> outside = all;
        outside[3] = E("p1", ago(180)).partner("p").distressing();
        addRuleRow("one partner entry exactly 180 days ago", r, outside, {}, silent(), partners);

        // Partner 3 of 5 (60%), others 3 of 10 (30%): exactly twice and exactly 30 points.
        QList<Entry> exact;
        for (int i = 0; i < 10; ++i) {
            E e(qPrintable(QStringLiteral("o%1").arg(i)), ago(10 + i));
            exact << (i < 3 ? Entry(e.distressing()) : Entry(e.partner(i == 9 ? "q" : "")));
        }
        exact << E("p1", ago(5)).partner("p").distressing() << E("p2", ago(4)).partner("p")
              << E("p3", ago(3)).partner("p").distressing() << E("p4", ago(2)).partner("p")
              << E("p5", ago(1)).partner("p").distressing();
        addRuleRow("exactly twice and 30 points", r, exact, {}, fires(C, {"p1", "p3", "p5"}),
                   partners);

        // Partner 2 of 4 (50%), others 1 of 4 (25%): twice, but only 25 points.
        addRuleRow("twice but 25 points", r,
                   {E("o1", ago(9)).distressing(), E("o2", ago(8)), E("o3", ago(7)),
                    E("o4", ago(6)), E("p1", ago(5)).partner("p").distressing(),
                    E("p2", ago(4)).partner("p"), E("p3", ago(3)).partner("p").distressing(),
                    E("p4", ago(2)).partner("p")},
                   {}, silent(), partners);
        // Partner 3 of 3 (100%), others 2 of 3 (67%): 33 points, but only 1.5 times.
        addRuleRow("33 points but 1.5 times", r,
                   {E("o1", ago(9)).distressing(), E("o2", ago(8)).distressing(), E("o3", ago(7)),
                    E("p1", ago(5)).partner("p").distressing(),
                    E("p2", ago(4)).partner("p").distressing(),
                    E("p3", ago(3)).partner("p").distressing()},
                   {}, silent(), partners);

        // Two partners stand out at once: each 3 of 3 against 3 of 7 for everything else
        // (the other partner's hard times count among "the others"). Both are evidence.
        addRuleRow("two partners stand out", r, twoPartnersStandOut(), {},
                   fires(C, {"p1", "q1", "p2", "q2", "p3", "q3"}), partners);
    }
    void partnerDifference() { verifyRule(); }

    void partnerDifferenceWithTwoPartnersNamesBothOrNeither()
    {
        const auto findings = Findings::evaluate(
            twoPartnersStandOut(), {}, {partner("p", "Sam"), partner("q", "Alex")}, asOf());
        const auto f = findById(findings, QStringLiteral("partner_difference"));
        QVERIFY(f);
        // Naming only one of them would tell half the story.
        QCOMPARE(f->explanation.contains(u"Sam"), f->explanation.contains(u"Alex"));
    }

    void partnerDifferenceNamesThePartner()
    {
        const QList<Entry> entries{E("o1", ago(9)),
                                   E("o2", ago(8)),
                                   E("o3", ago(7)),
                                   E("p1", ago(5)).partner("p").distressing(),
                                   E("p2", ago(4)).partner("p").distressing(),
                                   E("p3", ago(3)).partner("p")};
        const auto findings =
            Findings::evaluate(entries, {}, {partner("p", "Sam")}, aftercare::test::asOf());
        const auto f = findById(findings, QStringLiteral("partner_difference"));
        QVERIFY(f);
        QVERIFY2(f->explanation.contains(u"Sam"), qPrintable(f->explanation));
        // Three entries on each side: the counts, never a percentage (CONTENT.md).
        QVERIFY2(f->explanation.contains(u"2 of your 3 reflections with Sam"),
                 qPrintable(f->explanation));
        QVERIFY2(f->explanation.contains(u"none of your 3 other"), qPrintable(f->explanation));
        QVERIFY2(!f->explanation.contains(u'%'), qPrintable(f->explanation));
    }

    // Honest patterns: on fewer than five entries no title or text speaks of "many", "most" or
    // a share in percent; from five on the percentage comes with its counts.
    void fewEntriesGetCountsNotShares()
    {
        const QList<Entry> hard{E("a", ago(20)).distressing(), E("b", ago(10)).distressing(),
                                E("c", ago(1))};
        const auto few = Findings::evaluate(hard, {}, {}, aftercare::test::asOf());
        const auto share = findById(few, QStringLiteral("distress_share"));
        QVERIFY(share);
        QCOMPARE(share->title, QStringLiteral("Several recent episodes felt hard"));
        const QList<Entry> happy{E("a", ago(80)).thoughts(Thoughts::Happy), E("x", ago(40)),
                                 E("b", ago(1)).tension(Tension::Relieved)};
        const auto happyFew = findById(Findings::evaluate(happy, {}, {}, aftercare::test::asOf()),
                                       QStringLiteral("mostly_happy_tears"));
        QVERIFY(happyFew);
        QCOMPARE(happyFew->title, QStringLiteral("Happy tears so far"));
        QVERIFY2(happyFew->explanation.startsWith(u"2 of your 3 recent reflections"),
                 qPrintable(happyFew->explanation));
        for (const auto& f : few + Findings::evaluate(happy, {}, {}, aftercare::test::asOf())) {
            const QString words = (f.title + u' ' + f.explanation).toLower();
            QVERIFY2(!words.contains(u"many") && !words.contains(u"most") && !words.contains(u'%'),
                     qPrintable(f.id + QStringLiteral(": ") + words));
        }

        // Six entries: "Many", and the share comes with its counts.
        QList<Entry> six = hard;
        six << E("d", ago(2)).distressing() << E("e", ago(3)).distressing() << E("f", ago(4));
        const auto many = findById(Findings::evaluate(six, {}, {}, aftercare::test::asOf()),
                                   QStringLiteral("distress_share"));
        QVERIFY(many);
        QCOMPARE(many->title, QStringLiteral("Many recent episodes felt hard"));
    }

    void shameGuilt_data()
    {
        addRuleColumns();
        const char* r = "shame_guilt";
        addRuleRow("reason, shame and guilt", r,
                   {E("a", ago(89)).reason(Reason::ShameGuilt), E("x", ago(50)),
                    E("b", ago(40)).emotion(Emotion::Shame),
                    E("c", ago(1)).emotion(Emotion::Guilt)},
                   {}, fires(C, {"a", "b", "c"}));
        addRuleRow(
            "only two", r,
            {E("b", ago(40)).emotion(Emotion::Shame), E("c", ago(1)).emotion(Emotion::Guilt)}, {},
            silent());
        addRuleRow("the third exactly 90 days ago", r,
                   {E("a", ago(90)).reason(Reason::ShameGuilt),
                    E("b", ago(40)).emotion(Emotion::Shame),
                    E("c", ago(1)).emotion(Emotion::Guilt)},
                   {}, silent());
        addRuleRow("the third inside by one second", r,
                   {E("a", ago(90, 1)).reason(Reason::ShameGuilt),
                    E("b", ago(40)).emotion(Emotion::Shame),
                    E("c", ago(1)).emotion(Emotion::Guilt)},
                   {}, fires(C, {"a", "b", "c"}));
    }
    void shameGuilt() { verifyRule(); }

    void mostlyHappyTears_data()
    {
        addRuleColumns();
        const char* r = "mostly_happy_tears";
        addRuleRow("two of three happy", r,
                   {E("a", ago(80)).thoughts(Thoughts::Happy), E("x", ago(40)),
                    E("b", ago(1)).tension(Tension::Relieved)},
                   {}, fires(I, {"a", "b"}));
        addRuleRow("joy and love count", r,
                   {E("a", ago(80)).reason(Reason::Joy), E("b", ago(40)).emotion(Emotion::Love),
                    E("c", ago(1)).emotion(Emotion::Joy)},
                   {}, fires(I, {"a", "b", "c"}));
        addRuleRow("one of three happy", r,
                   {E("a", ago(80)).thoughts(Thoughts::Happy), E("x", ago(40)), E("y", ago(1))}, {},
                   silent());
        addRuleRow("one distressing among happy ones", r,
                   {E("a", ago(80)).thoughts(Thoughts::Happy),
                    E("b", ago(40)).thoughts(Thoughts::Happy).bother(3),
                    E("c", ago(1)).tension(Tension::Relieved)},
                   {}, silent());
        addRuleRow(
            "only two entries", r,
            {E("a", ago(80)).thoughts(Thoughts::Happy), E("c", ago(1)).tension(Tension::Relieved)},
            {}, silent());
        addRuleRow("a distressing one exactly 90 days ago is outside", r,
                   {E("old", ago(90)).distressing(), E("a", ago(80)).thoughts(Thoughts::Happy),
                    E("b", ago(40)).emotion(Emotion::Love),
                    E("c", ago(1)).tension(Tension::Relieved)},
                   {}, fires(I, {"a", "b", "c"}));
    }
    void mostlyHappyTears() { verifyRule(); }

    void notEnoughData_data()
    {
        addRuleColumns();
        const char* r = "not_enough_data";
        addRuleRow("no entries", r, {}, {}, fires(I, {}));
        addRuleRow("two entries", r, {E("old", ago(200)), E("a", ago(50)), E("b", ago(1))}, {},
                   fires(I, {"a", "b"}));
        addRuleRow("three entries", r, {E("a", ago(89)), E("b", ago(50)), E("c", ago(1))}, {},
                   silent());
        addRuleRow("the third exactly 90 days ago", r,
                   {E("a", ago(90)), E("b", ago(50)), E("c", ago(1))}, {}, fires(I, {"b", "c"}));
        addRuleRow("the third inside by one second", r,
                   {E("a", ago(90, 1)), E("b", ago(50)), E("c", ago(1))}, {}, silent());
    }
    void notEnoughData() { verifyRule(); }
};

QTEST_GUILESS_MAIN(TestFindingsPatterns)
#include "tst_FindingsPatterns.moc"
