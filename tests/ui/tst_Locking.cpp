// Locking in the real window: idle time measured on an injected clock, Ctrl+L, minimising, the
// desktop's screen lock; afterwards no widget holds journal text, and unlocking returns to the
// same page.
#include "core/Clock.h"
#include "tests/ui/ShellFixture.h"
#include "ui/journal/JournalPage.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/DesktopLockWatcher.h"
#include "ui/session/LockController.h"
#include "ui/widgets/SupportPanel.h"

#include <QDialog>
#include <QPointer>
#include <QVBoxLayout>

using namespace aftercare;
using test::ShellFixture;

namespace {
const QString kNote = QStringLiteral("lighthouse at dusk, quietly 7f3a");
const QString kThoughts = QStringLiteral("thinking of the orchard 91c2");
const QString kContact = QStringLiteral("Dr Quillfeather 0123 456 789");
const QString kPartner = QStringLiteral("Rowan-b52e");
constexpr qint64 kMinute = 60'000;
} // namespace

class tst_Locking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(QDateTime::currentDateTime());
        core::Clock::setInstance(m_clock.get());
    }
    void cleanup()
    {
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }
    void idleLockEmptiesEveryWidget();
    void activityPostponesIdleLock();
    void autoLockCanBeTurnedOff();
    void ctrlLLocksAndUnlockReturnsToSamePage();
    void minimisingLocksWhenEnabled();
    void desktopScreenLockLocks();
    void lockClosesDialogs();

private:
    QString prepare(ShellFixture& f);
    static void unlock(ShellFixture& f)
    {
        auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        field->setText(QString::fromUtf8(test::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(f.session->isUnlocked());
    }

    std::unique_ptr<core::ManualClock> m_clock;
};

// A journal with one entry, a partner and a saved contact, open in the window with the entry on
// screen in as many places as the pages offer.
QString tst_Locking::prepare(ShellFixture& f)
{
    core::Entry entry = test::sampleEntry(QDateTime::currentDateTime().addDays(-1), kNote);
    entry.thoughtsText = kThoughts;
    f.createJournal();
    core::JournalStore* store = f.pendingStore();
    if (!store)
        return QString();
    auto partner = store->addPartner(kPartner);
    entry.partnerId = partner ? partner->id : QString();
    auto added = store->addEntry(entry);
    store->setSetting(ui::SupportPanel::therapistKey, kContact);
    f.openWindow();
    if (!added)
        return QString();
    auto* journal = qobject_cast<ui::JournalPage*>(f.window->page(QStringLiteral("journal")));
    f.window->showPage(QStringLiteral("journal"));
    journal->showOnly({added->id}, QStringLiteral("The entry"));
    f.window->journal()->showGuide(QStringLiteral("help_now"));
    auto* reflect = qobject_cast<ui::ReflectPage*>(f.window->page(QStringLiteral("reflect")));
    f.window->showPage(QStringLiteral("reflect"));
    reflect->editEntry(added->id);
    return added->id;
}

void tst_Locking::idleLockEmptiesEveryWidget()
{
    ShellFixture f;
    QVERIFY(!prepare(f).isEmpty());
    QCOMPARE(f.preferences->autoLockMinutes(), 5);
    // The data really is on screen before the lock, so the check below means something.
    QVERIFY(!test::textsContaining(kContact).isEmpty());
    QVERIFY(!test::textsContaining(kNote).isEmpty());
    QVERIFY(!test::textsContaining(kThoughts).isEmpty());
    QVERIFY(!test::textsContaining(kPartner).isEmpty());
    QPointer<core::JournalStore> store = f.session->store();

    m_clock->advanceMs(5 * kMinute - 1);
    f.window->lockController()->checkIdle();
    QVERIFY(f.session->isUnlocked());

    m_clock->advanceMs(1);
    f.window->lockController()->checkIdle();
    QVERIFY(!f.session->isUnlocked());
    QVERIFY(f.session->store() == nullptr);
    QVERIFY(store.isNull()); // the store object (and its key) is gone, not just hidden
    QCOMPARE(f.window->screen(), ui::MainWindow::Screen::Unlock);
    for (const QString& secret : {kNote, kThoughts, kContact, kPartner})
        QVERIFY2(test::textsContaining(secret).isEmpty(),
                 qPrintable(secret + QStringLiteral(" still shown in: ") +
                            test::textsContaining(secret).join(QStringLiteral(" | "))));
    QVERIFY(f.find<QLabel>(QStringLiteral("unlockNote"))->text().contains(QStringLiteral("idle")));
}

void tst_Locking::activityPostponesIdleLock()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    m_clock->advanceMs(4 * kMinute);
    // Any key press or mouse movement anywhere in the app counts as activity.
    QTest::keyClick(f.find<QWidget>(QStringLiteral("sidebar")), Qt::Key_Down);
    m_clock->advanceMs(4 * kMinute);
    f.window->lockController()->checkIdle();
    QVERIFY(f.session->isUnlocked());
    QTest::mouseMove(f.window.get(), QPoint(20, 20));
    m_clock->advanceMs(4 * kMinute);
    f.window->lockController()->checkIdle();
    QVERIFY(f.session->isUnlocked());
    m_clock->advanceMs(1 * kMinute);
    f.window->lockController()->checkIdle();
    QVERIFY(!f.session->isUnlocked());
}

void tst_Locking::autoLockCanBeTurnedOff()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.preferences->setAutoLockMinutes(0);
    m_clock->advanceMs(24 * 60 * kMinute);
    f.window->lockController()->checkIdle();
    QVERIFY(f.session->isUnlocked());
    f.preferences->setAutoLockMinutes(1);
    f.window->lockController()->checkIdle();
    QVERIFY(!f.session->isUnlocked());
}

void tst_Locking::ctrlLLocksAndUnlockReturnsToSamePage()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->journal()->showGuide(QStringLiteral("pain"));
    QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!f.session->isUnlocked());
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
    // Shortcuts that need the journal do nothing while it is locked.
    QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
    unlock(f);
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Journal);
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));

    // The visible Lock button does the same.
    f.find<QAbstractButton>(QStringLiteral("lockButton"))->click();
    QVERIFY(!f.session->isUnlocked());
}

void tst_Locking::minimisingLocksWhenEnabled()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QVERIFY(f.preferences->lockOnMinimise());
    f.preferences->setLockOnMinimise(false);
    w->setWindowState(Qt::WindowMinimized);
    QVERIFY(f.session->isUnlocked());
    w->setWindowState(Qt::WindowNoState);
    f.preferences->setLockOnMinimise(true);
    w->setWindowState(Qt::WindowMinimized);
    QVERIFY(!f.session->isUnlocked());
}

void tst_Locking::desktopScreenLockLocks()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    auto* watcher = f.window->lockController()->findChild<ui::DesktopLockWatcher*>();
    QVERIFY(watcher);
    // What the D-Bus signal delivers; the bus itself is not available to tests.
    QVERIFY(QMetaObject::invokeMethod(watcher, "onScreenSaverActiveChanged", Q_ARG(bool, false)));
    QVERIFY(f.session->isUnlocked());
    QVERIFY(QMetaObject::invokeMethod(watcher, "onPrepareForSleep", Q_ARG(bool, true)));
    QVERIFY(!f.session->isUnlocked());
}

void tst_Locking::lockClosesDialogs()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    QPointer<QDialog> dialog = new QDialog(f.window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(kNote, dialog));
    dialog->show();
    QVERIFY(dialog->isVisible());
    f.window->lock();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(test::textsContaining(kNote).isEmpty());
}

QTEST_MAIN(tst_Locking)
#include "tst_Locking.moc"
