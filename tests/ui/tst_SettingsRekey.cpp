// Settings re-keys the journal: a passphrase change and a new recovery code each give it a new
// key; the window goes on working on the re-encrypted file; the old secrets and an old copy of
// the key file no longer open it; a new recovery code is shown once and cleared on lock.
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"

#include <QCheckBox>
#include <QFile>
#include <QRegularExpression>

using namespace aftercare;
using test::ShellFixture;

class tst_SettingsRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }

    void passphraseChangeRekeysAndTheWindowGoesOn()
    {
        ShellFixture f;
        f.createJournal({test::sampleEntry()});
        f.openWindow();
        QTRY_VERIFY(!f.session->isCheckRunning());
        const QString stolen = f.journal.root() + QStringLiteral("/stolen.keys");
        QVERIFY(QFile::copy(core::Journal::keySlotPath(f.journal.dir()), stolen));
        const QByteArray databaseBefore =
            test::fileBytes(core::Journal::databasePath(f.journal.dir()));
        f.window->showPage(QStringLiteral("settings"));
        const QString fresh = QStringLiteral("copper meadow whistle gently");
        f.find<QLineEdit>(QStringLiteral("settingsCurrentPassphrase"))
            ->setText(QString::fromUtf8(test::kPassphrase));
        f.find<QLineEdit>(QStringLiteral("settingsNewPassphrase"))->setText(fresh);
        f.find<QLineEdit>(QStringLiteral("settingsNewConfirm"))->setText(fresh);
        f.find<QAbstractButton>(QStringLiteral("settingsChangePassphrase"))->click();
        auto* status = f.find<QLabel>(QStringLiteral("settingsPassphraseStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("Done")));
        QVERIFY(status->text().contains(QStringLiteral("still open with the old one")));
        QVERIFY(f.session->isUnlocked());
        // Still writable, on the new file.
        QVERIFY(f.session->store()->addEntry(test::sampleEntry()));
        QCOMPARE(*f.session->store()->countEntries(), 2);
        f.closeWindow();

        QVERIFY(test::fileBytes(core::Journal::databasePath(f.journal.dir())) != databaseBefore);
        QVERIFY(QFile::remove(core::Journal::keySlotPath(f.journal.dir())));
        QVERIFY(QFile::copy(stolen, core::Journal::keySlotPath(f.journal.dir())));
        QVERIFY(!f.journal.unlock());
    }

    void newRecoveryCodeIsShownOnceAndTheOldOneStops()
    {
        ShellFixture f;
        core::SecretBytes oldCode;
        {
            auto created = f.journal.create();
            QVERIFY(created);
            oldCode = created->recoveryCode;
        }
        f.openWindow();
        auto* unlock = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        unlock->setText(QString::fromUtf8(test::kPassphrase));
        QTest::keyClick(unlock, Qt::Key_Return);
        QTRY_VERIFY(f.session->isUnlocked());
        f.window->showPage(QStringLiteral("settings"));
        auto* passphrase = f.find<QLineEdit>(QStringLiteral("settingsRecoveryPassphrase"));
        auto* make = f.find<QAbstractButton>(QStringLiteral("settingsMakeRecoveryCode"));
        auto* status = f.find<QLabel>(QStringLiteral("settingsRecoveryStatus"));
        auto* code = f.find<QLabel>(QStringLiteral("settingsRecoveryCode"));
        QVERIFY(passphrase->inputMethodHints().testFlag(Qt::ImhSensitiveData));
        QVERIFY(!code->isVisible());

        passphrase->setText(QStringLiteral("a wrong guess entirely"));
        make->click();
        QTRY_VERIFY(status->text().contains(QStringLiteral("isn't right")));
        QVERIFY(!code->isVisible());

        passphrase->setText(QString::fromUtf8(test::kPassphrase));
        make->click();
        QTRY_VERIFY(code->isVisible());
        const QString shown = code->text();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){6}$"))
                .match(shown)
                .hasMatch(),
            qPrintable(shown));
        QVERIFY(passphrase->text().isEmpty());
        // The old code stops at once; the new one opens the journal (checked below).
        auto old = core::KeySlotFile::load(core::Journal::keySlotPath(f.journal.dir()))
                       ->unwrap(core::KeySlotFile::SlotKind::RecoveryCode, oldCode);
        QCOMPARE(old.error().kind(), core::Error::Kind::WrongSecret);

        // Done needs the confirmation, then hides and forgets the code.
        auto* done = f.find<QAbstractButton>(QStringLiteral("settingsRecoveryDone"));
        QVERIFY(!done->isEnabled());
        f.find<QCheckBox>(QStringLiteral("settingsRecoveryStored"))->setChecked(true);
        done->click();
        QVERIFY(code->text().isEmpty());
        QVERIFY(!code->isVisible());
        f.closeWindow();

        QVERIFY(core::Journal::unlockWithRecoveryCode(f.journal.dir(),
                                                      core::SecretBytes::fromUtf8(shown)));
    }

    void aCodeOnShowIsClearedOnLock()
    {
        ShellFixture f;
        f.createJournal();
        f.openWindow();
        f.window->showPage(QStringLiteral("settings"));
        f.find<QLineEdit>(QStringLiteral("settingsRecoveryPassphrase"))
            ->setText(QString::fromUtf8(test::kPassphrase));
        f.find<QAbstractButton>(QStringLiteral("settingsMakeRecoveryCode"))->click();
        auto* code = f.find<QLabel>(QStringLiteral("settingsRecoveryCode"));
        QTRY_VERIFY(!code->text().isEmpty());
        f.session->lock();
        QVERIFY(code->text().isEmpty());
    }
};

QTEST_MAIN(tst_SettingsRekey)
#include "tst_SettingsRekey.moc"
