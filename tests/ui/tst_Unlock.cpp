// The locked screen in the real window: Enter unlocks, a wrong passphrase changes nothing but
// the message, the recovery code sets a new passphrase, and a damaged or busy journal gets the
// core's explanation — never an offer to wipe it.
#include "core/support/CrisisLines.h"
#include "tests/ui/Keyboard.h"
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/unlock/UnlockPage.h"
#include "ui/widgets/SupportPanel.h"

#include <optional>
#include <QDir>
#include <QFile>

using namespace aftercare;
using test::ShellFixture;

class tst_Unlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphraseFieldIsFocused();
    void wrongThenRightPassphrase();
    void recoveryCodeSetsNewPassphrase();
    void wrongRecoveryCodeChangesNothing();
    void damagedJournalIsExplainedNotWiped();
    void damageFoundByTheCheckIsExplainedNotWritten();
    void journalPagesWaitForTheUnlock();
    void journalInUseIsExplained();
    void helpAndRecoveryAreBuiltWhenFirstUsed();
    void tabOrderOnTheLockScreen();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }

private:
    // Where the Tab key goes from the focused widget, `steps` times.
    static QStringList tabWalk(int steps)
    {
        QStringList names;
        for (int i = 0; i < steps; ++i) {
            test::press(Qt::Key_Tab);
            names << test::focusName();
        }
        return names;
    }
    static QString recoveryCode(ShellFixture& f)
    {
        auto created = f.journal.create();
        if (!created)
            return QString();
        const core::SecretBytes& code = created->recoveryCode;
        const QString text =
            QString::fromUtf8(reinterpret_cast<const char*>(code.data()), qsizetype(code.size()));
        created->journal->lock();
        return text;
    }
    static void submitPassphrase(ShellFixture& f)
    {
        auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        QTest::keyClicks(field, QString::fromUtf8(test::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
    }
    // No button on the lock screen offers to wipe, reset or replace the journal.
    static void verifyNoWipeOffer(ShellFixture& f)
    {
        auto* page = f.find<QWidget>(QStringLiteral("unlockPage"));
        const QList<QAbstractButton*> buttons = page->findChildren<QAbstractButton*>();
        QVERIFY(!buttons.isEmpty());
        for (QAbstractButton* button : buttons) {
            for (const char* word :
                 {"wipe", "reset", "start over", "erase", "delete", "new journal", "create"})
                QVERIFY2(!button->text().contains(QLatin1String(word), Qt::CaseInsensitive),
                         qPrintable(button->text()));
        }
    }
};

void tst_Unlock::passphraseFieldIsFocused()
{
    ShellFixture f;
    f.createLockedJournal();
    ui::MainWindow* w = f.openWindow();
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
    QTRY_COMPARE(QApplication::focusWidget(), f.find<QWidget>(QStringLiteral("unlockPassphrase")));
}

void tst_Unlock::wrongThenRightPassphrase()
{
    ShellFixture f;
    f.createLockedJournal({test::sampleEntry(QDateTime::currentDateTime(), QStringLiteral("n"))});
    ui::MainWindow* w = f.openWindow();
    const QByteArray keyFile = test::fileBytes(core::Journal::keySlotPath(f.journal.dir()));
    const QByteArray database = test::fileBytes(core::Journal::databasePath(f.journal.dir()));
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    auto* error = f.find<QLabel>(QStringLiteral("unlockError"));
    auto* page = f.find<ui::UnlockPage>(QStringLiteral("unlockPage"));

    QTest::keyClicks(field, QStringLiteral("not my passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!page->isBusy());
    QVERIFY(error->text().contains(QStringLiteral("didn't open")));
    // Kept and selected: typing replaces it.
    QCOMPARE(field->text(), QStringLiteral("not my passphrase"));
    QCOMPARE(field->selectedText(), field->text());
    QVERIFY(field->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
    QVERIFY(!f.session->isUnlocked());
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
    QCOMPARE(test::fileBytes(core::Journal::keySlotPath(f.journal.dir())), keyFile);
    QCOMPARE(test::fileBytes(core::Journal::databasePath(f.journal.dir())), database);

    QTest::keyClicks(field, QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(f.session->isUnlocked());
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Journal);
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    QVERIFY(field->text().isEmpty());
    QCOMPARE(f.session->store()->countEntries().value_or(-1), 1);

    // Soon after unlocking, the day's encrypted snapshot is taken (as the CLI does).
    const QDir backups(core::Journal::backupsPath(f.journal.dir()));
    QTRY_VERIFY_WITH_TIMEOUT(!backups.entryList({QStringLiteral("*.db")}, QDir::Files).isEmpty(),
                             ui::Session::snapshotDelayMs + 5000);
    QVERIFY2(f.session->snapshotProblem().isEmpty(), qPrintable(f.session->snapshotProblem()));
}

void tst_Unlock::recoveryCodeSetsNewPassphrase()
{
    ShellFixture f;
    const QString code = recoveryCode(f);
    QVERIFY(!code.isEmpty());
    f.openWindow();
    f.find<QAbstractButton>(QStringLiteral("unlockForgot"))->click();
    QVERIFY(f.find<QWidget>(QStringLiteral("unlockRecoveryCode"))->isVisible());
    // People type codes sloppily: lower case with spaces instead of dashes, and the letters O
    // and L for the digits 0 and 1 they look like.
    f.find<QLineEdit>(QStringLiteral("unlockRecoveryCode"))
        ->setText(QString(code)
                      .replace(QLatin1Char('0'), QLatin1Char('O'))
                      .replace(QLatin1Char('1'), QLatin1Char('L'))
                      .toLower()
                      .replace(QLatin1Char('-'), QLatin1Char(' ')));
    const QString fresh = QStringLiteral("lantern tulip tuesday river");
    f.find<QLineEdit>(QStringLiteral("recoveryPassphrase"))->setText(fresh);
    f.find<QLineEdit>(QStringLiteral("recoveryConfirm"))->setText(fresh);
    f.find<QAbstractButton>(QStringLiteral("unlockRecover"))->click();
    QTRY_VERIFY(f.session->isUnlocked());
    QCOMPARE(f.window->screen(), ui::MainWindow::Screen::Journal);
    QVERIFY(f.find<QLineEdit>(QStringLiteral("unlockRecoveryCode"))->text().isEmpty());
    f.closeWindow();

    QCOMPARE(f.journal.unlock().error().kind(), core::Error::Kind::WrongSecret);
    auto opened = f.journal.unlock(fresh);
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message()));
}

void tst_Unlock::wrongRecoveryCodeChangesNothing()
{
    ShellFixture f;
    QVERIFY(!recoveryCode(f).isEmpty());
    const QByteArray keyFile = test::fileBytes(core::Journal::keySlotPath(f.journal.dir()));
    f.openWindow();
    f.find<QAbstractButton>(QStringLiteral("unlockForgot"))->click();
    f.find<QLineEdit>(QStringLiteral("unlockRecoveryCode"))
        ->setText(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
    const QString fresh = QStringLiteral("lantern tulip tuesday river");
    f.find<QLineEdit>(QStringLiteral("recoveryPassphrase"))->setText(fresh);
    f.find<QLineEdit>(QStringLiteral("recoveryConfirm"))->setText(fresh);
    f.find<QAbstractButton>(QStringLiteral("unlockRecover"))->click();
    auto* error = f.find<QLabel>(QStringLiteral("unlockRecoveryError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!f.session->isUnlocked());
    QCOMPARE(test::fileBytes(core::Journal::keySlotPath(f.journal.dir())), keyFile);

    // Back leads to an empty, focused passphrase field.
    f.find<QAbstractButton>(QStringLiteral("unlockRecoveryBack"))->click();
    QVERIFY(f.find<QWidget>(QStringLiteral("unlockPassphrase"))->isVisible());
    f.closeWindow();
    QVERIFY(f.journal.unlock().has_value());
}

void tst_Unlock::damagedJournalIsExplainedNotWiped()
{
    ShellFixture f;
    f.createLockedJournal();
    const QString keyPath = core::Journal::keySlotPath(f.journal.dir());
    {
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ this is not a key file");
    }
    const QByteArray damaged = test::fileBytes(keyPath);
    const QByteArray database = test::fileBytes(core::Journal::databasePath(f.journal.dir()));
    f.openWindow();
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    QTest::keyClicks(field, QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    auto* error = f.find<QLabel>(QStringLiteral("unlockError"));
    QTRY_VERIFY(error->isVisible());
    const QString expected = f.journal.unlock().error().message();
    QCOMPARE(error->text(), expected);
    verifyNoWipeOffer(f);
    QCOMPARE(test::fileBytes(keyPath), damaged);
    QCOMPARE(test::fileBytes(core::Journal::databasePath(f.journal.dir())), database);
}

void tst_Unlock::damageFoundByTheCheckIsExplainedNotWritten()
{
    ShellFixture f;
    const QString note = QStringLiteral("kestrelword");
    f.createLockedJournal({test::sampleEntry(QDateTime::currentDateTime(), note)});
    const QString dbPath = core::Journal::databasePath(f.journal.dir());
    QByteArray bytes = test::fileBytes(dbPath);
    // Inside the last page: the key and the first page are fine, only quick_check finds it.
    bytes[bytes.size() - 600] = char(bytes[bytes.size() - 600] ^ 0x01);
    {
        QFile file(dbPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QStringList files = QDir(f.journal.dir()).entryList(QDir::Files);
    const QByteArray keyFile = test::fileBytes(core::Journal::keySlotPath(f.journal.dir()));
    ui::MainWindow* w = f.openWindow();
    submitPassphrase(f);
    auto* error = f.find<QLabel>(QStringLiteral("unlockError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!f.session->isUnlocked());
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
    const auto expected = f.journal.unlock();
    QVERIFY(!expected.has_value());
    QCOMPARE(expected.error().kind(), core::Error::Kind::Damaged);
    QCOMPARE(error->text(), expected.error().message());
    verifyNoWipeOffer(f);
    QCOMPARE(test::fileBytes(dbPath), bytes);
    QCOMPARE(test::fileBytes(core::Journal::keySlotPath(f.journal.dir())), keyFile);
    QCOMPARE(QDir(f.journal.dir()).entryList(QDir::Files), files);
    // Home may have shown the journal while the check ran (its reads are authenticated page by
    // page); once the check failed and the journal locked, nothing of it is left on screen.
    QVERIFY(f.find<QWidget>(QStringLiteral("homePage")));
    for (const QString& text : test::widgetTexts(w))
        QVERIFY2(!text.contains(note), qPrintable(text));
}

void tst_Unlock::journalPagesWaitForTheUnlock()
{
    ShellFixture f;
    f.createLockedJournal({test::sampleEntry(QDateTime::currentDateTime(), QStringLiteral("n"))});
    ui::MainWindow* w = f.openWindow();
    // The lock screen needs neither the sidebar nor Home. (They are built once Enter is
    // pressed, while the worker opens the journal, or when it opens if the worker is quicker.)
    QVERIFY(!f.find<QWidget>(QStringLiteral("sidebar")));
    QVERIFY(!f.find<QWidget>(QStringLiteral("homePage")));
    submitPassphrase(f);
    QTRY_VERIFY(f.session->isUnlocked());
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    QVERIFY(f.find<QWidget>(QStringLiteral("sidebar"))->isVisible());
    QCOMPARE(f.find<QLabel>(QStringLiteral("homeCount"))->text(),
             QStringLiteral("1 reflection in your journal."));
}

void tst_Unlock::journalInUseIsExplained()
{
    ShellFixture f;
    f.createLockedJournal();
    auto holder = f.journal.unlock(); // another "process" has it open
    QVERIFY(holder.has_value());
    f.openWindow();
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    QTest::keyClicks(field, QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    auto* error = f.find<QLabel>(QStringLiteral("unlockError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!f.session->isUnlocked());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!error->text().contains(QStringLiteral("didn't open this journal")));
    verifyNoWipeOffer(f);
    (*holder)->lock();
}

void tst_Unlock::helpAndRecoveryAreBuiltWhenFirstUsed()
{
    ShellFixture f;
    f.createLockedJournal();
    f.openWindow();
    // The lock screen alone builds neither (they cost its first paint time).
    QVERIFY(!f.find<QWidget>(QStringLiteral("unlockSupport")));
    QVERIFY(!f.find<QWidget>(QStringLiteral("unlockRecoveryCode")));

    auto* helpNow = f.find<QAbstractButton>(QStringLiteral("unlockHelpNow"));
    helpNow->click();
    auto* support = f.find<QWidget>(QStringLiteral("unlockSupport"));
    QVERIFY(support && support->isVisible());
    auto* lines = support->findChild<QLabel*>(QStringLiteral("supportCrisisLines"));
    QVERIFY(lines->isVisible());
    // The lines of the country the app is set to (the system's here), exactly as the table has
    // them; tst_CrisisLines checks the table's sentences number by number.
    QCOMPARE(lines->text(),
             core::CrisisLines::describeText(core::CrisisLines::currentTerritory(), false));
    // Right under the link, inside the lock screen's column.
    QVERIFY(support->geometry().top() > helpNow->geometry().bottom());
    QCOMPARE(support->parentWidget(), helpNow->parentWidget());
    helpNow->click();
    QVERIFY(!support->isVisible());
    helpNow->click();
    QVERIFY(support->isVisible());
    QCOMPARE(f.window->findChildren<ui::SupportPanel*>().size(), 1);

    f.find<QAbstractButton>(QStringLiteral("unlockForgot"))->click();
    auto* code = f.find<QLineEdit>(QStringLiteral("unlockRecoveryCode"));
    QVERIFY(code && code->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(code));
    f.find<QAbstractButton>(QStringLiteral("unlockRecoveryBack"))->click();
    f.find<QAbstractButton>(QStringLiteral("unlockForgot"))->click();
    QCOMPARE(f.window->findChildren<QLineEdit*>(QStringLiteral("unlockRecoveryCode")).size(), 1);
}

void tst_Unlock::tabOrderOnTheLockScreen()
{
    ShellFixture f;
    f.createLockedJournal();
    f.openWindow();
    QTRY_COMPARE(test::focusName(), QStringLiteral("unlockPassphrase"));
    const QStringList passphraseView = {QStringLiteral("unlockButton"),
                                        QStringLiteral("unlockForgot"),
                                        QStringLiteral("unlockHelpNow")};
    QCOMPARE(tabWalk(4), passphraseView + QStringList{QStringLiteral("unlockPassphrase")});

    // The support panel, once opened, comes right after its link.
    f.find<QAbstractButton>(QStringLiteral("unlockHelpNow"))->click();
    const QStringList support = {
        QStringLiteral("supportCrisisLines"), QStringLiteral("supportHelpNow"),
        QStringLiteral("supportTalkToSomeone"), QStringLiteral("supportEditContacts")};
    f.find<QWidget>(QStringLiteral("unlockPassphrase"))->setFocus();
    QCOMPARE(tabWalk(8),
             passphraseView + support + QStringList{QStringLiteral("unlockPassphrase")});

    // The recovery view, then the link and the panel, in a circle.
    f.find<QAbstractButton>(QStringLiteral("unlockForgot"))->click();
    QTRY_COMPARE(test::focusName(), QStringLiteral("unlockRecoveryCode"));
    const QStringList recovery = {
        QStringLiteral("recoveryPassphrase"), QStringLiteral("recoveryConfirm"),
        QStringLiteral("unlockRecoveryBack"), QStringLiteral("unlockRecover")};
    const QStringList fromRecovery = recovery + QStringList{QStringLiteral("unlockHelpNow")} +
                                     support + QStringList{QStringLiteral("unlockRecoveryCode")};
    QCOMPARE(tabWalk(10), fromRecovery);

    // The same when the recovery view is built before the panel.
    f.closeWindow();
    f.openWindow();
    f.find<QAbstractButton>(QStringLiteral("unlockForgot"))->click();
    f.find<QAbstractButton>(QStringLiteral("unlockHelpNow"))->click();
    f.find<QWidget>(QStringLiteral("unlockRecoveryCode"))->setFocus();
    QCOMPARE(tabWalk(10), fromRecovery);
}

QTEST_MAIN(tst_Unlock)
#include "tst_Unlock.moc"
