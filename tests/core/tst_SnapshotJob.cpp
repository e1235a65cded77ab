// The daily snapshot as a job for another thread: what it writes, how it stops, and that the
// journal's own store keeps working while it runs.
#include "core/Clock.h"
#include "core/storage/SnapshotJob.h"
#include "tests/support/TestJournal.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <thread>
#include <unistd.h>

using namespace aftercare;
using namespace aftercare::core;
using aftercare::test::TestJournal;

namespace {

// A one-way signal between two threads; waiting gives up after a while so a broken test fails
// instead of hanging.
class Gate
{
public:
    void open()
    {
        {
            const std::lock_guard guard(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    bool wait()
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(30), [this] { return m_open; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

// Stops the job's thread the first time its progress hook runs (the copy is being written):
// `reached` opens, and the thread waits until the test opens `resume`.
struct PauseOnce
{
    Gate reached;
    Gate resume;
    std::once_flag once;
    bool partialExisted = false;
    bool resumed = false;

    void install(SnapshotJob& job, const QString& partial)
    {
        job.setProgressHook([this, partial] {
            std::call_once(once, [&] {
                partialExisted = QFileInfo::exists(partial);
                reached.open();
                resumed = resume.wait();
            });
        });
    }
};

// Runs `job` on a thread of its own, held at the start of its copy until finish().
class PausedRun
{
public:
    PausedRun(SnapshotJob& job, const QString& partial) : m_job(job)
    {
        m_pause.install(job, partial);
        m_worker = std::thread([this] { m_ran = m_job.run(); });
    }
    ~PausedRun() { finish(); }
    PausedRun(const PausedRun&) = delete;
    PausedRun& operator=(const PausedRun&) = delete;

    bool reachedCopy() { return m_pause.reached.wait(); }
    // Lets the job go on and waits for its thread; then partialExisted() can be read.
    Status finish()
    {
        if (m_worker.joinable()) {
            m_pause.resume.open();
            m_worker.join();
        }
        return m_ran;
    }
    bool partialExisted() const { return m_pause.partialExisted; }

private:
    SnapshotJob& m_job;
    PauseOnce m_pause;
    Status m_ran;
    std::thread m_worker;
};

QStringList backupFiles(const QString& journalDir)
{
    return QDir(Journal::backupsPath(journalDir)).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestSnapshotJob : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0))};
    static constexpr int entryCount = 20;

    QString todaysDb(const TestJournal& t) const
    {
        return Journal::backupsPath(t.dir()) + u'/' + SnapshotJob::stemFor(m_clock.now().date()) +
               QStringLiteral(".db");
    }

    void addEntries(Journal& journal)
    {
        for (int i = 0; i < entryCount; ++i)
            QVERIFY(journal.store().addEntry(test::sampleEntry(
                m_clock.now().addSecs(-60 * i), QStringLiteral("evening %1").arg(i))));
    }

    // Opens today's snapshot as a journal of its own, with the journal's passphrase.
    std::unique_ptr<Journal> openSnapshot(const TestJournal& t)
    {
        const QString restored = t.root() + QStringLiteral("/restored");
        const QString stem =
            Journal::backupsPath(t.dir()) + u'/' + SnapshotJob::stemFor(m_clock.now().date());
        if (!QDir().mkpath(restored) ||
            !QFile::copy(stem + QStringLiteral(".db"), Journal::databasePath(restored)) ||
            !QFile::copy(stem + QStringLiteral(".keys"), Journal::keySlotPath(restored)))
            return nullptr;
        auto journal =
            Journal::unlock(restored, SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase)));
        return journal ? std::move(*journal) : nullptr;
    }

private Q_SLOTS:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void runWritesASnapshotThatOpensWithThePassphrase()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        Journal& journal = *created->journal;
        addEntries(journal);

