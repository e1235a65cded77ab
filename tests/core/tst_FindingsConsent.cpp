// An entry whose limits were not respected gets care, never analysis: it feeds no pattern rule
// but limits_not_respected, and a finding built on an "unsure" entry never suggests working it
// out together or says that nobody is at fault. Also the partner rule with several partners.
#include "tests/core/tst_FindingsFixture.h"

#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {
constexpr auto C = Severity::Consider;
constexpr auto T = Severity::Talk;

E no(const char* id, const QDateTime& at)
{
    return E(id, at).limits(LimitsRespected::No);
}

E unsure(const char* id, const QDateTime& at)
{
    return E(id, at).limits(LimitsRespected::Unsure);
}

// Words that put the work back on the person who may have been hurt.
const QRegularExpression& blameOrTogether()
{
    static const QRegularExpression re(
        QStringLiteral("together|fault|tell your partner|talking with your partner"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QList<Finding> evaluate(const QList<Entry>& entries, const QList<Partner>& partners = {})
{
    return Findings::evaluate(entries, {}, partners, aftercare::test::asOf());
}
} // namespace

class TestFindingsConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consentNoFeedsNoPattern_data()
    {
        addRuleColumns();
        // Two calm entries and two where limits were not respected: counted, the share would
        // be half; left out, there are too few entries for a share at all.
        addRuleRow("distress_share leaves a consent no out of the count", "distress_share",
                   {E("a", ago(20)), E("b", ago(10)), no("n1", ago(5)), no("n2", ago(1))}, {},
                   silent());
        addRuleRow("distress_share leaves a consent no out of the evidence", "distress_share",
                   {E("a", ago(20)).distressing(), E("b", ago(10)).distressing(), E("c", ago(8)),
                    no("n", ago(1)).distressing()},
                   {}, fires(C, {"a", "b"}));
        addRuleRow("distress_rising leaves a consent no out", "distress_rising",
                   {E("e1", ago(100)), E("e2", ago(90)), E("e3", ago(60)), E("r1", ago(20)),
                    E("r2", ago(10)), E("r3", ago(8)), no("n1", ago(5)), no("n2", ago(1))},
                   {}, silent());
        addRuleRow("frequent_episodes leaves a consent no out", "frequent_episodes",
                   {E("a", ago(20)).tears(Tears::Few), E("b", ago(10)).tears(Tears::Few),
                    E("c", ago(5)).tears(Tears::Few), no("n", ago(1)).tears(Tears::Session)},
                   {}, silent());
        addRuleRow("relationship leaves a consent no out", "relationship",
                   {E("a", ago(20)).reason(Reason::Relationship),
                    no("n", ago(1)).reason(Reason::Confusion)},
                   {}, silent());
        addRuleRow("shame_guilt leaves a consent no out", "shame_guilt",
                   {E("a", ago(20)).emotion(Emotion::Shame),
                    E("b", ago(10)).emotion(Emotion::Guilt),
                    no("n", ago(1)).emotion(Emotion::Shame)},
                   {}, silent());
        addRuleRow("limits_not_respected still sees it", "limits_not_respected",
                   {E("a", ago(20)), no("n", ago(1))}, {}, fires(T, {"n"}));
    }
    void consentNoFeedsNoPattern() { verifyRule(); }

    void partnerDifferenceLeavesAConsentNoOut()
    {
        // Counted, p's three distressing entries stand out against three calm others.
        const QList<Entry> entries{E("o1", ago(9)),
                                   E("o2", ago(8)),
                                   E("o3", ago(7)),
                                   no("p1", ago(5)).partner("p"),
                                   no("p2", ago(4)).partner("p"),
                                   no("p3", ago(3)).partner("p")};
        const auto findings = evaluate(entries, {partner("p", "Sam")});
        QVERIFY(!findById(findings, QStringLiteral("partner_difference")));
        QVERIFY(findById(findings, QStringLiteral("limits_not_respected")));
    }

    void consentNoNeverShowsUpAsEvidenceOfAPattern()
    {
        // Every pattern rule that could take it: distressing, tears, relationship, shame, a
        // partner; the entry is the only one with limits not respected.
        const QList<Entry> entries{
            E("a", ago(20))
                .distressing()
                .tears(Tears::Few)
                .reason(Reason::Relationship)
                .emotion(Emotion::Shame),
            E("b", ago(15)).distressing().tears(Tears::Few).emotion(Emotion::Guilt),
            E("c", ago(12)).distressing().tears(Tears::Few).reason(Reason::ShameGuilt),
            E("d", ago(10)).distressing().tears(Tears::Few).reason(Reason::Confusion),
            no("n", ago(1))
                .distressing()
                .tears(Tears::Session)
                .reason(Reason::Relationship)
                .emotion(Emotion::Shame)
                .partner("p")};
        const auto findings = evaluate(entries, {partner("p", "Sam")});
        int patterns = 0;
        for (const Finding& f : findings) {
            if (f.id == u"limits_not_respected")
                continue;
            QVERIFY2(!f.evidenceEntryIds.contains(u"n"_qs), qPrintable(f.id));
            ++patterns;
        }
        QVERIFY(patterns >= 4); // frequent, share, relationship, shame all fired without it
    }

    void unsureNeverSuggestsTogetherOrFault_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QList<Entry>>("entries");
        QTest::newRow("partner_difference")
            << u"partner_difference"_qs
            << QList<Entry>{E("o1", ago(9)),
                            E("o2", ago(8)),
                            E("o3", ago(7)),
                            unsure("p1", ago(5)).partner("p").distressing(),
                            E("p2", ago(4)).partner("p").distressing(),
                            E("p3", ago(3)).partner("p")};
        QTest::newRow("relationship")
            << u"relationship"_qs
            << QList<Entry>{E("a", ago(20)).reason(Reason::Relationship),
                            unsure("u", ago(1)).reason(Reason::Confusion)};
        QTest::newRow("shame_guilt") << u"shame_guilt"_qs
                                     << QList<Entry>{E("a", ago(20)).emotion(Emotion::Shame),
                                                     E("b", ago(10)).emotion(Emotion::Guilt),
                                                     unsure("u", ago(1)).emotion(Emotion::Shame)};
        QTest::newRow("pain") << u"pain"_qs << QList<Entry>{unsure("u", ago(1)).pain(3)};
    }
    void unsureNeverSuggestsTogetherOrFault()
    {
        QFETCH(QString, rule);
        QFETCH(QList<Entry>, entries);
        const auto f = findById(evaluate(entries, {partner("p", "Sam")}), rule);
        QVERIFY(f); // "unsure" may still be counted
        QVERIFY2(!f->explanation.contains(blameOrTogether()), qPrintable(f->explanation));

        // The same entries with the question answered "yes" keep the ordinary wording, so the
        // check above could fail.
        QList<Entry> yes = entries;
        for (Entry& e : yes)
            e.limitsRespected = LimitsRespected::Yes;
        const auto ordinary = findById(evaluate(yes, {partner("p", "Sam")}), rule);
        QVERIFY(ordinary);
        QVERIFY2(ordinary->explanation.contains(blameOrTogether()),
                 qPrintable(ordinary->explanation));
    }

    void unsureBlocksReassurance()
    {
        const QList<Entry> happy{E("a", ago(80)).thoughts(Thoughts::Happy),
                                 E("b", ago(40)).emotion(Emotion::Love),
                                 E("c", ago(1)).tension(Tension::Relieved)};
        QVERIFY(findById(evaluate(happy), QStringLiteral("mostly_happy_tears")));
        QList<Entry> withUnsure = happy;
        withUnsure[1].limitsRespected = LimitsRespected::Unsure;
        QVERIFY(!findById(evaluate(withUnsure), QStringLiteral("mostly_happy_tears")));
    }

    void twoPartnersStandOutTogether()
    {
        // p and q each 3 of 3 distressing against five calm entries: both stand out, so the
        // title is plural and the evidence holds both partners' entries.
        const QList<Entry> entries{E("o1", ago(20)),
                                   E("o2", ago(19)),
                                   E("o3", ago(18)),
                                   E("o4", ago(17)),
                                   E("o5", ago(16)),
                                   E("p1", ago(9)).partner("p").distressing(),
                                   E("p2", ago(8)).partner("p").distressing(),
                                   E("p3", ago(7)).partner("p").distressing(),
                                   E("q1", ago(5)).partner("q").distressing(),
                                   E("q2", ago(4)).partner("q").distressing(),
                                   E("q3", ago(3)).partner("q").distressing()};
        const auto f = findById(evaluate(entries, {partner("p", "Sam"), partner("q", "Alex")}),
                                QStringLiteral("partner_difference"));
        QVERIFY(f);
        QCOMPARE(f->evidenceEntryIds, (QStringList{"p1", "p2", "p3", "q1", "q2", "q3"}));
        QVERIFY2(f->title.contains(u"some partners"), qPrintable(f->title));
        QVERIFY2(!f->title.contains(u"one partner"), qPrintable(f->title));
    }
};

QTEST_GUILESS_MAIN(TestFindingsConsent)
#include "tst_FindingsConsent.moc"
