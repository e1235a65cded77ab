// What tends to come with the hard episodes: the counts per tag, the minimum of 5 with and 5
// without, Fisher's test at 0.05 and the 20-point difference at their edges, the findings'
// words and evidence, and that reflections whose limits were not respected never count.
#include "core/analysis/Factors.h"
#include "tests/core/tst_FindingsFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

constexpr int kPeriod = 90;

// Builds reflections one by one, a day apart inside the period, with unique ids.
class Journal
{
public:
    Journal& add(int count, bool distressing, const QStringList& tags,
                 std::optional<LimitsRespected> limits = std::nullopt)
    {
        for (int i = 0; i < count; ++i) {
            const QByteArray id = QByteArray("e") + QByteArray::number(m_entries.size());
            E e(id.constData(), ago(1 + int(m_entries.size() % 80), int(m_entries.size())));
            if (distressing)
                e.distressing();
            if (limits)
                e.limits(*limits);
            Entry entry = e;
            entry.tags = tags;
            m_entries << entry;
        }
        return *this;
    }

    // `tag` on kWith entries of which kDistressing were distressing; the same for the others.
    Journal& table(const QString& tag, int withDistressing, int withEntries, int withoutDistressing,
                   int withoutEntries)
    {
        add(withDistressing, true, {tag});
        add(withEntries - withDistressing, false, {tag});
        add(withoutDistressing, true, {});
        add(withoutEntries - withoutDistressing, false, {});
        return *this;
    }

    FactorAnalysis analyse(int days = kPeriod) const
    {
        const AnalysisContext ctx(m_entries, {}, {}, asOf());
        return FactorAnalysis::compute(ctx, days);
    }

    QList<Entry>& entries() { return m_entries; }

private:
    QList<Entry> m_entries;
};

