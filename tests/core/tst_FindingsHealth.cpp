// The safety and health rules: each fires on a crafted dataset with exactly the expected
// evidence, and stays silent one entry short, one second outside its window, or one point under.
#include "tests/core/tst_FindingsFixture.h"

#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {
using S = DepressionSign;
constexpr auto U = Severity::Urgent;
constexpr auto T = Severity::Talk;
constexpr auto C = Severity::Consider;
} // namespace

class TestFindingsHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phq9SelfHarm_data()
    {
        addRuleColumns();
        const char* r = "phq9_self_harm";
        addRuleRow("item 9 above 0", r, {}, {phq9("p", ago(3), 4, 1)}, fires(U, {}, {"p"}));
        addRuleRow("inside by one second", r, {}, {phq9("p", ago(30, 1), 3, 3)},
                   fires(U, {}, {"p"}));
        addRuleRow("exactly 30 days ago", r, {}, {phq9("p", ago(30), 3, 3)}, silent());
        addRuleRow("item 9 is 0 with a high total", r, {}, {phq9("p", ago(1), 24, 0)}, silent());
        addRuleRow("only an older check-in flagged", r, {},
                   {phq9("old", ago(10), 9, 2), phq9("new", ago(2), 5, 0)}, silent());
        addRuleRow("the latest is flagged", r, {},
                   {phq9("old", ago(10), 5, 0), phq9("new", ago(2), 5, 1)}, fires(U, {}, {"new"}));
        addRuleRow("a check-in after asOf is ignored", r, {},
                   {phq9("now", ago(2), 5, 1), phq9("future", ago(-1), 5, 0)},
                   fires(U, {}, {"now"}));
        addRuleRow("GAD-7 never flags", r, {}, {gad7("g", ago(1), 21)}, silent());
        addRuleRow("a PHQ-9 with too few answers is not scored", r, {},
                   {checkIn("p", Instrument::Phq9, ago(1), {0, 0, 0, 0, 0, 0, 0, 0})}, silent());
    }
    void phq9SelfHarm() { verifyRule(); }

    void limitsNotRespected_data()
    {
        addRuleColumns();
        const char* r = "limits_not_respected";
        addRuleRow("two inside, one respected", r,
                   {E("a", ago(89)).limits(LimitsRespected::No),
                    E("b", ago(5)).limits(LimitsRespected::Yes),
                    E("c", ago(90, 1)).limits(LimitsRespected::No)},
                   {}, fires(T, {"c", "a"}));
        addRuleRow("exactly 90 days ago", r, {E("a", ago(90)).limits(LimitsRespected::No)}, {},
                   silent());
        addRuleRow("unsure is not no", r, {E("a", ago(2)).limits(LimitsRespected::Unsure)}, {},
                   silent());
    }
    void limitsNotRespected() { verifyRule(); }

    void depressionSigns_data()
    {
        addRuleColumns();
        const char* r = "depression_signs";
        const auto five = {S::Sadness, S::SleepEnergy, S::Memory, S::Concentration, S::Appetite};
        const auto fiveLoss = {S::LossOfInterest, S::SleepEnergy, S::Memory, S::Aches,
                               S::Irritability};
        const auto fiveOther = {S::Irritability, S::SleepEnergy, S::Memory, S::Concentration,
                                S::Appetite};
        const auto four = {S::Sadness, S::SleepEnergy, S::Memory, S::Concentration};
        const auto three = {S::Anxiety, S::SleepEnergy, S::Aches};
        const auto two = {S::Anxiety, S::SleepEnergy};
        addRuleRow("five signs with sadness", r, {E("a", ago(29)).signs(five), E("b", ago(2))}, {},
                   fires(T, {"a"}));
        addRuleRow("five signs with loss of interest", r, {E("a", ago(30, 1)).signs(fiveLoss)}, {},
                   fires(T, {"a"}));
        addRuleRow("five signs without sadness or loss of interest", r,
                   {E("a", ago(3)).signs(fiveOther)}, {}, silent());
        addRuleRow("four signs with sadness", r, {E("a", ago(3)).signs(four)}, {}, silent());
        addRuleRow("five signs exactly 30 days ago", r, {E("a", ago(30)).signs(five)}, {},
                   silent());
        addRuleRow(
            "three signs twice, 14 days apart", r,
            {E("a", ago(20)).signs(three), E("b", ago(10)).signs(two), E("c", ago(6)).signs(three)},
            {}, fires(T, {"a", "c"}));
        addRuleRow("three signs twice, one second short of 14 days", r,
                   {E("a", ago(20)).signs(three), E("c", ago(6, -1)).signs(three)}, {}, silent());
        addRuleRow("three signs and two signs", r,
                   {E("a", ago(25)).signs(three), E("c", ago(1)).signs(two)}, {}, silent());
        addRuleRow("the earlier one exactly 30 days ago", r,
                   {E("a", ago(30)).signs(three), E("c", ago(1)).signs(three)}, {}, silent());
        addRuleRow("the earlier one inside by one second", r,
                   {E("a", ago(30, 1)).signs(three), E("c", ago(1)).signs(three)}, {},
                   fires(T, {"a", "c"}));
        addRuleRow("PHQ-9 of 10", r, {}, {phq9("p", ago(5), 10)}, fires(T, {}, {"p"}));
        addRuleRow("PHQ-9 of 9", r, {}, {phq9("p", ago(5), 9)}, silent());
        addRuleRow("PHQ-9 of 12 exactly 30 days ago", r, {}, {phq9("p", ago(30), 12)}, silent());
        addRuleRow("a lower PHQ-9 since", r, {}, {phq9("old", ago(10), 15), phq9("new", ago(2), 4)},
                   silent());
        addRuleRow("entries and PHQ-9 together", r, {E("a", ago(4)).signs(five)},
                   {phq9("p", ago(5), 14)}, fires(T, {"a"}, {"p"}));
    }
    void depressionSigns() { verifyRule(); }

    void trauma_data()
    {
        addRuleColumns();
        const char* r = "trauma";
        addRuleRow("one entry is consider", r, {E("a", ago(10)).trauma(TraumaReliving::Yes)}, {},
                   fires(C, {"a"}));
        addRuleRow("two entries are talk", r,
                   {E("a", ago(80)).trauma(TraumaReliving::Yes), E("b", ago(1)),
                    E("c", ago(2)).trauma(TraumaReliving::Yes)},
                   {}, fires(T, {"a", "c"}));
        addRuleRow("unsure does not count", r, {E("a", ago(10)).trauma(TraumaReliving::Unsure)}, {},
                   silent());
        addRuleRow("one inside, one exactly 90 days ago", r,
                   {E("out", ago(90)).trauma(TraumaReliving::Yes),
                    E("in", ago(90, 1)).trauma(TraumaReliving::Yes)},
                   {}, fires(C, {"in"}));
    }
    void trauma() { verifyRule(); }

    void pain_data()
    {
        addRuleColumns();
        const char* r = "pain";
        addRuleRow("two entries with pain 2", r,
                   {E("a", ago(60)).pain(2), E("b", ago(3)).pain(1), E("c", ago(1)).pain(2)}, {},
                   fires(T, {"a", "c"}));
        addRuleRow("one entry with pain 3", r, {E("a", ago(60)).pain(3), E("b", ago(3)).pain(1)},
                   {}, fires(T, {"a"}));
        addRuleRow("one entry with pain 2", r, {E("a", ago(60)).pain(2)}, {}, silent());
        addRuleRow("pain 2 and pain 1", r, {E("a", ago(60)).pain(2), E("b", ago(6)).pain(1)}, {},
                   silent());
        addRuleRow("pain 3 exactly 90 days ago", r, {E("a", ago(90)).pain(3)}, {}, silent());
        addRuleRow("pain 2 inside by one second", r,
                   {E("a", ago(90, 1)).pain(2), E("b", ago(1)).pain(2)}, {}, fires(T, {"a", "b"}));
    }
    void pain() { verifyRule(); }

    void postpartum_data()
    {
        addRuleColumns();
        const char* r = "postpartum";
        addRuleRow("postpartum with a sign", r,
                   {E("a", ago(89)).postpartum(true).signs({S::SleepEnergy}),
                    E("b", ago(5)).postpartum(true)},
                   {}, fires(T, {"a"}));
        addRuleRow("postpartum without signs", r, {E("a", ago(5)).postpartum(true)}, {}, silent());
        addRuleRow("signs but not postpartum", r,
                   {E("a", ago(5)).postpartum(false).signs({S::Sadness})}, {}, silent());
        addRuleRow("exactly 90 days ago", r, {E("a", ago(90)).postpartum(true).signs({S::Sadness})},
                   {}, silent());
    }
    void postpartum() { verifyRule(); }

    void anxiety_data()
    {
        addRuleColumns();
        const char* r = "anxiety";
        const QList<Entry> three{
            E("a", ago(59)).reason(Reason::AnxietyStress),
            E("b", ago(20)).emotion(Emotion::Anxiety), E("x", ago(10)),
            E("c", ago(1)).reason(Reason::AnxietyStress).emotion(Emotion::Anxiety)};
        addRuleRow("three entries", r, three, {}, fires(C, {"a", "b", "c"}));
        addRuleRow("two entries", r,
                   {E("a", ago(59)).reason(Reason::AnxietyStress),
                    E("b", ago(20)).emotion(Emotion::Anxiety)},
                   {}, silent());
        addRuleRow("the third exactly 60 days ago", r,
                   {E("a", ago(60)).reason(Reason::AnxietyStress),
                    E("b", ago(20)).emotion(Emotion::Anxiety),
                    E("c", ago(1)).emotion(Emotion::Anxiety)},
                   {}, silent());
        addRuleRow("the third inside by one second", r,
                   {E("a", ago(60, 1)).reason(Reason::AnxietyStress),
                    E("b", ago(20)).emotion(Emotion::Anxiety),
                    E("c", ago(1)).emotion(Emotion::Anxiety)},
                   {}, fires(C, {"a", "b", "c"}));
        addRuleRow("fear alone is not anxiety", r,
                   {E("a", ago(5)).emotion(Emotion::Fear), E("b", ago(4)).emotion(Emotion::Fear),
                    E("c", ago(3)).emotion(Emotion::Fear)},
                   {}, silent());
        addRuleRow("GAD-7 of 10 is talk", r, {}, {gad7("g", ago(3), 10)}, fires(T, {}, {"g"}));
        addRuleRow("GAD-7 of 9", r, {}, {gad7("g", ago(3), 9)}, silent());
        addRuleRow("GAD-7 of 12 exactly 30 days ago", r, {}, {gad7("g", ago(30), 12)}, silent());
        addRuleRow("a high PHQ-9 is not anxiety", r, {}, {phq9("p", ago(3), 20)}, silent());
        addRuleRow("entries and GAD-7 of 15", r, three, {gad7("g", ago(3), 15)},
                   fires(T, {"a", "b", "c"}, {"g"}));
        addRuleRow("entries and GAD-7 of 9 stay consider", r, three, {gad7("g", ago(3), 9)},
                   fires(C, {"a", "b", "c"}));
    }
    void anxiety() { verifyRule(); }
};

QTEST_GUILESS_MAIN(TestFindingsHealth)
#include "tst_FindingsHealth.moc"
