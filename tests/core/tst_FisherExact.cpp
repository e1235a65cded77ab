// Fisher's exact test against values known from the literature and from exact rational
// arithmetic (Python's fractions over math.comb), including tables whose p-value sits just
// around the 0.05 the factor rule uses.
#include "core/analysis/FisherExact.h"

#include <QTest>

using namespace aftercare::core;

class TestFisherExact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownTables_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("p");
        // Fisher's lady tasting tea: 3 of 4 right each way, p = 34/70.
        QTest::newRow("tea tasting 3/1/1/3") << 3 << 1 << 1 << 3 << 34.0 / 70.0;
        // The textbook dieting example (1 of 10 men, 11 of 14 women); R gives 0.002759.
        QTest::newRow("dieting 1/9/11/3") << 1 << 9 << 11 << 3 << 0.0027594561852200836;
        // The two most extreme tables of their margins: 2 / C(20, 10).
        QTest::newRow("10/0/0/10") << 10 << 0 << 0 << 10 << 2.0 / 184756.0;
        // The example sentence: 7 of 9 against 6 of 31.
        QTest::newRow("7 of 9 against 6 of 31") << 7 << 2 << 6 << 25 << 0.00233244079993306;
        // Around the rule's 0.05.
        QTest::newRow("exactly 0.05: 2 of 6 against 0 of 19") << 2 << 4 << 0 << 19 << 0.05;
        QTest::newRow("just below: 6 of 9 against 10 of 36")
            << 6 << 3 << 10 << 26 << 0.04999705500048814;
        QTest::newRow("just above: 6 of 16 against 4 of 37")
            << 6 << 10 << 4 << 33 << 0.05000795026452611;
        // Nothing to compare: a row or a column is empty.
        QTest::newRow("no one without") << 3 << 2 << 0 << 0 << 1.0;
        QTest::newRow("no one distressed") << 0 << 5 << 0 << 7 << 1.0;
        QTest::newRow("identical rows") << 2 << 3 << 2 << 3 << 1.0;
    }

    void knownTables()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, c);
        QFETCH(int, d);
        QFETCH(double, p);
        const double got = FisherExact::twoSidedP(a, b, c, d);
        QVERIFY2(
            std::abs(got - p) <= 1e-9 * std::max(p, 1e-12),
            qPrintable(QStringLiteral("%1, expected %2").arg(got, 0, 'g', 17).arg(p, 0, 'g', 17)));
    }

    // Swapping rows, columns or both describes the same table.
    void symmetric()
    {
        const double p = FisherExact::twoSidedP(7, 2, 6, 25);
        QCOMPARE(FisherExact::twoSidedP(6, 25, 7, 2), p);
        QVERIFY(std::abs(FisherExact::twoSidedP(2, 7, 25, 6) - p) < 1e-12);
        QVERIFY(std::abs(FisherExact::twoSidedP(7, 6, 2, 25) - p) < 1e-12);
    }

    void largeTablesStayFinite()
    {
        const double p = FisherExact::twoSidedP(4000, 6000, 2000, 8000);
        QVERIFY(p >= 0.0 && p < 1e-100);
        // Every table is "no more likely" than the most likely one: all of them, summed.
        QVERIFY(std::abs(FisherExact::twoSidedP(5000, 5000, 5000, 5000) - 1.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestFisherExact)
#include "tst_FisherExact.moc"
