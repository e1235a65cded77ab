// PHQ-9 and GAD-7 scoring: every band boundary of both instruments, the item 9 flag, PHQ-2, and
// the published wording the check-in screens show.
#include "core/analysis/Questionnaire.h"
#include "core/analysis/Scoring.h"
#include "core/model/Entry.h"

#include <QTest>

using namespace aftercare::core;

Q_DECLARE_METATYPE(aftercare::core::Instrument)
Q_DECLARE_METATYPE(aftercare::core::Band)

namespace {

CheckIn withTotal(Instrument instrument, int total)
{
    CheckIn c;
    c.id = newId();
    c.instrument = instrument;
    c.takenAt = QDateTime::currentDateTime();
    for (int i = 0; i < CheckIn::itemCount(instrument); ++i) {
        const int a = std::min(CheckIn::maxAnswer, total);
        c.answers << a;
        total -= a;
    }
    return c;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bands_data()
    {
        QTest::addColumn<Instrument>("instrument");
        QTest::addColumn<int>("total");
        QTest::addColumn<Band>("band");
        const auto phq = Instrument::Phq9;
        const auto gad = Instrument::Gad7;
        QTest::newRow("phq9 0") << phq << 0 << Band::Minimal;
        QTest::newRow("phq9 4") << phq << 4 << Band::Minimal;
        QTest::newRow("phq9 5") << phq << 5 << Band::Mild;
        QTest::newRow("phq9 9") << phq << 9 << Band::Mild;
        QTest::newRow("phq9 10") << phq << 10 << Band::Moderate;
        QTest::newRow("phq9 14") << phq << 14 << Band::Moderate;
        QTest::newRow("phq9 15") << phq << 15 << Band::ModeratelySevere;
        QTest::newRow("phq9 19") << phq << 19 << Band::ModeratelySevere;
        QTest::newRow("phq9 20") << phq << 20 << Band::Severe;
        QTest::newRow("phq9 27") << phq << 27 << Band::Severe;
        QTest::newRow("gad7 0") << gad << 0 << Band::Minimal;
        QTest::newRow("gad7 4") << gad << 4 << Band::Minimal;
        QTest::newRow("gad7 5") << gad << 5 << Band::Mild;
        QTest::newRow("gad7 9") << gad << 9 << Band::Mild;
        QTest::newRow("gad7 10") << gad << 10 << Band::Moderate;
        QTest::newRow("gad7 14") << gad << 14 << Band::Moderate;
        QTest::newRow("gad7 15") << gad << 15 << Band::Severe;
        QTest::newRow("gad7 19") << gad << 19 << Band::Severe;
        QTest::newRow("gad7 20") << gad << 20 << Band::Severe;
        QTest::newRow("gad7 21") << gad << 21 << Band::Severe;
    }

    void bands()
    {
        QFETCH(Instrument, instrument);
        QFETCH(int, total);
        QFETCH(Band, band);
        QCOMPARE(Scoring::band(instrument, total), band);

        const CheckIn c = withTotal(instrument, total);
        QVERIFY(c.validate());
        const auto score = Scoring::score(c);
        QVERIFY(score);
        QCOMPARE(score->total, total);
        QCOMPARE(Scoring::bandKey(score->band), Scoring::bandKey(band));
    }

    void maximumTotalsMatchTheInstruments()
    {
        QCOMPARE(Scoring::score(withTotal(Instrument::Phq9, 99))->total, Scoring::phq9MaxTotal);
        QCOMPARE(Scoring::score(withTotal(Instrument::Gad7, 99))->total, Scoring::gad7MaxTotal);
        QCOMPARE(Scoring::phq9MaxTotal, 27);
        QCOMPARE(Scoring::gad7MaxTotal, 21);
    }

    void bandKeys()
    {
        QCOMPARE(Scoring::bandKey(Band::Minimal), u"minimal"_qs);
        QCOMPARE(Scoring::bandKey(Band::Mild), u"mild"_qs);
        QCOMPARE(Scoring::bandKey(Band::Moderate), u"moderate"_qs);
        QCOMPARE(Scoring::bandKey(Band::ModeratelySevere), u"moderately_severe"_qs);
        QCOMPARE(Scoring::bandKey(Band::Severe), u"severe"_qs);
    }

    void selfHarmFlagIsItemNine_data()
    {
        QTest::addColumn<Instrument>("instrument");
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<bool>("flag");
        QTest::newRow("phq9 all zero") << Instrument::Phq9 << QList<int>(9, 0) << false;
        QTest::newRow("phq9 item 9 is 1")
            << Instrument::Phq9 << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1} << true;
        QTest::newRow("phq9 item 9 is 3, rest 0")
            << Instrument::Phq9 << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 3} << true;
        QTest::newRow("phq9 item 8 high, item 9 zero")
            << Instrument::Phq9 << QList<int>{3, 3, 3, 3, 3, 3, 3, 3, 0} << false;
        QTest::newRow("gad7 all three") << Instrument::Gad7 << QList<int>(7, 3) << false;
    }

    void selfHarmFlagIsItemNine()
    {
        QFETCH(Instrument, instrument);
        QFETCH(QList<int>, answers);
        QFETCH(bool, flag);
        CheckIn c;
        c.id = newId();
        c.takenAt = QDateTime::currentDateTime();
        c.instrument = instrument;
        c.answers = answers;
        QCOMPARE(Scoring::selfHarmFlag(c), flag);
        QCOMPARE(Scoring::score(c)->selfHarmFlag, flag);
    }

    void unscorableCheckInsHaveNoScore()
    {
        CheckIn c = withTotal(Instrument::Phq9, 10);
        c.answers.removeLast();
        QVERIFY(!Scoring::isScorable(c));
        QVERIFY(!Scoring::score(c));
        c = withTotal(Instrument::Gad7, 3);
        c.answers[0] = 4;
        QVERIFY(!Scoring::isScorable(c));
        c.answers[0] = -1;
        QVERIFY(!Scoring::score(c));
        c.answers[0] = 0;
        QVERIFY(Scoring::score(c));
    }

    void phq2_data()
    {
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("suggestsFull");
        QTest::newRow("0 0") << QList<int>{0, 0} << 0 << false;
        QTest::newRow("1 1") << QList<int>{1, 1} << 2 << false;
        QTest::newRow("2 1") << QList<int>{2, 1} << 3 << true;
        QTest::newRow("3 3") << QList<int>{3, 3} << 6 << true;
        QTest::newRow("first two of a full PHQ-9")
            << QList<int>{1, 1, 3, 3, 3, 3, 3, 3, 3} << 2 << false;
        QTest::newRow("only one answer") << QList<int>{3} << 3 << true;
    }

    void phq2()
    {
        QFETCH(QList<int>, answers);
        QFETCH(int, total);
        QFETCH(bool, suggestsFull);
        QCOMPARE(Scoring::phq2(answers), total);
        QCOMPARE(Scoring::phq2SuggestsFullPhq9(total), suggestsFull);
    }

    void publishedWording()
    {
        const Questionnaire phq = Questionnaire::of(Instrument::Phq9);
        QCOMPARE(phq.name, u"PHQ-9"_qs);
        QCOMPARE(phq.items.size(), 9);
        QCOMPARE(phq.items.first(), u"Little interest or pleasure in doing things"_qs);
        QCOMPARE(
            phq.items.at(Scoring::selfHarmItemIndex),
            u"Thoughts that you would be better off dead or of hurting yourself in some way"_qs);
        QVERIFY(phq.stem.startsWith(u"Over the last 2 weeks"));
        QVERIFY(phq.citation.contains(u"Kroenke"));

        const Questionnaire gad = Questionnaire::of(Instrument::Gad7);
        QCOMPARE(gad.name, u"GAD-7"_qs);
        QCOMPARE(gad.items.size(), 7);
        QCOMPARE(gad.items.first(), u"Feeling nervous, anxious or on edge"_qs);
        QCOMPARE(gad.items.last(), u"Feeling afraid as if something awful might happen"_qs);
        QVERIFY(gad.citation.contains(u"2006"));

        const QStringList options{u"Not at all"_qs, u"Several days"_qs,
                                  u"More than half the days"_qs, u"Nearly every day"_qs};
        for (const Questionnaire& q : {phq, gad}) {
            QCOMPARE(q.options, options);
            QCOMPARE(q.options.size(), CheckIn::maxAnswer + 1);
            QCOMPARE(q.items.size(), CheckIn::itemCount(q.instrument));
            QVERIFY(q.credit.contains(u"No permission required"));
        }
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_Scoring.moc"