        auto job = journal.snapshotJob();
        QVERIFY(job);
        Status ran;
        std::thread worker([&] { ran = job->run(); });
        worker.join();
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message()));

        const QString db = todaysDb(t);
        QCOMPARE(backupFiles(t.dir()),
                 (QStringList{QFileInfo(db).fileName(),
                              QFileInfo(db).completeBaseName() + QStringLiteral(".keys")}));
        QVERIFY(!test::fileBytes(db).contains("evening"));
        auto snapshot = openSnapshot(t);
        QVERIFY(snapshot);
        const auto original = journal.store().entries();
        const auto copied = snapshot->store().entries();
        QVERIFY(original && copied);
        QCOMPARE(copied->size(), entryCount);
        for (qsizetype i = 0; i < copied->size(); ++i) {
            QCOMPARE(copied->at(i).id, original->at(i).id);
            QCOMPARE(copied->at(i).notes, original->at(i).notes);
        }
        EntryQuery search;
        search.text = QStringLiteral("evening");
        QCOMPARE(snapshot->store().countEntries(search).value_or(-1), entryCount);
    }

    void aHalfSnapshotIsReplacedInOneStep()
    {
        // Today's .db without its .keys (as a crash between them once could leave): the job is
        // offered again and its rename() replaces the old file; a hard link to the old one still
        // reads the old bytes, so the old file was never rewritten in place.
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        addEntries(*created->journal);
        const QString db = todaysDb(t);
        QVERIFY(QDir().mkpath(QFileInfo(db).path()));
        {
            QFile half(db);
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write("half a snapshot");
        }
        const QString link = t.root() + QStringLiteral("/old-link");
        QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(link).constData()), 0);

        auto job = created->journal->snapshotJob();
        QVERIFY(job);
        QVERIFY(job->run());
        QCOMPARE(test::fileBytes(link), QByteArray("half a snapshot"));
        QVERIFY(test::fileBytes(db) != QByteArray("half a snapshot"));
        QCOMPARE(backupFiles(t.dir()),
                 (QStringList{QFileInfo(db).fileName(),
                              QFileInfo(db).completeBaseName() + QStringLiteral(".keys")}));
        for (const QString& name : backupFiles(t.dir()))
            QCOMPARE(QFileInfo(Journal::backupsPath(t.dir()) + u'/' + name).permissions() &
                         (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
        QVERIFY(openSnapshot(t));
    }

    void aSecondJobTheSameDayIsNotOffered()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        Journal& journal = *created->journal;
        auto first = journal.snapshotJob();
        QVERIFY(first);
        QVERIFY(first->run());
        QVERIFY(!journal.snapshotJob());
        auto sameDay = journal.takeDailySnapshot();
        QVERIFY(sameDay);
        QVERIFY(!*sameDay);

        m_clock.advanceMs(24ll * 3600 * 1000);
        QVERIFY(journal.snapshotJob()); // tomorrow's is due
        journal.lock();
        QVERIFY(!journal.snapshotJob());
    }

    void cancelDuringRunLeavesNothing()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        Journal& journal = *created->journal;
        addEntries(journal);
        auto job = journal.snapshotJob();
        QVERIFY(job);
        PausedRun run(*job, todaysDb(t) + QStringLiteral(".partial"));
        const bool reached = run.reachedCopy();
        job->cancel(); // from this thread, while the copy is being written
        const Status ran = run.finish();
        QVERIFY(reached);
        QVERIFY(run.partialExisted());
        QVERIFY(!ran);
        QVERIFY(ran.error().message().contains(u"stopped"));
        QCOMPARE(backupFiles(t.dir()), QStringList());
        // Not taken, so it is still due, and the journal is untouched.
        QVERIFY(journal.snapshotJob());
        QCOMPARE(journal.store().countEntries().value_or(-1), entryCount);
    }

    void cancelBeforeRunWritesNothing()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        auto job = created->journal->snapshotJob();
        QVERIFY(job);
        job->cancel();
        QVERIFY(!job->run());
        QCOMPARE(backupFiles(t.dir()), QStringList());
    }

    void theStoreKeepsWorkingWhileAJobRuns()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        Journal& journal = *created->journal;
        addEntries(journal);
        auto job = journal.snapshotJob();
        QVERIFY(job);
        PausedRun run(*job, todaysDb(t) + QStringLiteral(".partial"));
        const bool reached = run.reachedCopy();
        // The job is in the middle of its copy on the other thread; this one writes.
        const auto added =
            journal.store().addEntry(test::sampleEntry(m_clock.now(), QStringLiteral("later")));
        const auto liveCount = journal.store().countEntries();
        const Status ran = run.finish();
        QVERIFY(reached);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        QCOMPARE(liveCount.value_or(-1), entryCount + 1);
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message()));

        // The snapshot is the journal as it was when the copy began, every table alike.
        auto snapshot = openSnapshot(t);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->store().countEntries().value_or(-1), entryCount);
        EntryQuery search;
        search.text = QStringLiteral("later");
        QCOMPARE(snapshot->store().countEntries(search).value_or(-1), 0);
        QCOMPARE(journal.store().countEntries(search).value_or(-1), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJob)
#include "tst_SnapshotJob.moc"
