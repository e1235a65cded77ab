// When Home offers a check-in: two weeks after the last one or when there is none, never when
// turned off, and not again for two weeks after the person dismisses it.
#include "core/storage/JournalStore.h"
#include "tests/support/TestJournal.h"
#include "ui/session/CheckInReminder.h"

#include <QTest>

using namespace aftercare;
namespace Reminder = aftercare::ui::CheckInReminder;

namespace {

QDateTime now()
{
    return QDateTime(QDate(2025, 3, 30), QTime(9, 0), Qt::OffsetFromUTC, 3600);
}

core::CheckIn taken(const QDateTime& at, core::Instrument instrument = core::Instrument::Phq9)
{
    return {{}, at, instrument, QList<int>(core::CheckIn::itemCount(instrument), 0)};
}

} // namespace

class tst_CheckInReminder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueWithNoCheckIn()
    {
        QVERIFY(Reminder::isDue({}, now(), true));
        QVERIFY(!Reminder::isDue({}, now(), false));
    }

    void dueFourteenDaysAfterTheLast()
    {
        const QDateTime last = now().addDays(-14);
        QVERIFY(Reminder::isDue({taken(last)}, now(), true));
        QVERIFY(!Reminder::isDue({taken(last.addSecs(1))}, now(), true));
        QVERIFY(!Reminder::isDue({taken(last)}, now(), false));
    }

    void theNewestOfEitherInstrumentCounts()
    {
        const QList<core::CheckIn> both{taken(now().addDays(-3), core::Instrument::Gad7),
                                        taken(now().addDays(-40))};
        QVERIFY(!Reminder::isDue(both, now(), true));
        // Order in the list does not matter, and a future-dated one counts as recent.
        QVERIFY(
            !Reminder::isDue({taken(now().addDays(-40)), taken(now().addDays(2))}, now(), true));
    }

    void storeSettingsTurnItOffAndDismissIt()
    {
        test::TestJournal tmp;
        auto created = tmp.create();
        QVERIFY(created.has_value());
        core::JournalStore& store = created->journal->store();
        QVERIFY(Reminder::isEnabled(store));
        QVERIFY(Reminder::isDue(store, now()));

        QVERIFY(Reminder::setEnabled(store, false));
        QCOMPARE(store.setting(QLatin1StringView(Reminder::enabledKey)).value(),
                 QStringLiteral("off"));
        QVERIFY(!Reminder::isDue(store, now()));
        QVERIFY(Reminder::setEnabled(store, true));
        QVERIFY(Reminder::isDue(store, now()));

        QVERIFY(Reminder::dismiss(store, now()));
        QVERIFY(!Reminder::isDue(store, now().addDays(13)));
        QVERIFY(Reminder::isDue(store, now().addDays(14)));

        // A check-in newer than the dismissal starts the two weeks again.
        QVERIFY(store.addCheckIn(taken(now().addDays(10))));
        QVERIFY(!Reminder::isDue(store, now().addDays(14)));
        QVERIFY(Reminder::isDue(store, now().addDays(24)));
    }
};

QTEST_GUILESS_MAIN(tst_CheckInReminder)
#include "tst_CheckInReminder.moc"
