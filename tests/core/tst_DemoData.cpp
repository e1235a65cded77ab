#include "core/analysis/Factors.h"
#include "core/demo/DemoData.h"
#include "core/exchange/JsonFormat.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace aftercare::core;

namespace {

const QDateTime end(QDate(2026, 11, 30), QTime(22, 0), Qt::OffsetFromUTC, 3600);

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesTheSameJournal()
    {
        const JournalDocument a = DemoData::generate(300, end, 365, 7);
        const JournalDocument b = DemoData::generate(300, end, 365, 7);
        QCOMPARE(a.entries, b.entries);
        QCOMPARE(a.partners, b.partners);
        QCOMPARE(a.checkIns, b.checkIns);
        QCOMPARE(JsonFormat::writeDocument(a), JsonFormat::writeDocument(b));
    }

    void otherSeedGivesAnotherJournal()
    {
        const JournalDocument a = DemoData::generate(300, end, 365, 7);
        const JournalDocument b = DemoData::generate(300, end, 365, 8);
        QVERIFY(JsonFormat::writeDocument(a) != JsonFormat::writeDocument(b));
        QVERIFY(a.entries.first().id != b.entries.first().id);
    }

    void everythingIsValid_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("days");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("a year") << 250 << 365 << 1u;
        QTest::newRow("sparse") << 12 << 400 << 2u;
        QTest::newRow("dense") << 3000 << 90 << 3u;
        QTest::newRow("one day") << 5 << 1 << 4u;
        QTest::newRow("none") << 0 << 60 << 5u;
    }
    void everythingIsValid()
    {
        QFETCH(int, count);
        QFETCH(int, days);
        QFETCH(quint32, seed);
        const JournalDocument doc = DemoData::generate(count, end, days, seed);
        QCOMPARE(doc.entries.size(), count);
        QVERIFY(doc.partners.size() == 2 || doc.partners.size() == 3);
        QSet<QString> partnerIds;
        for (const Partner& p : doc.partners) {
            QVERIFY(isValidId(p.id));
            QVERIFY(QStringList({u"Sam"_qs, u"Alex"_qs, u"Robin"_qs}).contains(p.label));
            partnerIds.insert(p.id);
        }
        QSet<QString> ids;
        const QDateTime start = end.addDays(-days);
        QDateTime previous;
        for (const Entry& e : doc.entries) {
            const Status valid = e.validate(Entry::Completeness::Complete);
            QVERIFY2(valid, valid ? "" : qPrintable(valid.error().message()));
            QVERIFY(!ids.contains(e.id));
            ids.insert(e.id);
            QVERIFY(e.partnerId.isEmpty() || partnerIds.contains(e.partnerId));
            QVERIFY2(e.occurredAt > start && e.occurredAt <= end,
                     qPrintable(e.occurredAt.toString(Qt::ISODate)));
            QVERIFY(!previous.isValid() || previous <= e.occurredAt);
            previous = e.occurredAt;
            QVERIFY(e.createdAt >= e.occurredAt && e.createdAt <= end);
            QVERIFY(e.updatedAt >= e.createdAt && e.updatedAt <= end);
            QCOMPARE(e.occurredAt.offsetFromUtc(), 3600);
        }
        for (const CheckIn& c : doc.checkIns) {
            QVERIFY(c.validate());
            QVERIFY(!ids.contains(c.id));
            ids.insert(c.id);
            QVERIFY(c.takenAt > start && c.takenAt <= end);
            if (c.instrument == Instrument::Phq9)
                QCOMPARE(c.answers.last(), 0); // never the self-harm item
        }
        // The whole journal passes the strict reader too.
        const auto back = JsonFormat::readDocument(JsonFormat::writeDocument(doc));
        QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->entries, doc.entries);
    }

    void answersArePlausible()
    {
        const JournalDocument doc = DemoData::generate(2000, end, 365, 11);
        int mild = 0, worse = 0, traumaYes = 0, withNotes = 0, withPain = 0;
        for (const Entry& e : doc.entries) {
            mild += e.tension == Tension::Relieved && e.thoughts == Thoughts::Happy;
            worse += e.tension == Tension::Worse;
            traumaYes += e.traumaReliving == TraumaReliving::Yes;
            withNotes += !e.notes.isEmpty();
            withPain += e.pain.value_or(0) > 0;
            if (e.tension == Tension::Worse)
                QVERIFY(e.thoughts != Thoughts::Happy);
        }
        QVERIFY2(mild > 2000 * 0.35, qPrintable(QString::number(mild)));
        QVERIFY(worse > 2000 * 0.1 && worse < 2000 * 0.4);
        QVERIFY(traumaYes > 0 && traumaYes < 2000 * 0.03);
        QVERIFY(withNotes > 2000 * 0.25);
        QVERIFY(withPain > 0 && withPain < 2000 * 0.1);
    }

    void aStretchOfLowerMoodShows()
    {
        const int days = 365;
        const JournalDocument doc = DemoData::generate(1000, end, days, 3);
        // The stretch sits about five months back; compare it with the most recent two months.
        const QDateTime lowFrom = end.addDays(-days * 45 / 100),
                        lowTo = end.addDays(-days * 39 / 100);
        const QDateTime recent = end.addDays(-60);
        double lowSigns = 0, recentSigns = 0;
        int lowCount = 0, recentCount = 0;
        for (const Entry& e : doc.entries) {
            if (e.occurredAt >= lowFrom && e.occurredAt <= lowTo) {
                lowSigns += e.depressionSigns.size();
                ++lowCount;
            } else if (e.occurredAt >= recent) {
                recentSigns += e.depressionSigns.size();
                ++recentCount;
            }
        }
        QVERIFY(lowCount > 10 && recentCount > 10);
        QVERIFY2(
            lowSigns / lowCount > 3 * (recentSigns / recentCount) && lowSigns / lowCount > 0.8,
            qPrintable(u"%1 vs %2"_qs.arg(lowSigns / lowCount).arg(recentSigns / recentCount)));
        int lowPhq = -1, lastPhq = -1;
        for (const CheckIn& c : doc.checkIns) {
            if (c.instrument != Instrument::Phq9)
                continue;
            int total = 0;
            for (int a : c.answers)
                total += a;
            if (c.takenAt >= lowFrom && c.takenAt <= lowTo)
                lowPhq = std::max(lowPhq, total);
            lastPhq = total;
        }
        QVERIFY2(lowPhq >= 10, qPrintable(QString::number(lowPhq)));
        QVERIFY(lastPhq >= 0 && lastPhq < 10);
    }

    void checkInsComeEveryFewWeeks()
    {
        const JournalDocument doc = DemoData::generate(100, end, 365, 5);
        int phq = 0;
        for (const CheckIn& c : doc.checkIns)
            phq += c.instrument == Instrument::Phq9;
        QVERIFY2(phq >= 13 && phq <= 22, qPrintable(QString::number(phq)));
    }

    void tenThousandEntriesAreQuick()
    {
        QElapsedTimer timer;
        timer.start();
        const JournalDocument doc = DemoData::generate(10'000, end, 3650, 9);
        const qint64 ms = timer.elapsed();
        QCOMPARE(doc.entries.size(), 10'000);
        qInfo("10,000 demo entries in %lld ms", ms);
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
#endif
    }

    void aTagStandsOutInTheDemo()
    {
        // What `aftercare --demo` (and the screenshots) show on Trends over the default 90 days:
        // "an argument before" comes with the hard episodes, "very tired" with neither.
        const JournalDocument doc = DemoData::generate(250, end, 540); // as DemoJournal does
        const AnalysisContext context(doc.entries, doc.checkIns, doc.partners, end);
        const FactorAnalysis analysis = FactorAnalysis::compute(context, 90);
        const auto factor = [&analysis](const QString& tag) {
            for (const Factor& f : analysis.factors)
                if (f.tag == tag)
                    return f;
            return Factor{};
        };
        const Factor argument = factor(u"an argument before"_qs);
        QVERIFY(argument.standsOut);
        QCOMPARE(argument.direction, FactorDirection::MoreDistress);
        const Factor tired = factor(u"very tired"_qs);
        QVERIFY(tired.hasEnoughEntries());
        QVERIFY(!tired.standsOut);
        QVERIFY(analysis.tested() >= 3);
        // and one with too few reflections to say anything about: "alcohol or drugs".
        QVERIFY(!factor(u"alcohol or drugs"_qs).hasEnoughEntries());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_DemoData.moc"
