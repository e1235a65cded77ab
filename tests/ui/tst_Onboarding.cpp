// First run through the real window: welcome, passphrase with strength warning, recovery code
// shown once; the journal it creates opens with core::Journal::unlock, as the CLI does.
#include "core/crypto/RecoveryCode.h"
#include "core/support/CrisisLines.h"
#include "tests/ui/ShellFixture.h"
#include "ui/onboarding/OnboardingPage.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/DialogTestHooks.h"
#include "ui/widgets/RecoveryCodeView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace aftercare;
using test::ShellFixture;

class tst_Onboarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFolderShowsWelcome();
    void weakPassphraseNeedsConfirmation();
    void mismatchedPassphraseIsRefused();
    void createsJournalThatOpensWithPassphraseAndCode();
    void continueNeedsStoredConfirmation();
    void recoveryCodeCanBeSavedToAFile();
    void copiedCodeIsMarkedSecretAndClearedAfter30Seconds();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }

private:
    static void choosePassphrase(ShellFixture& f, const QString& first, const QString& second)
    {
        f.find<QLineEdit>(QStringLiteral("onboardingPassphrase"))->setText(first);
        f.find<QLineEdit>(QStringLiteral("onboardingConfirm"))->setText(second);
    }
    static QString createAndReadCode(ShellFixture& f);
};

QString tst_Onboarding::createAndReadCode(ShellFixture& f)
{
    f.find<QAbstractButton>(QStringLiteral("onboardingStart"))->click();
    choosePassphrase(f, QString::fromUtf8(test::kPassphrase), QString::fromUtf8(test::kPassphrase));
    f.find<QAbstractButton>(QStringLiteral("onboardingCreate"))->click();
    auto* page = f.find<ui::OnboardingPage>(QStringLiteral("onboardingPage"));
    [&] { QTRY_COMPARE(page->step(), ui::OnboardingPage::Step::RecoveryCode); }();
    return f.find<QLabel>(QStringLiteral("onboardingRecoveryCode"))->text();
}

void tst_Onboarding::newFolderShowsWelcome()
{
    ShellFixture f;
    ui::MainWindow* w = f.openWindow();
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Onboarding);
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingPrivacy"))
                ->text()
                .contains(QStringLiteral("internet")));
    QVERIFY(!core::Journal::exists(f.journal.dir()));
    // Crisis lines are reachable before any journal exists.
    auto* support = f.find<QWidget>(QStringLiteral("onboardingSupport"));
    QVERIFY(!support->isVisible());
    f.find<QAbstractButton>(QStringLiteral("onboardingHelpNow"))->click();
    QVERIFY(support->isVisible());
    QCOMPARE(support->findChild<QLabel*>(QStringLiteral("supportCrisisLines"))->text(),
             core::CrisisLines::describeText(core::CrisisLines::currentTerritory(), false));
    // Ctrl+N and friends do nothing before there is a journal.
    QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Onboarding);
}

void tst_Onboarding::weakPassphraseNeedsConfirmation()
{
    ShellFixture f;
    f.openWindow();
    f.find<QAbstractButton>(QStringLiteral("onboardingStart"))->click();
    choosePassphrase(f, QStringLiteral("password1"), QStringLiteral("password1"));
    auto* acceptWeak = f.find<QCheckBox>(QStringLiteral("onboardingAcceptWeak"));
    QVERIFY(acceptWeak->isVisible());
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingStrength"))
                ->text()
                .contains(QStringLiteral("weak"), Qt::CaseInsensitive));

    f.find<QAbstractButton>(QStringLiteral("onboardingCreate"))->click();
    auto* error = f.find<QLabel>(QStringLiteral("onboardingError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("weak")));
    QVERIFY(!core::Journal::exists(f.journal.dir()));

    // A strong one needs no confirmation.
    choosePassphrase(f, QString::fromUtf8(test::kPassphrase), QString::fromUtf8(test::kPassphrase));
    QVERIFY(!acceptWeak->isVisible());

    // A weak one, acknowledged, is allowed.
    choosePassphrase(f, QStringLiteral("password1"), QStringLiteral("password1"));
    acceptWeak->setChecked(true);
    f.find<QAbstractButton>(QStringLiteral("onboardingCreate"))->click();
    auto* page = f.find<ui::OnboardingPage>(QStringLiteral("onboardingPage"));
    QTRY_COMPARE(page->step(), ui::OnboardingPage::Step::RecoveryCode);
    QVERIFY(core::Journal::exists(f.journal.dir()));
}

void tst_Onboarding::mismatchedPassphraseIsRefused()
{
    ShellFixture f;
    f.openWindow();
    f.find<QAbstractButton>(QStringLiteral("onboardingStart"))->click();
    choosePassphrase(f, QString::fromUtf8(test::kPassphrase), QStringLiteral("something else"));
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingMatchHint"))
                ->text()
                .contains(QStringLiteral("don't match")));
    // Enter in the confirmation field submits, and is refused with an inline message.
    QTest::keyClick(f.find<QLineEdit>(QStringLiteral("onboardingConfirm")), Qt::Key_Return);
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingError"))->isVisible());
    QCOMPARE(f.find<ui::OnboardingPage>(QStringLiteral("onboardingPage"))->step(),
             ui::OnboardingPage::Step::Passphrase);
    QVERIFY(!core::Journal::exists(f.journal.dir()));
}