const Factor* factorFor(const FactorAnalysis& a, const QString& tag)
{
    for (const Factor& f : a.factors) {
        if (f.tag == tag)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestFactors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWithAndWithoutEachTag()
    {
        Journal j;
        j.add(3, true, {u"tired"_qs, u"argument"_qs})
            .add(2, false, {u"tired"_qs})
            .add(4, false, {});
        const FactorAnalysis a = j.analyse();
        QCOMPARE(a.factors.size(), 2);
        QCOMPARE(a.factors[0].tag, u"argument"_qs); // by label
        const Factor* tired = factorFor(a, u"tired"_qs);
        QVERIFY(tired);
        QCOMPARE(tired->with, (FactorCounts{5, 3}));
        QCOMPARE(tired->without, (FactorCounts{4, 0}));
        QCOMPARE(tired->entryIds.size(), 5);
        QVERIFY(!tired->hasEnoughEntries()); // 4 without
        QVERIFY(!tired->pValue);
        QVERIFY(!tired->standsOut);
        QCOMPARE(a.tested(), 0);
        QVERIFY(a.findings().isEmpty());
    }

    void fourVersusFiveEntries_data()
    {
        QTest::addColumn<int>("withEntries");
        QTest::addColumn<int>("withoutEntries");
        QTest::addColumn<bool>("tested");
        QTest::newRow("4 with") << 4 << 10 << false;
        QTest::newRow("5 with") << 5 << 10 << true;
        QTest::newRow("4 without") << 10 << 4 << false;
        QTest::newRow("5 without") << 10 << 5 << true;
    }

    void fourVersusFiveEntries()
    {
        QFETCH(int, withEntries);
        QFETCH(int, withoutEntries);
        QFETCH(bool, tested);
        Journal j;
        // Every tagged reflection distressing, none of the others: as uneven as it gets.
        j.table(u"t"_qs, withEntries, withEntries, 0, withoutEntries);
        const FactorAnalysis a = j.analyse();
        QCOMPARE(a.factors.size(), 1);
        const Factor& f = a.factors[0];
        QCOMPARE(f.hasEnoughEntries(), tested);
        QCOMPARE(f.pValue.has_value(), tested);
        QCOMPARE(f.standsOut, tested);
        QCOMPARE(a.findings().size(), tested ? 1 : 0);
        const QJsonObject json = toJson(f);
        QCOMPARE(json.value(u"p_value"_qs).isNull(), !tested);
        QCOMPARE(json.value(u"stands_out"_qs).toBool(), tested);
        QCOMPARE(json.value(u"direction"_qs).isNull(), !tested);
    }

    void theRuleAtItsEdges_data()
    {
        QTest::addColumn<int>("withDistressing");
        QTest::addColumn<int>("withEntries");
        QTest::addColumn<int>("withoutDistressing");
        QTest::addColumn<int>("withoutEntries");
        QTest::addColumn<bool>("standsOut");
        QTest::addColumn<int>("direction");
        // p-values (tst_FisherExact): 0.049997, 0.05 exactly, 0.050008.
        QTest::newRow("p just below 0.05")
            << 6 << 9 << 10 << 36 << true << int(FactorDirection::MoreDistress);
        QTest::newRow("p exactly 0.05")
            << 2 << 6 << 0 << 19 << true << int(FactorDirection::MoreDistress);
        QTest::newRow("p just above 0.05")
            << 6 << 16 << 4 << 37 << false << int(FactorDirection::None);
        // 40% against 20% (20 points, p = 0.0032) and 39% against 20% (19 points, p = 0.0050).
        QTest::newRow("20 points")
            << 40 << 100 << 20 << 100 << true << int(FactorDirection::MoreDistress);
        QTest::newRow("19 points") << 39 << 100 << 20 << 100 << false << int(FactorDirection::None);
        QTest::newRow("20 points, less distress")
            << 20 << 100 << 40 << 100 << true << int(FactorDirection::LessDistress);
        QTest::newRow("19 points, less distress")
            << 20 << 100 << 39 << 100 << false << int(FactorDirection::None);
    }

    void theRuleAtItsEdges()
    {
        QFETCH(int, withDistressing);
        QFETCH(int, withEntries);
        QFETCH(int, withoutDistressing);
        QFETCH(int, withoutEntries);
        QFETCH(bool, standsOut);
        QFETCH(int, direction);
        Journal j;
        j.table(u"a tag"_qs, withDistressing, withEntries, withoutDistressing, withoutEntries);
        // 200 reflections need a longer period than 80 days apart: everything up to asOf.
        const FactorAnalysis a = j.analyse(0);
        QCOMPARE(a.factors.size(), 1);
        const Factor& f = a.factors[0];
        QCOMPARE(f.with, (FactorCounts{withEntries, withDistressing}));
        QCOMPARE(f.without, (FactorCounts{withoutEntries, withoutDistressing}));
        QVERIFY(f.pValue);
        QCOMPARE(f.standsOut, standsOut);
        QCOMPARE(int(f.direction), direction);
        const QList<Finding>& findings = a.findings();
        QCOMPARE(findings.size(), standsOut ? 1 : 0);
        if (standsOut) {
            const bool more = direction == int(FactorDirection::MoreDistress);
            QCOMPARE(findings[0].id, QString::fromLatin1(more ? FactorAnalysis::distressId
                                                              : FactorAnalysis::easeId));
            QCOMPARE(findings[0].severity, more ? Severity::Consider : Severity::Info);
            QCOMPARE(findings[0].evidenceEntryIds, f.entryIds);
        }
    }

    void theFindingSaysTheCountsAndWhatItDoesNotMean()
    {
        Journal j;
        j.table(u"an argument before"_qs, 7, 9, 6, 31);
        const FactorAnalysis a = j.analyse();
        QCOMPARE(a.findings().size(), 1);
        const Finding& f = a.findings()[0];
        QCOMPARE(f.id, u"factor_with_distress"_qs);
        QCOMPARE(f.title, u"Harder episodes tend to come with “an argument before”"_qs);
        QVERIFY2(f.explanation.startsWith(
                     u"7 of 9 reflections tagged “an argument before” were distressing, against "
                     "6 of 31 without it. This shows what tends to go together in your entries, "
                     "not what causes what."_qs),
                 qPrintable(f.explanation));
        // One tag tested: nothing about chance.
        QVERIFY(!f.explanation.contains(u"chance"_qs));
        QCOMPARE(f.evidenceEntryIds.size(), 9);
        QCOMPARE(f.window, Window::lastDays(asOf(), kPeriod));
        // The summary's words are about the person, never "you".
        QCOMPARE(f.reportTitle, f.title);
        QVERIFY(f.reportExplanation.startsWith(u"7 of 9 reflections tagged"_qs));
        QVERIFY(f.reportExplanation.contains(u"the person's entries"_qs));
        QVERIFY(!f.reportExplanation.contains(u"your"_qs));
    }

    void chanceIsMentionedOnceWhenSeveralTagsWereTested()
    {
        Journal j;
        // "argument" with distress, "calm evening" with ease, "tired" tested but ordinary.
        j.add(8, true, {u"argument"_qs, u"tired"_qs})
            .add(1, false, {u"argument"_qs})
            .add(8, false, {u"calm evening"_qs, u"tired"_qs})
            .add(8, true, {})
            .add(8, false, {});
        const FactorAnalysis a = j.analyse();
        QCOMPARE(a.tested(), 3);
        const Factor* tired = factorFor(a, u"tired"_qs);
        QVERIFY(tired && tired->pValue && !tired->standsOut);
        const QList<Finding>& findings = a.findings();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].id, u"factor_with_distress"_qs);
        QCOMPARE(findings[1].id, u"factor_with_ease"_qs);
        QCOMPARE(findings[1].title, u"Episodes tagged “calm evening” tend to feel easier"_qs);
        int chance = 0;
        for (const Finding& f : findings)
            chance += f.explanation.count(u"one can stand out by chance"_qs);
        QCOMPARE(chance, 1);
        QVERIFY(findings[0].explanation.endsWith(
            u"3 of your tags had enough entries to compare, and with many tags, one can stand out "
            "by chance."_qs));
    }

    void limitsNotRespectedNeverCount()
    {
        Journal j;
        j.table(u"t"_qs, 5, 5, 0, 10);
        const FactorAnalysis before = j.analyse();
        j.add(6, true, {u"t"_qs}, LimitsRespected::No).add(6, true, {}, LimitsRespected::No);
        j.add(3, true, {u"only on a consent no"_qs}, LimitsRespected::No);
        const FactorAnalysis after = j.analyse();
        QCOMPARE(after.factors.size(), 1); // the tag seen only on those is not listed
        QCOMPARE(after.factors[0].with, before.factors[0].with);
        QCOMPARE(after.factors[0].without, before.factors[0].without);
        QCOMPARE(after.factors[0].entryIds, before.factors[0].entryIds);
        QCOMPARE(after.findings()[0].evidenceEntryIds, before.findings()[0].evidenceEntryIds);
        // "Unsure" still counts, like in the other pattern rules.
        j.add(1, false, {u"t"_qs}, LimitsRespected::Unsure);
        QCOMPARE(j.analyse().factors[0].with.entries, 6);
    }

    void onlyThePeriodCountsAndTagsCompareIgnoringCase()
    {
        Journal j;
        j.add(5, true, {u"Tired"_qs}).add(5, false, {});
        Entry old = j.entries().constFirst();
        old.id = u"old"_qs;
        old.occurredAt = ago(200);
        j.entries() << old;
        Entry other = j.entries().constFirst();
        other.id = u"spelled otherwise"_qs;
        other.tags = {u"tired"_qs};
        j.entries() << other;
        const FactorAnalysis a = j.analyse();
        QCOMPARE(a.factors.size(), 1);
        QCOMPARE(a.factors[0].tag, u"Tired"_qs);
        QCOMPARE(a.factors[0].with.entries, 6); // not the one 200 days ago
        QCOMPARE(j.analyse(0).factors[0].with.entries, 7);
    }

    void jsonHasTheIssuesShape()
    {
        Journal j;
        j.table(u"an argument before"_qs, 7, 9, 6, 31).add(2, false, {u"rare"_qs});
        const QJsonArray json = toJson(j.analyse());
        QCOMPARE(json.size(), 2);
        const QJsonObject first = json[0].toObject();
        QCOMPARE(first.keys(), QStringList({u"direction"_qs, u"p_value"_qs, u"stands_out"_qs,
                                            u"tag"_qs, u"with"_qs, u"without"_qs}));
        QCOMPARE(first.value(u"tag"_qs).toString(), u"an argument before"_qs);
        QCOMPARE(first.value(u"with"_qs).toObject(),
                 QJsonObject({{u"entries"_qs, 9}, {u"distressing"_qs, 7}}));
        QCOMPARE(first.value(u"without"_qs).toObject(),
                 QJsonObject({{u"entries"_qs, 33}, {u"distressing"_qs, 6}}));
        QVERIFY(std::abs(first.value(u"p_value"_qs).toDouble() - 0.00233) < 0.002);
        QCOMPARE(first.value(u"direction"_qs).toString(), u"more_distress"_qs);
        const QJsonObject rare = json[1].toObject();
        QVERIFY(rare.value(u"p_value"_qs).isNull());
        QCOMPARE(rare.value(u"stands_out"_qs).toBool(), false);
        QVERIFY(rare.value(u"direction"_qs).isNull());
    }

    void countsTextNeverGivesAPercentageOnFewerThanFive()
    {
        QCOMPARE(FactorAnalysis::countsText({4, 3}), u"3 of 4 distressing"_qs);
        QCOMPARE(FactorAnalysis::countsText({9, 7}), u"7 of 9 distressing (78%)"_qs);
        QCOMPARE(FactorAnalysis::notEnoughEntriesText(),
                 u"Not enough entries yet to say anything"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFactors)
#include "tst_Factors.moc"
