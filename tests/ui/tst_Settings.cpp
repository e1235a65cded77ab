// Settings in the real window: preferences and contacts survive a restart of the window,
// discreet mode changes the title, the passphrase can be changed (only with the current one),
// portable backups round-trip, and deleting everything needs the typed phrase.
#include "core/Clock.h"
#include "core/support/CrisisLines.h"
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/settings/DeleteSection.h"
#include "ui/widgets/DialogTestHooks.h"
#include "ui/widgets/SupportPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>

using namespace aftercare;
using test::ShellFixture;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void preferencesAndContactsPersistAcrossRestart();
    void contactsAreEncryptedInTheJournal();
    void discreetModeNeutralisesTitle();
    void changePassphraseNeedsTheCurrentOne();
    void backupRoundTrip();
    void backupWithWrongPassphraseChangesNothing();
    void backupNameIsTodayByTheClock();
    void dataLocationIsShown();
    void passphraseFieldsLineUp();
    void deleteNeedsTypedConfirmation();
    void crisisCountryCanBePicked();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }

private:
    static void reopen(ShellFixture& f)
    {
        f.closeWindow();
        f.openWindow();
        auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        field->setText(QString::fromUtf8(test::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(f.session->isUnlocked());
    }
};

void tst_Settings::defaults()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    QCOMPARE(f.find<QSpinBox>(QStringLiteral("settingsAutoLock"))->value(), 5);
    QVERIFY(f.find<QCheckBox>(QStringLiteral("settingsLockOnMinimise"))->isChecked());
    QVERIFY(!f.find<QCheckBox>(QStringLiteral("settingsDiscreet"))->isChecked());
    QVERIFY(f.find<QPlainTextEdit>(QStringLiteral("settingsTherapist"))->toPlainText().isEmpty());
}

void tst_Settings::preferencesAndContactsPersistAcrossRestart()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    f.find<QSpinBox>(QStringLiteral("settingsAutoLock"))->setValue(12);
    f.find<QCheckBox>(QStringLiteral("settingsLockOnMinimise"))->setChecked(false);
    f.find<QCheckBox>(QStringLiteral("settingsDiscreet"))->setChecked(true);
    const QString therapist = QStringLiteral("Dr Ada Mensah\nTuesdays 9–5\n+44 20 7946 0000");
    const QString crisis = QStringLiteral("Local line: 0800 000 111");
    f.find<QPlainTextEdit>(QStringLiteral("settingsTherapist"))->setPlainText(therapist);
    f.find<QPlainTextEdit>(QStringLiteral("settingsCrisis"))->setPlainText(crisis);
    f.find<QAbstractButton>(QStringLiteral("settingsSaveContacts"))->click();
    QVERIFY(f.find<QLabel>(QStringLiteral("settingsContactsStatus"))
                ->text()
                .contains(QStringLiteral("Saved")));

    reopen(f);
    QCOMPARE(f.preferences->autoLockMinutes(), 12);
    f.window->showPage(QStringLiteral("settings"));
    QCOMPARE(f.find<QSpinBox>(QStringLiteral("settingsAutoLock"))->value(), 12);
    QVERIFY(!f.find<QCheckBox>(QStringLiteral("settingsLockOnMinimise"))->isChecked());
    QVERIFY(f.find<QCheckBox>(QStringLiteral("settingsDiscreet"))->isChecked());
    QCOMPARE(f.find<QPlainTextEdit>(QStringLiteral("settingsTherapist"))->toPlainText(), therapist);
    QCOMPARE(f.find<QPlainTextEdit>(QStringLiteral("settingsCrisis"))->toPlainText(), crisis);

    // The support panel on "Getting help now" shows them.
    f.window->journal()->showGuide(QStringLiteral("help_now"));
    auto* support = f.find<QWidget>(QStringLiteral("guideSupport"));
    QVERIFY(support->findChild<QLabel*>(QStringLiteral("supportTherapist"))
                ->text()
                .contains(QStringLiteral("Dr Ada Mensah")));
    QVERIFY(support->findChild<QLabel*>(QStringLiteral("supportCrisis"))
                ->text()
                .contains(QStringLiteral("0800 000 111")));
}

