// The day's snapshot after unlocking runs beside the GUI, not on it: the event loop keeps
// turning (and the store keeps working) while it is written, and locking meanwhile stops it
// cleanly.
#include "core/storage/SnapshotJob.h"
#include "tests/support/TestJournal.h"
#include "ui/session/Session.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace aftercare;

class tst_SessionSnapshot : public QObject
{
    Q_OBJECT

private:
    static constexpr int entryCount = 60;
    static constexpr int patienceMs = ui::Session::snapshotDelayMs + 20000;

    // A journal with some entries, unlocked and handed to `session`.
    static bool adoptJournal(test::TestJournal& t, ui::Session& session)
    {
        auto created = t.create();
        if (!created)
            return false;
        QList<core::Entry> entries;
        for (int i = 0; i < entryCount; ++i)
            entries << test::sampleEntry(QDateTime::currentDateTime().addSecs(-3600 * i),
                                         QStringLiteral("a quiet evening %1").arg(i));
        if (!created->journal->store().importAll({}, entries, {}))
            return false;
        session.adopt(std::move(created->journal));
        return session.isUnlocked();
    }

    static QStringList backupFiles(const test::TestJournal& t)
    {
        return QDir(core::Journal::backupsPath(t.dir())).entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void snapshotCompletesWhileTheEventLoopRuns()
    {
        test::TestJournal t;
        ui::Session session(t.dir());
        QSignalSpy started(&session, &ui::Session::snapshotStarted);
        QSignalSpy finished(&session, &ui::Session::snapshotFinished);
        QVERIFY(adoptJournal(t, session));

        // A ticking timer stands for the GUI: it counts the turns of the event loop while the
        // job runs, and uses the store meanwhile.
        int ticksWhileRunning = 0;
        bool addedWhileRunning = false;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, &session, [&] {
            if (!session.isSnapshotRunning())
                return;
            ++ticksWhileRunning;
            if (!addedWhileRunning)
                addedWhileRunning = session.store()
                                        ->addEntry(test::sampleEntry(QDateTime::currentDateTime(),
                                                                     QStringLiteral("meanwhile")))
                                        .has_value();
        });
        connect(&session, &ui::Session::snapshotStarted, &ticker, qOverload<>(&QTimer::start));

        QVERIFY(finished.wait(patienceMs));
        ticker.stop();
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!session.isSnapshotRunning());
        QVERIFY2(session.snapshotProblem().isEmpty(), qPrintable(session.snapshotProblem()));
        QVERIFY(ticksWhileRunning > 0);
        QVERIFY(addedWhileRunning);
        QCOMPARE(session.store()->countEntries().value_or(-1), entryCount + 1);

        const QString stem = core::SnapshotJob::stemFor(QDate::currentDate());
        QCOMPARE(backupFiles(t),
                 (QStringList{stem + QStringLiteral(".db"), stem + QStringLiteral(".keys")}));
        QVERIFY(!session.journal()->snapshotJob()); // taken for today
    }

    void lockingDuringTheSnapshotStopsIt()
    {
        test::TestJournal t;
        ui::Session session(t.dir());
        QSignalSpy finished(&session, &ui::Session::snapshotFinished);
        QSignalSpy locked(&session, &ui::Session::locked);
        bool runningWhenLocked = false;
        // Locks the moment the job is on its way, as an idle timeout or the user might.
        connect(&session, &ui::Session::snapshotStarted, &session, [&] {
            runningWhenLocked = session.isSnapshotRunning();
            session.lock();
        });
        QVERIFY(adoptJournal(t, session));

        QVERIFY(locked.wait(patienceMs));
        QVERIFY(runningWhenLocked);
        QVERIFY(!session.isSnapshotRunning());
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.store());
        // Stopped runs leave no half-written file behind.
        for (const QString& name : backupFiles(t))
            QVERIFY2(!name.endsWith(u".partial"), qPrintable(name));
        QCoreApplication::processEvents(); // late news from the stopped job would arrive now
        QCOMPARE(finished.size(), 0);
        QCOMPARE(locked.size(), 1);
    }
};

QTEST_MAIN(tst_SessionSnapshot)
#include "tst_SessionSnapshot.moc"
