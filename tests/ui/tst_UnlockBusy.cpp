// While the passphrase is being checked: the field and button are disabled at once, and the busy
// indicator appears only once the work has taken long enough to notice — so a real journal's
// Argon2id (most of a second) shows it, and it goes when the journal opens.
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/unlock/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace aftercare;
using test::ShellFixture;

class tst_UnlockBusy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFieldIsDisabledAtOnceAndTheIndicatorWaits();
    void slowWorkShowsTheIndicatorUntilTheJournalOpens();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_UnlockBusy::theFieldIsDisabledAtOnceAndTheIndicatorWaits()
{
    ShellFixture f;
    f.createLockedJournal();
    f.openWindow();
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    auto* page = f.find<ui::UnlockPage>(QStringLiteral("unlockPage"));
    QTest::keyClicks(field, QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    // Before the event loop has run again: busy, the inputs refuse a second Enter, nothing
    // more is shown yet.
    QVERIFY(page->isBusy());
    QVERIFY(!field->isEnabled());
    QVERIFY(!f.find<QPushButton>(QStringLiteral("unlockButton"))->isEnabled());
    QVERIFY(f.find<QProgressBar>(QStringLiteral("unlockBusy"))->isHidden());
    QVERIFY(f.find<QLabel>(QStringLiteral("unlockBusyText"))->isHidden());
    QTRY_VERIFY(f.session->isUnlocked());
    QVERIFY(!page->isBusy());
    QVERIFY(field->isEnabled());
}

void tst_UnlockBusy::slowWorkShowsTheIndicatorUntilTheJournalOpens()
{
    ShellFixture f;
    // The standard profile, as a real journal has: Argon2id takes a good part of a second,
    // several times the indicator's delay.
    const core::SecretBytes passphrase =
        core::SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase));
    auto created = core::Journal::create(f.journal.dir(), passphrase, core::KdfProfile::standard());
    QVERIFY(created);
    created->journal->lock();
    f.openWindow();
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    auto* busy = f.find<QProgressBar>(QStringLiteral("unlockBusy"));
    auto* text = f.find<QLabel>(QStringLiteral("unlockBusyText"));
    QTest::keyClicks(field, QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(busy->isVisible() || f.session->isUnlocked());
    QVERIFY2(!f.session->isUnlocked(), "the journal opened before the indicator appeared");
    QVERIFY(text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("Opening your journal…"));
    QTRY_VERIFY(f.session->isUnlocked());
    QVERIFY(busy->isHidden());
    QVERIFY(text->isHidden());
}

QTEST_MAIN(tst_UnlockBusy)
#include "tst_UnlockBusy.moc"
