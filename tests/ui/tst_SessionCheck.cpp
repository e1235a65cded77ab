// A journal handed over with its quick_check still pending, as the app's unlock does it: the
// session runs the check beside the GUI, the day's snapshot waits until it has passed, locking
// meanwhile still saves what the pages save, and damage it finds locks the journal unchanged and
// says why.
#include "tests/support/TestJournal.h"
#include "ui/session/Session.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace aftercare;

class tst_SessionCheck : public QObject
{
    Q_OBJECT

private:
    static constexpr int patienceMs = ui::Session::snapshotDelayMs + 20000;

    // A locked journal with a few entries.
    static bool makeJournal(test::TestJournal& t)
    {
        auto created = t.create();
        if (!created)
            return false;
        QList<core::Entry> entries;
        for (int i = 0; i < 40; ++i)
            entries << test::sampleEntry(QDateTime::currentDateTime().addSecs(-3600 * i),
                                         QStringLiteral("a slow morning %1").arg(i));
        if (!created->journal->store().importAll({}, entries, {}))
            return false;
        created->journal->lock();
        return true;
    }

    // Unlocked the app's way: the quick_check left to run alongside the first reads.
    static std::unique_ptr<core::Journal> unlockAlongsideReads(const test::TestJournal& t)
    {
        auto opened = core::Journal::unlock(
            t.dir(), core::SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase)),
            core::IntegrityCheckTiming::AlongsideReads);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return nullptr;
        }
        return std::move(*opened);
    }

private Q_SLOTS:
    void theCheckRunsBesideTheGuiAndTheSnapshotFollowsIt()
    {
        test::TestJournal t;
        QVERIFY(makeJournal(t));
        auto journal = unlockAlongsideReads(t);
        QVERIFY(journal);
        QVERIFY(journal->store().hasPendingCheck());
        ui::Session session(t.dir());
        QStringList events;
        connect(&session, &ui::Session::unlocked, this, [&] {
            // The pages read at once, while the check is still to report; it is already under
            // way on its own thread, so a page writing here would wait for it, not run it.
            events << QStringLiteral("unlocked %1%2")
                          .arg(session.store()->countEntries().value())
                          .arg(session.isCheckRunning() ? QStringLiteral(", checking") : QString());
        });
        connect(&session, &ui::Session::journalChecked, this,
                [&] { events << QStringLiteral("checked"); });
        connect(&session, &ui::Session::snapshotStarted, this,
                [&] { events << QStringLiteral("snapshot"); });
        QSignalSpy finished(&session, &ui::Session::snapshotFinished);
        session.adopt(std::move(journal));
        QVERIFY(session.isCheckRunning());
        QVERIFY(finished.wait(patienceMs));
        QCOMPARE(events, QStringList({QStringLiteral("unlocked 40, checking"),
                                      QStringLiteral("checked"), QStringLiteral("snapshot")}));
        QVERIFY(!session.isCheckRunning());
        QVERIFY2(session.snapshotProblem().isEmpty(), qPrintable(session.snapshotProblem()));
        QVERIFY(!QDir(core::Journal::backupsPath(t.dir())).entryList(QDir::Files).isEmpty());
        session.lock();
    }

    void lockingBeforeTheCheckReportsStillSavesTheDraft()
    {
        test::TestJournal t;
        QVERIFY(makeJournal(t));
        auto journal = unlockAlongsideReads(t);
        QVERIFY(journal);
        ui::Session session(t.dir());
        QSignalSpy checked(&session, &ui::Session::journalChecked);
        QSignalSpy failed(&session, &ui::Session::openingCheckFailed);
        core::Draft draft;
        draft.entry.notes = QStringLiteral("half a thought");
        draft.step = 2;
        draft.savedAt = QDateTime::currentDateTime();
        core::Status saved = core::fail(core::Error::Kind::Other, QStringLiteral("not saved"));
        // What the reflection page does when the journal locks.
        connect(&session, &ui::Session::aboutToLock, this,
                [&] { saved = session.store()->saveDraft(draft); });
        session.adopt(std::move(journal));
        QVERIFY(session.isCheckRunning());
        session.lock(); // before the check's result reached the event loop
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.isCheckRunning());
        // The check's late "finished" is recognised as stale: no signal for a locked journal.
        QCoreApplication::processEvents();
        QCOMPARE(checked.size(), 0);
        QCOMPARE(failed.size(), 0);
        auto reopened = t.unlock();
        QVERIFY(reopened);
        const auto stored = (*reopened)->store().draft();
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->entry.notes, draft.entry.notes);
    }

    void damageTheCheckFindsLocksTheJournalUnchangedAndSaysWhy()
    {
        test::TestJournal t;
        QVERIFY(makeJournal(t));
        const QString dbPath = core::Journal::databasePath(t.dir());
        QByteArray bytes = test::fileBytes(dbPath);
        bytes[bytes.size() - 600] = char(bytes[bytes.size() - 600] ^ 0x01); // the last page
        {
            QFile file(dbPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        const QStringList files = QDir(t.dir()).entryList(QDir::Files);
        auto journal = unlockAlongsideReads(t); // the cheap checks pass: the key, page one
        QVERIFY(journal);
        ui::Session session(t.dir());
        QSignalSpy aboutToLock(&session, &ui::Session::aboutToLock);
        QSignalSpy locked(&session, &ui::Session::locked);
        QSignalSpy failed(&session, &ui::Session::openingCheckFailed);
        QSignalSpy checked(&session, &ui::Session::journalChecked);
        session.adopt(std::move(journal));
        QVERIFY(failed.wait(patienceMs));
        QVERIFY(!session.isUnlocked());
        QCOMPARE(locked.size(), 1);
        QCOMPARE(aboutToLock.size(), 0); // nothing may be written to it, not even a draft
        QCOMPARE(checked.size(), 0);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("backups")), qPrintable(message));
        QCOMPARE(test::fileBytes(dbPath), bytes);
        QCOMPARE(QDir(t.dir()).entryList(QDir::Files), files);
        QVERIFY(QDir(core::Journal::backupsPath(t.dir())).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(tst_SessionCheck)
#include "tst_SessionCheck.moc"
