// The finding texts that name a period or a count: with today's constants each reads exactly as
// it did when the numbers were written into the sentences, and each follows its constant when
// the number changes, so a rule's window and its explanation can never disagree.
#include "core/analysis/FindingRules.h"
#include "core/analysis/FindingTexts.h"
#include "tests/core/tst_FindingsFixture.h"

#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;
namespace R = aftercare::core::FindingRules;
namespace T = aftercare::core::FindingTexts;

class TestFindingTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsAreUnchangedForTodaysConstants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("depression_signs")
            << T::depressionSigns(R::depressionWindowDays).app
            << QStringLiteral(
                   "Over the last 30 days, some of what you noted can go along with low mood or "
                   "depression, such as sadness, tiredness, poor sleep or losing interest in "
                   "things "
                   "you usually enjoy. This is not a diagnosis, but it may be worth talking about "
                   "with a doctor or therapist. Low mood is common, and it can ease with the right "
                   "support.");
        QTest::newRow("trauma") << T::traumaRepeated(2, R::traumaWindowDays).app
                                << QStringLiteral(
                                       "In 2 reflections from the last 90 days you said you were "
                                       "reliving a past trauma or abusive experience. That is a "
                                       "lot to hold. A therapist who works with trauma can help "
                                       "you find ways to feel safer during and after intimacy, at "
                                       "your own pace.");
        QTest::newRow("pain") << T::pain(R::painWindowDays).app
                              << QStringLiteral(
                                     "Some of your reflections from the last 90 days mention real "
                                     "pain. Pain before, during or after sex is worth raising with "
                                     "a doctor or other healthcare provider: it often has a cause "
                                     "that can be treated. It can also help to tell your partner, "
                                     "and to pause or change what you are doing when something "
                                     "hurts.");
        QTest::newRow("anxiety") << T::anxiety(3, R::anxietyWindowDays).app
                                 << QStringLiteral(
                                        "Anxiety, fear or stress appears in 3 of your reflections "
                                        "from the last 60 days. Worry that follows you into "
                                        "intimacy can make it hard to stay in the moment, and it "
                                        "is something that can be eased.");
        QTest::newRow("frequent_episodes")
            << T::frequentEpisodes(4, R::frequentWindowDays).app
            << QStringLiteral(
                   "You reflected on 4 episodes with tears or distress in the last 30 days. When "
                   "crying after sex keeps happening, it can help to explore it with a health "
                   "professional, especially if it weighs on you. The reasons you picked may also "
                   "show what is going on.");
        QTest::newRow("distress_share")
            << T::distressShare(2, 4, R::distressShareWindowDays).app
            << QStringLiteral(
                   "In the last 30 days, 2 of your 4 reflections describe a hard time, for example "
                   "tension that got worse, sad thoughts, or something that bothered you a lot. It "
                   "may help to look at what these moments had in common, and to talk them through "
                   "with someone you trust or a professional.");
        QTest::newRow("distress_rising")
            << T::distressRising({3, 6}, {2, 8}, R::honestShareFrom, R::risingRecentDays,
                                 R::risingEarlierDays)
                   .app
            << QStringLiteral(
                   "50% of your reflections in the last 30 days describe a hard time (3 of 6), "
                   "compared with 25% (2 of 8) in the three months before. A change like this may "
                   "point to something new going on in your life, your health or your "
                   "relationship, and may be worth some gentle attention.");
        QTest::newRow("distress_rising, few entries")
            << T::distressRising({2, 3}, {0, 3}, R::honestShareFrom, R::risingRecentDays,
                                 R::risingEarlierDays)
                   .app
            << QStringLiteral(
                   "2 of your 3 reflections in the last 30 days describe a hard time, compared "
                   "with none of 3 in the three months before. A change like this may point to "
                   "something new going on in your life, your health or your relationship, and "
                   "may be worth some gentle attention.");
        QTest::newRow("relationship")
            << T::relationship(2, R::relationshipWindowDays).app
            << QStringLiteral(
                   "Over the last 60 days, 2 reflections point to relationship worries, mixed "
                   "signals or unmet expectations, or a partner who brushed your feelings aside. "
                   "Talking openly together about what you each like and do not like, and what you "
                   "want from each other, can help. A couples therapist can help too if talks get "
                   "stuck.");
        QTest::newRow("partner_difference")
            << T::partnerDifference({4, 6}, QStringLiteral("Sam"), {0, 5}, R::honestShareFrom,
                                    R::partnerWindowDays)
                   .app
            << QStringLiteral(
                   "Over the last 180 days, 67% of your reflections with Sam describe a hard time "
                   "(4 of 6), compared with 0% of your other reflections (none of 5). This says "
                   "nothing about whose fault anything is, but it may be worth thinking about "
                   "what feels different, and perhaps talking about it together.");
        QTest::newRow("partner_difference unnamed, few entries")
            << T::partnerDifference({2, 3}, QString(), {0, 3}, R::honestShareFrom,
                                    R::partnerWindowDays)
                   .app
            << QStringLiteral(
                   "Over the last 180 days, 2 of your 3 reflections with one partner describe a "
                   "hard time, compared with none of your 3 other reflections. This says nothing "
                   "about whose fault anything is, but it may be worth thinking about what feels "
                   "different, and perhaps talking about it together.");
        QTest::newRow("mostly_happy_tears")
            << T::mostlyHappy({4, 5}, R::honestShareFrom).app
            << QStringLiteral(
                   "Your recent reflections mostly describe joy, love or relief (4 of 5), and none "
                   "of them describe a hard time. Tears like these are usually no cause for "
                   "concern. They can simply be a release.");
        QTest::newRow("mostly_happy_tears, few entries")
            << T::mostlyHappy({2, 3}, R::honestShareFrom).app
            << QStringLiteral(
                   "2 of your 3 recent reflections describe joy, love or relief, and none of them "
                   "describe a hard time. Tears like these are usually no cause for concern. They "
                   "can simply be a release.");
        QTest::newRow("partner_difference several")
            << T::partnersDifference(R::partnerWindowDays).app
            << QStringLiteral(
                   "Over the last 180 days, reflections with some partners describe a hard time "
                   "much more often than your other reflections. This says nothing about whose "
                   "fault anything is, but it may be worth thinking about what feels different.");
        QTest::newRow("shame_guilt")
            << T::shameGuilt(3, R::shameWindowDays).app
            << QStringLiteral(
                   "In 3 reflections from the last 90 days you mentioned shame or guilt. Many "
                   "people grew up hearing that sex is wrong, or feel uneasy about their body. "
                   "These feelings make sense, and they can soften. Talking with your partner or a "
                   "therapist can help.");
        QTest::newRow("not_enough_data")
            << T::notEnoughData(R::enoughDataEntries, R::enoughDataWindowDays).app
            << QStringLiteral(
                   "There are fewer than three reflections from the last 90 days, so it is too "
                   "early to notice patterns. Each reflection you add makes the picture clearer, "
                   "and there is no need to rush.");
    }
    void textsAreUnchangedForTodaysConstants()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(text, expected);
    }

    // The rules hand their own constants to the texts: what a rule that fires says is the text
    // for its window, word for word.
    void rulesSayTheirOwnWindow()
    {
        const QList<Entry> four = {E("a", ago(29)).tears(Tears::Few),
                                   E("b", ago(20)).tears(Tears::Session),
                                   E("c", ago(10)).distressing(), E("d", ago(1)).tears(Tears::Few)};
        const auto frequent =
            findById(Findings::evaluate(four, {}, {}, asOf()), QString::fromLatin1(R::frequentId));
        QVERIFY(frequent);
        QCOMPARE(frequent->explanation, T::frequentEpisodes(4, R::frequentWindowDays).app);
        QCOMPARE(frequent->window.days, R::frequentWindowDays);

        const auto few = findById(Findings::evaluate({E("a", ago(1))}, {}, {}, asOf()),
                                  QString::fromLatin1(R::enoughDataId));
        QVERIFY(few);
        QCOMPARE(few->explanation,
                 T::notEnoughData(R::enoughDataEntries, R::enoughDataWindowDays).app);
    }

    void textsFollowTheirConstants()
    {
        QVERIFY(T::frequentEpisodes(4, 45).app.contains(u"in the last 45 days."));
        QVERIFY(T::depressionSigns(14).app.startsWith(u"Over the last 14 days, "));
        QVERIFY(T::pain(120).app.contains(u"from the last 120 days mention"));
        QVERIFY(T::anxiety(3, 21).app.contains(u"3 of your reflections from the last 21 days."));
        QVERIFY(T::distressShare(2, 4, 7).app.startsWith(u"In the last 7 days, 2 of your 4 "));
        QVERIFY(T::relationship(2, 100).app.startsWith(u"Over the last 100 days, 2 reflections"));
        QVERIFY(T::partnersDifference(365).app.startsWith(u"Over the last 365 days, "));
        QVERIFY(T::shameGuilt(3, 31).app.startsWith(u"In 3 reflections from the last 31 days "));
        QVERIFY(
            T::traumaRepeated(2, 60).app.startsWith(u"In 2 reflections from the last 60 days "));
        QVERIFY(T::notEnoughData(5, 60).app.startsWith(
            u"There are fewer than five reflections from the last 60 days, "));

        const QString rising = T::distressRising({5, 10}, {1, 4}, 4, 14, 60).app;
        QVERIFY2(rising.startsWith(u"50% of your reflections in the last 14 days describe a hard "
                                   u"time (5 of 10), compared with 25% (1 of 4) in the two months "
                                   u"before."),
                 qPrintable(rising));
        QCOMPARE(T::periodBefore(30), QStringLiteral("the month before"));
        QCOMPARE(T::periodBefore(90), QStringLiteral("the three months before"));
        QCOMPARE(T::periodBefore(45), QStringLiteral("the 45 days before"));
        QCOMPARE(T::countInWords(12), QStringLiteral("twelve"));
        QCOMPARE(T::countInWords(13), QStringLiteral("13"));
    }

    // A partner's label is the person's own words: a "%1" in it stays as written.
    void aLabelIsNeverReadAsAPlaceholder()
    {
        const QString text = T::partnerDifference({4, 6}, QStringLiteral("A %3 %1"), {1, 10},
                                                  R::honestShareFrom, 180)
                                 .app;
        QVERIFY2(text.contains(u"with A %3 %1 describe"), qPrintable(text));
        QVERIFY2(text.contains(u"compared with 10% of your other reflections (1 of 10)"),
                 qPrintable(text));
        const QString few =
            T::partnerDifference({2, 3}, QStringLiteral("B %2 %4"), {0, 3}, R::honestShareFrom, 180)
                .app;
        QVERIFY2(few.contains(u"reflections with B %2 %4 describe"), qPrintable(few));
    }
};

QTEST_GUILESS_MAIN(TestFindingTexts)
#include "tst_FindingTexts.moc"