void tst_Settings::crisisCountryCanBePicked()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    auto* country = f.find<QComboBox>(QStringLiteral("settingsTerritory"));
    QVERIFY(country);
    QCOMPARE(country->currentIndex(), 0); // follows the system
    country->setCurrentIndex(country->findData(QStringLiteral("AU")));
    QCOMPARE(f.preferences->crisisTerritory(), QStringLiteral("AU"));
    QCOMPARE(core::CrisisLines::currentTerritory(), QStringLiteral("AU"));
    f.window->journal()->showGuide(QStringLiteral("help_now"));
    auto* lines = f.find<QWidget>(QStringLiteral("guideSupport"))
                      ->findChild<QLabel*>(QStringLiteral("supportCrisisLines"));
    QVERIFY2(lines->text().contains(u"13 11 14") && lines->text().contains(u"000"),
             qPrintable(lines->text()));

    // Kept with the preferences, so the lock screen shows the same lines.
    reopen(f);
    QCOMPARE(f.preferences->crisisTerritory(), QStringLiteral("AU"));
    f.window->showPage(QStringLiteral("settings"));
    QCOMPARE(f.find<QComboBox>(QStringLiteral("settingsTerritory"))->currentData().toString(),
             QStringLiteral("AU"));

    // "Somewhere else" shows no number at all.
    f.find<QComboBox>(QStringLiteral("settingsTerritory"))
        ->setCurrentIndex(f.find<QComboBox>(QStringLiteral("settingsTerritory"))->count() - 1);
    f.window->journal()->showGuide(QStringLiteral("help_now"));
    const QString none = f.find<QWidget>(QStringLiteral("guideSupport"))
                             ->findChild<QLabel*>(QStringLiteral("supportCrisisLines"))
                             ->text();
    QVERIFY2(!none.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(none));
    f.preferences->setCrisisTerritory({});
}

void tst_Settings::contactsAreEncryptedInTheJournal()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    const QString marker = QStringLiteral("Therapist Zebulon Marchetti");
    f.find<QPlainTextEdit>(QStringLiteral("settingsTherapist"))->setPlainText(marker);
    f.find<QAbstractButton>(QStringLiteral("settingsSaveContacts"))->click();
    QCOMPARE(f.session->store()->setting(ui::SupportPanel::therapistKey).value_or(QString()),
             marker);
    f.closeWindow();
    // Neither the preferences file nor any journal file holds it in the clear.
    QVERIFY(!test::fileBytes(f.preferencesPath()).contains(marker.toUtf8()));
    QDir dir(f.journal.dir());
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files)
        QVERIFY2(!test::fileBytes(dir.filePath(name)).contains(marker.toUtf8()), qPrintable(name));
}

void tst_Settings::discreetModeNeutralisesTitle()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QVERIFY(w->windowTitle().contains(QStringLiteral("Aftercare")));
    f.window->showPage(QStringLiteral("settings"));
    f.find<QCheckBox>(QStringLiteral("settingsDiscreet"))->setChecked(true);
    QCOMPARE(w->windowTitle(), QStringLiteral("Notes"));
    f.window->lock();
    QCOMPARE(w->windowTitle(), QStringLiteral("Notes"));
    QVERIFY(test::textsContaining(QStringLiteral("Aftercare"),
                                  f.find<QWidget>(QStringLiteral("unlockPage")))
                .isEmpty());
    f.closeWindow();
    f.openWindow();
    QCOMPARE(f.window->windowTitle(), QStringLiteral("Notes"));
}

