// One voice each: the app speaks to the user ("you"), the therapist summary speaks about "the
// person". Thousands of made-up journals reach every rule and every wording a rule can choose;
// each finding's app words address the user and its summary words never do.
#include "core/analysis/FindingRules.h"
#include "core/analysis/Findings.h"
#include "core/model/Vocabulary.h"
#include "tests/core/tst_FindingsFixture.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QRegularExpression& secondPerson()
{
    static const QRegularExpression re(QStringLiteral("\\b(you|your|yours|yourself)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

template <typename E> E any(QRandomGenerator& random)
{
    return E(random.bounded(vocabularySize<E>()));
}

template <typename E> void addSome(QRandomGenerator& random, EnumSet<E>& set, int percent)
{
    for (E value : allValues<E>()) {
        if (int(random.bounded(100)) < percent)
            set.insert(value);
    }
}

// A journal with a random mix of answers, weighted so that every rule fires now and then.
struct Journal
{
    QList<Entry> entries;
    QList<CheckIn> checkIns;
    QList<Partner> partners{partner("p1", "Sam"), partner("p2", "Alex"), partner("p3", "")};
};

Journal randomJournal(QRandomGenerator& random)
{
    Journal j;
    const int entries = random.bounded(0, 40);
    const int span = random.bounded(20, 200);
    // Now and then a journal of happy, easy episodes only, so the reassuring rule gets its turn,
    // or one where only the episodes with two of the partners were hard.
    const int mode = random.bounded(5);
    const bool happy = mode == 0;
    const bool skewed = mode == 1;
    for (int i = 0; i < entries; ++i) {
        const QByteArray id = "e" + QByteArray::number(i);
        E e(id.constData(), ago(random.bounded(span), random.bounded(3600)));
        e.tears(any<Tears>(random)).tension(any<Tension>(random)).thoughts(any<Thoughts>(random));
        e.trauma(random.bounded(10) == 0 ? TraumaReliving::Yes : TraumaReliving::No);
        e.pain(random.bounded(6) == 0 ? random.bounded(4) : 0);
        e.bother(random.bounded(5));
        const int limits = random.bounded(12);
        e.limits(limits == 0   ? LimitsRespected::No
                 : limits == 1 ? LimitsRespected::Unsure
                               : LimitsRespected::Yes);
        e.postpartum(random.bounded(15) == 0);
        if (random.bounded(4) != 0)
            e.partner(random.bounded(3) == 0 ? "p1" : random.bounded(2) ? "p2" : "p3");
        Entry entry = e;
        addSome(random, entry.reasons, 12);
        addSome(random, entry.emotions, 12);
        addSome(random, entry.depressionSigns, random.bounded(3) == 0 ? 60 : 5);
        if (skewed) {
            const bool hard = entry.partnerId == u"p1" || entry.partnerId == u"p2";
            entry.tension = hard ? Tension::Worse : Tension::Unchanged;
            entry.thoughts = hard ? Thoughts::Sad : Thoughts::Neutral;
            entry.bother = 0;
            entry.traumaReliving = TraumaReliving::No;
            if (!hard && random.bounded(2))
                entry.partnerId = QString();
        }
        if (happy) {
            entry.tension = Tension::Relieved;
            entry.thoughts = Thoughts::Happy;
            entry.bother = 0;
            entry.limitsRespected = LimitsRespected::Yes;
            entry.traumaReliving = TraumaReliving::No;
            entry.reasons = {};
        }
        j.entries << entry;
    }
    for (int i = random.bounded(0, 3); i > 0; --i) {
        const QByteArray id = "c" + QByteArray::number(i);
        if (random.bounded(2))
            j.checkIns << phq9(id.constData(), ago(random.bounded(40)), random.bounded(28),
                               random.bounded(4) == 0 ? 1 : 0);
        else
            j.checkIns << checkIn(id.constData(), Instrument::Gad7, ago(random.bounded(40)),
                                  QList<int>(7, random.bounded(4)));
    }
    return j;
}

} // namespace

class TestFindingVoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appSpeaksToTheUserAndTheSummaryAboutThePerson()
    {
        QRandomGenerator random(20261207);
        QSet<QString> ids;
        QSet<QString> wordings; // each summary explanation with its numbers and names taken out
        for (int round = 0; round < 4000; ++round) {
            const Journal j = randomJournal(random);
            for (const Finding& f : Findings::evaluate(j.entries, j.checkIns, j.partners, asOf())) {
                ids.insert(f.id);
                QVERIFY2(!f.reportTitle.isEmpty() && !f.reportExplanation.isEmpty(),
                         qPrintable(f.id));
                for (const QString& words : {f.reportTitle, f.reportExplanation})
                    QVERIFY2(!secondPerson().match(words).hasMatch(),
                             qPrintable(f.id + QStringLiteral(": ") + words));
                QVERIFY2(secondPerson().match(f.explanation).hasMatch(),
                         qPrintable(f.id + QStringLiteral(": ") + f.explanation));
                QString shape = f.reportExplanation;
                shape.remove(QRegularExpression(QStringLiteral("[0-9]+|Sam|Alex|one partner")));
                wordings.insert(f.id + u'|' + shape.left(60));
            }
        }
        // Every rule was reached, and so was every way a rule can word its explanation.
        for (const QString& id : Findings::ruleIds())
            QVERIFY2(ids.contains(id), qPrintable(id));
        const QStringList all = wordings.values();
        QStringList missing;
        for (const char* variant : {"limits_not_respected|",
                                    "trauma|In one recent reflection",
                                    "trauma|In  reflections",
                                    "pain|Some of the person's recent",
                                    "pain|Some of the person's reflections from",
                                    "relationship|Some of the person's",
                                    "relationship|Over the last",
                                    "partner_difference|Some of the person's",
                                    "partner_difference|Over the last  days,  of the person's",
                                    "partner_difference|Over the last  days, % of the person's",
                                    "partner_difference|Over the last  days, reflections with some",
                                    "shame_guilt|Shame or guilt",
                                    "shame_guilt|In  reflections",
                                    "mostly_happy_tears|The person's",
                                    "mostly_happy_tears| of the person's",
                                    "distress_rising| of the person's",
                                    "distress_rising|% of the person's",
                                    "anxiety|Anxiety",
                                    "anxiety|The most recent GAD-",
                                    "depression_signs|Over the last",
                                    "phq9_self_harm|",
                                    "postpartum|",
                                    "frequent_episodes|",
                                    "distress_share|",
                                    "not_enough_data|"}) {
            const QString prefix = QString::fromUtf8(variant);
            if (std::ranges::none_of(all, [&](const QString& w) { return w.startsWith(prefix); }))
                missing << prefix;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void theSummaryTitlesNeedNoYou()
    {
        // The titles that addressed the user have their own summary wording.
        const QList<Entry> entries{E("a", ago(3)).limits(LimitsRespected::No)};
        const QList<CheckIn> checkIns{phq9("c", ago(2), 12, 1)};
        const auto findings = Findings::evaluate(entries, checkIns, {}, asOf());
        QStringList titles;
        for (const Finding& f : findings)
            titles << f.reportTitle;
        QVERIFY2(titles.contains(u"The last check-in mentioned painful thoughts"),
                 qPrintable(titles.join(u'\n')));
        QVERIFY(titles.contains(u"The person noted that their limits were not respected"));
        QVERIFY(titles.contains(u"Too few reflections for patterns"));
    }
};

QTEST_GUILESS_MAIN(TestFindingVoice)
#include "tst_FindingVoice.moc"
