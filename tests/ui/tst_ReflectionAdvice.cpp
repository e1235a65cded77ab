// What the summary after saving says, worked out from the answers alone.
#include "core/model/Entry.h"
#include "ui/reflect/ReflectionAdvice.h"

#include <QtTest>

using namespace aftercare;
using aftercare::ui::Advice;
using aftercare::ui::ReflectionAdvice;

namespace {

core::Entry happyEntry()
{
    core::Entry e;
    e.id = core::newId();
    e.occurredAt = QDateTime(QDate(2026, 3, 5), QTime(22, 0));
    e.tears = core::Tears::Few;
    e.tension = core::Tension::Relieved;
    e.traumaReliving = core::TraumaReliving::No;
    e.responseKind = core::ResponseKind::Emotional;
    e.thoughts = core::Thoughts::Happy;
    e.emotions = {core::Emotion::Love, core::Emotion::Joy};
    e.reasons = {core::Reason::Joy};
    e.limitsRespected = core::LimitsRespected::Yes;
    e.bother = 0;
    return e;
}

QStringList ids(const QList<Advice>& advice)
{
    QStringList out;
    for (const Advice& a : advice)
        out << a.id;
    return out;
}

} // namespace

class tst_ReflectionAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pleasureAndLoveAreReassured()
    {
        const auto advice = ReflectionAdvice::forEntry(happyEntry());
        QCOMPARE(ids(advice), QStringList{QStringLiteral("reassurance")});
        QCOMPARE(advice.first().kind, Advice::Kind::Reassurance);
        QCOMPARE(advice.first().guideTopic, QStringLiteral("understanding"));
    }

    void consentNoGetsSupportOnly()
    {
        core::Entry e = happyEntry();
        e.limitsRespected = core::LimitsRespected::No;
        // Even with pain and low mood, nothing but care and support is said.
        e.pain = 2;
        e.depressionSigns = {core::DepressionSign::Sadness};
        const auto advice = ReflectionAdvice::forEntry(e, 10);
        QCOMPARE(ids(advice), QStringList{QStringLiteral("consent")});
        QCOMPARE(advice.first().kind, Advice::Kind::Support);
        QCOMPARE(advice.first().guideTopic, QStringLiteral("help_now"));
    }

    void painPointsToADoctorAndNotReassurance()
    {
        core::Entry e = happyEntry();
        e.pain = 1;
        auto advice = ReflectionAdvice::forEntry(e);
        QCOMPARE(ids(advice), QStringList{QStringLiteral("pain")});
        QCOMPARE(advice.first().kind, Advice::Kind::Doctor);
        QCOMPARE(advice.first().guideTopic, QStringLiteral("pain"));

        e.pain = 0;
        e.reasons.insert(core::Reason::Pain);
        QCOMPARE(ids(ReflectionAdvice::forEntry(e)), QStringList{QStringLiteral("pain")});
    }

    void depressionSignsPointToADoctorAndMentionTheBirth()
    {
        core::Entry e = happyEntry();
        e.depressionSigns = {core::DepressionSign::SleepEnergy};
        auto advice = ReflectionAdvice::forEntry(e);
        QCOMPARE(ids(advice), QStringList{QStringLiteral("depression")});
        const QString without = advice.first().text;

        e.postpartum = true;
        advice = ReflectionAdvice::forEntry(e);
        QVERIFY(advice.first().text.size() > without.size());
        QVERIFY(advice.first().text.contains(QStringLiteral("baby")));

        core::Entry reasonOnly = happyEntry();
        reasonOnly.reasons = {core::Reason::Depression};
        QCOMPARE(ids(ReflectionAdvice::forEntry(reasonOnly)),
                 QStringList{QStringLiteral("depression")});
    }

    void traumaRelationshipEmotionalAndBotherGetTheirTips()
    {
        core::Entry e = happyEntry();
        e.thoughts = core::Thoughts::Sad;
        e.traumaReliving = core::TraumaReliving::Yes;
        e.reasons = {core::Reason::Relationship};
        e.bother = 3;
        const auto advice = ReflectionAdvice::forEntry(e);
        QCOMPARE(ids(advice), (QStringList{QStringLiteral("trauma"), QStringLiteral("relationship"),
                                           QStringLiteral("emotional"), QStringLiteral("bother")}));
        QCOMPARE(advice.at(0).guideTopic, QStringLiteral("trauma"));
        QCOMPARE(advice.at(1).guideTopic, QStringLiteral("relationship"));
        QCOMPARE(advice.at(2).guideTopic, QStringLiteral("reflecting"));
        QCOMPARE(advice.at(3).guideTopic, QStringLiteral("talk_to_someone"));
    }

    void aDismissivePartnerCountsAsARelationshipIssue()
    {
        core::Entry e = happyEntry();
        e.partnerResponse = core::PartnerResponse::Dismissive;
        QCOMPARE(ids(ReflectionAdvice::forEntry(e)), QStringList{QStringLiteral("relationship")});
    }

    void aLittleBotherIsNotAConcern()
    {
        core::Entry e = happyEntry();
        e.bother = 1;
        QCOMPARE(ids(ReflectionAdvice::forEntry(e)), QStringList{QStringLiteral("reassurance")});
    }

    void regularCryingSuggestsAProfessional()
    {
        const core::Entry e = happyEntry();
        QCOMPARE(ids(ReflectionAdvice::forEntry(e, ReflectionAdvice::regularEpisodes - 1)),
                 QStringList{QStringLiteral("reassurance")});
        const auto advice = ReflectionAdvice::forEntry(e, ReflectionAdvice::regularEpisodes);
        QCOMPARE(ids(advice), QStringList{QStringLiteral("regular")});
        QVERIFY(advice.first().text.contains(QString::number(ReflectionAdvice::regularEpisodes)));
    }

    void unsureConsentGetsAGentleTip()
    {
        core::Entry e = happyEntry();
        e.limitsRespected = core::LimitsRespected::Unsure;
        QCOMPARE(ids(ReflectionAdvice::forEntry(e)), QStringList{QStringLiteral("unsure_limits")});
    }

    void neutralAnswersGetEncouragement()
    {
        core::Entry e = happyEntry();
        e.thoughts = core::Thoughts::Neutral;
        e.tension = core::Tension::Unchanged;
        e.emotions.clear();
        e.reasons.clear();
        QCOMPARE(ids(ReflectionAdvice::forEntry(e)),
                 QStringList{QStringLiteral("keep_reflecting")});
    }

    void everyAdviceHasWordsAndAGuidePage()
    {
        core::Entry e = happyEntry();
        e.thoughts = core::Thoughts::Sad;
        e.traumaReliving = core::TraumaReliving::Unsure;
        e.reasons = {core::Reason::Pain, core::Reason::Confusion, core::Reason::ShameGuilt};
        e.depressionSigns = {core::DepressionSign::Anxiety};
        e.limitsRespected = core::LimitsRespected::Unsure;
        e.bother = 4;
        const QStringList topics = {"understanding", "reasons",  "reflecting", "talk_to_someone",
                                    "partner_cries", "help_now", "pain",       "relationship",
                                    "depression",    "trauma"};
        const auto advice = ReflectionAdvice::forEntry(e, 6);
        QCOMPARE(advice.size(), 8);
        for (const Advice& a : advice) {
            QVERIFY2(!a.title.isEmpty() && !a.text.isEmpty() && !a.guideLinkText.isEmpty(),
                     qPrintable(a.id));
            QVERIFY2(topics.contains(a.guideTopic), qPrintable(a.guideTopic));
            // Never a diagnosis.
            QVERIFY(!a.text.contains(QStringLiteral("you have"), Qt::CaseInsensitive));
        }
        // Doctor advice comes first.
        QCOMPARE(advice.first().kind, Advice::Kind::Doctor);
    }
};

QTEST_GUILESS_MAIN(tst_ReflectionAdvice)
#include "tst_ReflectionAdvice.moc"