void tst_Settings::changePassphraseNeedsTheCurrentOne()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    const QByteArray keyFile = test::fileBytes(core::Journal::keySlotPath(f.journal.dir()));
    const QString fresh = QStringLiteral("copper meadow whistle gently");
    auto* current = f.find<QLineEdit>(QStringLiteral("settingsCurrentPassphrase"));
    auto* status = f.find<QLabel>(QStringLiteral("settingsPassphraseStatus"));
    current->setText(QStringLiteral("a wrong guess entirely"));
    f.find<QLineEdit>(QStringLiteral("settingsNewPassphrase"))->setText(fresh);
    f.find<QLineEdit>(QStringLiteral("settingsNewConfirm"))->setText(fresh);
    f.find<QAbstractButton>(QStringLiteral("settingsChangePassphrase"))->click();
    QTRY_VERIFY(status->text().contains(QStringLiteral("isn't right")));
    QCOMPARE(test::fileBytes(core::Journal::keySlotPath(f.journal.dir())), keyFile);

    current->setText(QString::fromUtf8(test::kPassphrase));
    f.find<QAbstractButton>(QStringLiteral("settingsChangePassphrase"))->click();
    QTRY_VERIFY(status->text().contains(QStringLiteral("Done")));
    QVERIFY(current->text().isEmpty());
    f.closeWindow();
    QCOMPARE(f.journal.unlock().error().kind(), core::Error::Kind::WrongSecret);
    QVERIFY(f.journal.unlock(fresh).has_value());
}

void tst_Settings::backupRoundTrip()
{
    ShellFixture f;
    const core::Entry kept = test::sampleEntry(QDateTime::currentDateTime().addDays(-3),
                                               QStringLiteral("backed up note"));
    f.createJournal({kept});
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    const QString path = f.journal.root() + QStringLiteral("/journal.aftercare-backup");
    const QString backupPassphrase = QStringLiteral("violet harbour autumn ladder");
    f.find<QLineEdit>(QStringLiteral("backupPassphrase"))->setText(backupPassphrase);
    f.find<QLineEdit>(QStringLiteral("backupConfirm"))->setText(backupPassphrase);
    ui::Dialogs::queueFileName(path);
    f.find<QAbstractButton>(QStringLiteral("settingsCreateBackup"))->click();
    auto* status = f.find<QLabel>(QStringLiteral("settingsBackupStatus"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Saved")));
    QVERIFY(QFile::exists(path));
    QVERIFY(!test::fileBytes(path).contains("backed up note"));

    // Restore into another journal.
    f.closeWindow();
    ShellFixture other;
    other.createJournal();
    other.openWindow();
    other.window->showPage(QStringLiteral("settings"));
    other.find<QLineEdit>(QStringLiteral("settingsRestorePassphrase"))->setText(backupPassphrase);
    ui::Dialogs::queueFileName(path);
    other.find<QAbstractButton>(QStringLiteral("settingsRestoreBackup"))->click();
    auto* otherStatus = other.find<QLabel>(QStringLiteral("settingsBackupStatus"));
    QTRY_VERIFY(otherStatus->text().startsWith(QStringLiteral("Added")));
    auto restored = other.session->store()->entry(kept.id);
    QVERIFY(restored.has_value());
    QCOMPARE(restored->notes, kept.notes);
    QCOMPARE(restored->tears, kept.tears);
}

void tst_Settings::backupWithWrongPassphraseChangesNothing()
{
    ShellFixture f;
    f.createJournal({test::sampleEntry()});
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    const QString path = f.journal.root() + QStringLiteral("/b.aftercare-backup");
    const QString backupPassphrase = QStringLiteral("violet harbour autumn ladder");
    f.find<QLineEdit>(QStringLiteral("backupPassphrase"))->setText(backupPassphrase);
    f.find<QLineEdit>(QStringLiteral("backupConfirm"))->setText(backupPassphrase);
    ui::Dialogs::queueFileName(path);
    f.find<QAbstractButton>(QStringLiteral("settingsCreateBackup"))->click();
    auto* status = f.find<QLabel>(QStringLiteral("settingsBackupStatus"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Saved")));

    f.find<QLineEdit>(QStringLiteral("settingsRestorePassphrase"))->setText(QStringLiteral("nope"));
    ui::Dialogs::queueFileName(path);
    f.find<QAbstractButton>(QStringLiteral("settingsRestoreBackup"))->click();
    QTRY_VERIFY(!status->text().startsWith(QStringLiteral("Saved")) &&
                !status->text().startsWith(QStringLiteral("Opening")));
    QVERIFY(!status->text().startsWith(QStringLiteral("Added")));
    QCOMPARE(f.session->store()->countEntries().value_or(-1), 1);
    // The wrong passphrase stays, selected, to be checked or typed over.
    auto* restore = f.find<QLineEdit>(QStringLiteral("settingsRestorePassphrase"));
    QCOMPARE(restore->text(), QStringLiteral("nope"));
    QCOMPARE(restore->selectedText(), QStringLiteral("nope"));
}

// The suggested file name carries the day from the app's clock, like every other date.
void tst_Settings::backupNameIsTodayByTheClock()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    core::ManualClock clock(QDateTime(QDate(2031, 2, 3), QTime(12, 0)));
    core::Clock::setInstance(&clock);
    const auto restore = qScopeGuard([] { core::Clock::setInstance(nullptr); });
    const QString backupPassphrase = QStringLiteral("violet harbour autumn ladder");
    f.find<QLineEdit>(QStringLiteral("backupPassphrase"))->setText(backupPassphrase);
    f.find<QLineEdit>(QStringLiteral("backupConfirm"))->setText(backupPassphrase);
    f.find<QAbstractButton>(QStringLiteral("settingsCreateBackup"))->click(); // chooser cancelled
    QCOMPARE(QFileInfo(ui::Dialogs::lastSuggestedPath()).fileName(),
             QStringLiteral("aftercare-backup-2031-02-03.aftercare-backup"));
    QVERIFY(f.find<QLabel>(QStringLiteral("settingsBackupStatus"))->text().isEmpty());
}

void tst_Settings::dataLocationIsShown()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("settingsDataLocation"))->text(),
             QDir::toNativeSeparators(f.journal.dir()));
}