void tst_Onboarding::createsJournalThatOpensWithPassphraseAndCode()
{
    ShellFixture f;
    ui::MainWindow* w = f.openWindow();
    const QString code = createAndReadCode(f);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){6}$"))
                .match(code)
                .hasMatch());
    QVERIFY(!f.session->isUnlocked()); // not until the user confirms the code is stored

    f.find<QAbstractButton>(QStringLiteral("onboardingCopyCode"))->click();
    QCOMPARE(QApplication::clipboard()->text(), code);

    f.find<QCheckBox>(QStringLiteral("onboardingStored"))->setChecked(true);
    f.find<QAbstractButton>(QStringLiteral("onboardingContinue"))->click();
    QVERIFY(f.session->isUnlocked());
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Journal);
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    QVERIFY(f.find<QWidget>(QStringLiteral("homeEmptyState"))->isVisible());
    // The code is gone from the screen once confirmed.
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingRecoveryCode"))->text().isEmpty());
    QVERIFY(test::textsContaining(code).isEmpty());
    QApplication::clipboard()->clear();

    f.closeWindow();
    auto opened = core::Journal::unlock(
        f.journal.dir(), core::SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase)));
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message()));
    QCOMPARE((*opened)->store().countEntries().value_or(-1), 0);
    (*opened)->lock();
    opened->reset();

    auto recovered =
        core::Journal::unlockWithRecoveryCode(f.journal.dir(), core::SecretBytes::fromUtf8(code));
    QVERIFY2(recovered.has_value(),
             qPrintable(recovered ? QString() : recovered.error().message()));
}

void tst_Onboarding::continueNeedsStoredConfirmation()
{
    ShellFixture f;
    f.openWindow();
    createAndReadCode(f);
    auto* next = f.find<QAbstractButton>(QStringLiteral("onboardingContinue"));
    QVERIFY(!next->isEnabled());
    next->click();
    QVERIFY(!f.session->isUnlocked());
    f.find<QCheckBox>(QStringLiteral("onboardingStored"))->setChecked(true);
    QVERIFY(next->isEnabled());
}

void tst_Onboarding::recoveryCodeCanBeSavedToAFile()
{
    ShellFixture f;
    f.openWindow();
    const QString code = createAndReadCode(f);
    const QString path = f.journal.root() + QStringLiteral("/code.txt");
    ui::Dialogs::queueFileName(path);
    f.find<QAbstractButton>(QStringLiteral("onboardingSaveCode"))->click();
    QVERIFY(test::fileBytes(path).contains(code.toUtf8()));
    // No folder was suggested (least of all the home folder beside the journal), and the page
    // says why a file on this disk is a poor place.
    QCOMPARE(ui::Dialogs::lastSuggestedPath(), QStringLiteral("aftercare-recovery-code.txt"));
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingSaveAdvice"))->text().contains(u"USB stick"));
    QVERIFY(f.find<QLabel>(QStringLiteral("onboardingCodeStatus"))
                ->text()
                .contains(QStringLiteral("Saved")));

    // Printing goes through the dialog hook (never a modal dialog in tests).
    f.find<QAbstractButton>(QStringLiteral("onboardingPrintCode"))->click();
    QVERIFY(ui::Dialogs::lastMessage().contains(code));
}

void tst_Onboarding::copiedCodeIsMarkedSecretAndClearedAfter30Seconds()
{
    ShellFixture f;
    f.openWindow();
    const QString code = createAndReadCode(f);
    std::chrono::milliseconds delay{0};
    std::function<void()> expire;
    f.find<ui::RecoveryCodeView>(QStringLiteral("onboardingRecoveryCodeView"))
        ->setClipboardSchedule([&](std::chrono::milliseconds after, std::function<void()> then) {
            delay = after;
            expire = std::move(then);
        });
    auto* copy = f.find<QAbstractButton>(QStringLiteral("onboardingCopyCode"));
    copy->click();
    const QMimeData* data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), code);
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QCOMPARE(delay, std::chrono::milliseconds(30000));
    QVERIFY(expire);
    expire(); // the 30 seconds pass
    QVERIFY(QApplication::clipboard()->text().isEmpty());

    // Something the user copied meanwhile is left alone.
    copy->click();
    QApplication::clipboard()->setText(QStringLiteral("a shopping list"));
    expire();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a shopping list"));
    QApplication::clipboard()->clear();
}

QTEST_MAIN(tst_Onboarding)
#include "tst_Onboarding.moc"
