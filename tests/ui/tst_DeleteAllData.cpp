// Settings → Delete all data in the real window, with the real deletion: a wrong confirmation
// deletes nothing; the exact phrase removes the journal's files and returns to first run, where
// a new journal can be made in the same folder.
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/settings/DeleteSection.h"

#include <QDir>
#include <QFileInfo>

using namespace aftercare;
using test::ShellFixture;

namespace {

const QString kNote = QStringLiteral("a note that must not survive 5d1e");

QStringList journalFiles(const QString& dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    const QStringList snapshots =
        QDir(core::Journal::backupsPath(dir)).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : snapshots)
        files << QStringLiteral("backups/") + name;
    files.sort();
    return files;
}

} // namespace

class tst_DeleteAllData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
    void wrongConfirmationDeletesNothing();
    void typedConfirmationDeletesTheJournal();
};

void tst_DeleteAllData::wrongConfirmationDeletesNothing()
{
    ShellFixture f;
    f.createJournal({test::sampleEntry(QDateTime::currentDateTime(), kNote)});
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("settings"));
    const QStringList before = journalFiles(f.journal.dir());
    const QByteArray keys = test::fileBytes(core::Journal::keySlotPath(f.journal.dir()));
    QVERIFY(before.contains(QStringLiteral("journal.db")));

    auto* confirm = f.find<QLineEdit>(QStringLiteral("settingsDeleteConfirm"));
    auto* button = f.find<QAbstractButton>(QStringLiteral("settingsDeleteAll"));
    for (const QString& wrong :
         {QStringLiteral("delete"), QStringLiteral("delete my diary"), QStringLiteral("yes")}) {
        confirm->clear();
        QTest::keyClicks(confirm, wrong);
        QVERIFY2(!button->isEnabled(), qPrintable(wrong));
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::keyClick(confirm, Qt::Key_Return);
    }
    QVERIFY(f.session->isUnlocked());
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Journal);
    QCOMPARE(journalFiles(f.journal.dir()), before);
    QCOMPARE(test::fileBytes(core::Journal::keySlotPath(f.journal.dir())), keys);
    QCOMPARE(f.session->store()->countEntries().value_or(0), 1);
}

void tst_DeleteAllData::typedConfirmationDeletesTheJournal()
{
    ShellFixture f;
    f.createJournal({test::sampleEntry(QDateTime::currentDateTime(), kNote)});
    ui::MainWindow* w = f.openWindow();
    // A daily snapshot exists too, so the backups folder is covered.
    QVERIFY(f.session->journal()->takeDailySnapshot().value_or(false));
    QVERIFY(!QDir(core::Journal::backupsPath(f.journal.dir())).isEmpty());
    w->showPage(QStringLiteral("settings"));

    auto* confirm = f.find<QLineEdit>(QStringLiteral("settingsDeleteConfirm"));
    QTest::keyClicks(confirm, ui::DeleteSection::confirmationPhrase());
    auto* button = f.find<QAbstractButton>(QStringLiteral("settingsDeleteAll"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QVERIFY(!f.session->isUnlocked());
    QVERIFY(!core::Journal::exists(f.journal.dir()));
    QVERIFY2(!QFileInfo::exists(f.journal.dir()),
             qPrintable(journalFiles(f.journal.dir()).join(QLatin1Char(' '))));
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Onboarding);
    auto* onboarding = f.find<QWidget>(QStringLiteral("onboardingPage"));
    QVERIFY(onboarding && onboarding->isVisible());
    QVERIFY(f.find<QWidget>(QStringLiteral("onboardingStart"))->isVisible());
    QVERIFY(test::textsContaining(kNote).isEmpty());

    // The same folder takes a new, empty journal.
    auto created = f.journal.create();
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    QCOMPARE(created->journal->store().countEntries().value_or(-1), 0);
}

QTEST_MAIN(tst_DeleteAllData)
#include "tst_DeleteAllData.moc"