void tst_Settings::deleteNeedsTypedConfirmation()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    auto* button = f.find<QAbstractButton>(QStringLiteral("settingsDeleteAll"));
    auto* confirm = f.find<QLineEdit>(QStringLiteral("settingsDeleteConfirm"));
    QVERIFY(!button->isEnabled());
    confirm->setText(QStringLiteral("delete"));
    QVERIFY(!button->isEnabled());
    confirm->setText(ui::DeleteSection::confirmationPhrase());
    QVERIFY(button->isEnabled());

    // With a handler, the journal is locked first and the window returns to first run.
    QString deletedDir;
    auto* section = f.find<ui::DeleteSection>(QStringLiteral("settingsDeleteSection"));
    section->setDeleteHandler([&](const QString& dir) -> core::Status {
        deletedDir = dir;
        return {};
    });
    button->click();
    QCOMPARE(deletedDir, f.journal.dir());
    QVERIFY(!f.session->isUnlocked());
    QCOMPARE(f.window->screen(), ui::MainWindow::Screen::Onboarding);
}

// A field of its own above a new-passphrase form starts where the form's fields start.
void tst_Settings::passphraseFieldsLineUp()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->showPage(QStringLiteral("settings"));
    const auto left = [&](const char* name) {
        auto* field = f.find<QLineEdit>(QString::fromLatin1(name));
        return field->mapTo(f.window.get(), QPoint(0, 0)).x();
    };
    QTRY_COMPARE(left("settingsCurrentPassphrase"), left("settingsNewPassphrase"));
    QCOMPARE(left("settingsNewConfirm"), left("settingsNewPassphrase"));
    QCOMPARE(left("settingsRestorePassphrase"), left("backupPassphrase"));
    QCOMPARE(left("backupConfirm"), left("backupPassphrase"));
}

QTEST_MAIN(tst_Settings)
#include "tst_Settings.moc"
