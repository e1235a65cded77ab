// The period a therapist summary prints is exactly the period chosen, and it holds exactly the
// entries of those days: the first and last minute of each end day are in, the minute before and
// after are out, also on the days the clocks change. Runs in Europe/Berlin time (set before
// anything reads the time zone), whatever the machine's own zone is.
#include "tests/core/tst_ReportFixture.h"

#include "core/report/ReportBuilder.h"
#include "core/report/ReportOptions.h"

#include <ctime>
#include <QTest>

using namespace aftercare::core;

namespace {

// Before main(): Qt reads the zone on first use.
const bool berlin = [] {
    qputenv("TZ", "Europe/Berlin");
    tzset();
    return true;
}();

// As the store gives entries back: the local wall time with the offset it had then.
QDateTime stored(int y, int m, int d, int h, int min)
{
    const QDateTime local(QDate(y, m, d), QTime(h, min));
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

Entry entryAt(const QDateTime& when)
{
    return aftercare::test::ReportFixture::entry(when, Tears::Few, Tension::Relieved,
                                                 Thoughts::Happy);
}

ReportOptions chosen(const QDate& from, const QDate& to)
{
    ReportOptions options;
    options.from = from;
    options.to = to;
    return options;
}

} // namespace

class TestReportPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(berlin);
        // Summer time really is in force here, or this test proves nothing about DST.
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), 7200);
        QCOMPARE(QDateTime(QDate(2026, 12, 1), QTime(12, 0)).offsetFromUtc(), 3600);
    }

    void thePrintedPeriodIsTheChosenOne_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("printed");
        // The slip once seen: 6 September chosen, 7 September printed.
        QTest::newRow("september") << QDate(2026, 9, 6) << QDate(2026, 12, 6)
                                   << QStringLiteral("6 September 2026 – 6 December 2026");
        // 25 October 2026 has 25 hours (summer time ends), 29 March 2026 has 23.
        QTest::newRow("autumn change") << QDate(2026, 10, 25) << QDate(2026, 10, 25)
                                       << QStringLiteral("25 October 2026 – 25 October 2026");
        QTest::newRow("spring change") << QDate(2026, 3, 29) << QDate(2026, 3, 29)
                                       << QStringLiteral("29 March 2026 – 29 March 2026");
        QTest::newRow("across a change") << QDate(2026, 10, 1) << QDate(2026, 11, 30)
                                         << QStringLiteral("1 October 2026 – 30 November 2026");
    }

    void thePrintedPeriodIsTheChosenOne()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, printed);
        ReportBuilder::Source source;
        source.entries << entryAt(stored(from.year(), from.month(), from.day(), 12, 0));
        const QDateTime madeAt(QDate(2026, 12, 6), QTime(23, 30));
        const TherapistReport r = ReportBuilder::build(source, chosen(from, to), madeAt);
        QCOMPARE(r.cover.periodText, printed);
    }

    void bothEndDaysAreWholeDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("ordinary day") << QDate(2026, 9, 6);
        QTest::newRow("autumn change") << QDate(2026, 10, 25);
        QTest::newRow("spring change") << QDate(2026, 3, 29);
    }

    void bothEndDaysAreWholeDays()
    {
        QFETCH(QDate, day);
        const QDate before = day.addDays(-1);
        const QDate after = day.addDays(1);
        ReportBuilder::Source source;
        // In: the first and the last minute of the day. Out: the minute before, the minute after.
        source.entries << entryAt(stored(day.year(), day.month(), day.day(), 0, 0))
                       << entryAt(stored(day.year(), day.month(), day.day(), 23, 59))
                       << entryAt(stored(before.year(), before.month(), before.day(), 23, 59))
                       << entryAt(stored(after.year(), after.month(), after.day(), 0, 0));
        const QDateTime madeAt(QDate(2026, 12, 6), QTime(9, 0));
        const TherapistReport r = ReportBuilder::build(source, chosen(day, day), madeAt);
        QCOMPARE(r.overview.episodes, 2);
        QCOMPARE(r.entries.size(), 2);
        const QString date = day.toString(Qt::ISODate);
        QCOMPARE(r.entries.at(0).cells.first(), date + QStringLiteral(" 00:00"));
        QCOMPARE(r.entries.at(1).cells.first(), date + QStringLiteral(" 23:59"));

        // The same day as the end of a longer period and as its start.
        const TherapistReport ending =
            ReportBuilder::build(source, chosen(day.addDays(-10), day), madeAt);
        QCOMPARE(ending.overview.episodes, 3);
        const TherapistReport starting =
            ReportBuilder::build(source, chosen(day, day.addDays(10)), madeAt);
        QCOMPARE(starting.overview.episodes, 3);
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_ReportPeriod.moc"
