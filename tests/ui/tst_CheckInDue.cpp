// Home's "check-in due" note in the real window, on an injected clock: it appears fourteen days
// after the last check-in (not at thirteen), leads to the Check-ins page, goes away for two weeks
// when dismissed, and never shows once the reminder is turned off in Settings — a choice that
// survives a restart and that the Check-ins page's own switch reflects.
#include "core/Clock.h"
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/CheckInReminder.h"

#include <QCheckBox>
#include <QPushButton>

using namespace aftercare;
using test::ShellFixture;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

QDateTime lastCheckIn()
{
    return QDateTime(QDate(2026, 3, 2), QTime(20, 30), Qt::OffsetFromUTC, 3600);
}

} // namespace

class tst_CheckInDue : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::ManualClock> m_clock;

    // A journal with one reflection and one check-in, opened `days` days after the check-in.
    ui::MainWindow* open(ShellFixture& f, int days)
    {
        m_clock->set(lastCheckIn().addDays(days));
        f.createJournal({test::sampleEntry(lastCheckIn().addDays(-1))});
        if (core::JournalStore* store = f.pendingStore())
            (void)store->addCheckIn(
                {{}, lastCheckIn(), core::Instrument::Gad7, {0, 1, 0, 1, 0, 0, 1}});
        return f.openWindow();
    }
    // Home shown afresh, as after visiting another page.
    static void revisitHome(ui::MainWindow* w)
    {
        w->showPage(QStringLiteral("journal"));
        w->showPage(QStringLiteral("home"));
    }
    static QWidget* note(ShellFixture& f)
    {
        return f.find<QWidget>(QStringLiteral("homeCheckInNote"));
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(lastCheckIn());
        core::Clock::setInstance(m_clock.get());
    }
    void cleanup()
    {
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void appearsAfterFourteenDaysNotThirteen()
    {
        ShellFixture f;
        ui::MainWindow* w = open(f, 13);
        QCOMPARE(w->currentPage(), QStringLiteral("home"));
        QVERIFY(note(f));
        QVERIFY(!note(f)->isVisible());
        m_clock->advanceMs(kDay - 60'000); // a minute short of two weeks
        revisitHome(w);
        QVERIFY(!note(f)->isVisible());
        m_clock->advanceMs(60'000);
        revisitHome(w);
        QVERIFY(note(f)->isVisible());
        QVERIFY(f.find<QLabel>(QStringLiteral("homeCheckInText"))
                    ->text()
                    .contains(QStringLiteral("two weeks since your last check-in")));

        f.find<QAbstractButton>(QStringLiteral("homeCheckInOpen"))->click();
        QCOMPARE(w->currentPage(), QStringLiteral("checkins"));
        QVERIFY(f.find<QWidget>(QStringLiteral("checkInPage"))->isVisible());

        // Taking a check-in makes the note go away by itself.
        QVERIFY(f.session->store()->addCheckIn(
            {{}, m_clock->now(), core::Instrument::Gad7, {0, 0, 0, 0, 0, 0, 0}}));
        w->showPage(QStringLiteral("home"));
        QVERIFY(!note(f)->isVisible());
    }

    void dismissingHidesItForTwoWeeks()
    {
        ShellFixture f;
        ui::MainWindow* w = open(f, 20);
        QVERIFY(note(f)->isVisible());
        f.find<QAbstractButton>(QStringLiteral("homeCheckInDismiss"))->click();
        QVERIFY(!note(f)->isVisible());
        QCOMPARE(w->currentPage(), QStringLiteral("home"));
        revisitHome(w);
        QVERIFY(!note(f)->isVisible());
        // Still hidden after a restart, until two weeks after the dismissal.
        f.closeWindow();
        f.session = std::make_unique<ui::Session>(f.journal.dir());
        auto reopened = f.journal.unlock();
        QVERIFY(reopened);
        f.preferences = std::make_unique<ui::Preferences>(f.preferencesPath());
        f.window = std::make_unique<ui::MainWindow>(f.session.get(), f.preferences.get());
        f.session->adopt(std::move(*reopened));
        f.window->show();
        m_clock->advanceMs(13 * kDay);
        revisitHome(f.window.get());
        QVERIFY(!note(f)->isVisible());
        m_clock->advanceMs(kDay);
        revisitHome(f.window.get());
        QVERIFY(note(f)->isVisible());
    }

    void turnedOffInSettings()
    {
        ShellFixture f;
        ui::MainWindow* w = open(f, 30);
        QVERIFY(note(f)->isVisible());
        w->showPage(QStringLiteral("settings"));
        auto* toggle = f.find<QCheckBox>(QStringLiteral("settingsCheckInReminder"));
        QVERIFY(toggle && toggle->isVisible());
        QVERIFY(toggle->isChecked());
        toggle->click();
        QVERIFY(!toggle->isChecked());
        QVERIFY(!ui::CheckInReminder::isEnabled(*f.session->store()));
        w->showPage(QStringLiteral("home"));
        QVERIFY(!note(f)->isVisible());
        // The Check-ins page says the same.
        w->showPage(QStringLiteral("checkins"));
        QVERIFY(f.find<QLabel>(QStringLiteral("checkInReminderState"))
                    ->text()
                    .contains(QStringLiteral(" off")));

        // Kept in the journal: after locking and unlocking it is still off.
        w->lock();
        auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        field->setText(QString::fromUtf8(test::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(f.session->isUnlocked());
        w->showPage(QStringLiteral("home"));
        QVERIFY(!note(f)->isVisible());
        w->showPage(QStringLiteral("settings"));
        QVERIFY(!toggle->isChecked());

        // And on again by way of the Check-ins page, whose link leads to the one switch.
        w->showPage(QStringLiteral("checkins"));
        f.find<QPushButton>(QStringLiteral("checkInReminderSettings"))->click();
        QCOMPARE(w->currentPage(), QStringLiteral("settings"));
        QCOMPARE(QApplication::focusWidget(), toggle);
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(toggle->isChecked());
        w->showPage(QStringLiteral("checkins"));
        QVERIFY(f.find<QLabel>(QStringLiteral("checkInReminderState"))
                    ->text()
                    .contains(QStringLiteral(" on")));
        w->showPage(QStringLiteral("home"));
        QVERIFY(note(f)->isVisible());
    }

    void newJournalStartsWithTheWelcomeAlone()
    {
        ShellFixture f;
        m_clock->set(lastCheckIn());
        f.createJournal();
        f.openWindow();
        QVERIFY(f.find<QWidget>(QStringLiteral("homeEmptyState"))->isVisible());
        QVERIFY(!note(f)->isVisible());
    }
};

QTEST_MAIN(tst_CheckInDue)
#include "tst_CheckInDue.moc"
