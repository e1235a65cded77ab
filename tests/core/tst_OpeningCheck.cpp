// A journal opened with IntegrityCheckTiming::AlongsideReads: it reads at once, nothing is
// written until its quick_check has passed, and when the check finds damage the files are left
// exactly as they were — the database, its WAL and the folder's list of files.
#include "tests/core/StoreTestData.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <thread>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QDateTime kDay(QDate(2026, 3, 1), QTime(20, 0), Qt::OffsetFromUTC, 0);

Result<std::unique_ptr<JournalStore>> openAlongsideReads(const QString& path,
                                                         const SecretBytes& key)
{
    return JournalStore::open(path, key, JournalStore::OpenMode::OpenExisting,
                              IntegrityCheckTiming::AlongsideReads);
}

// `count` entries with their notes numbered, then closed (the WAL folded in).
void fillAndClose(const StoreFixture& f, int count)
{
    auto store = f.create();
    QVERIFY(store);
    QList<Entry> entries;
    for (int i = 0; i < count; ++i)
        entries << completeEntry(kDay.addDays(-i), QStringLiteral("entry number %1").arg(i));
    for (Entry& e : entries)
        e.id = newId();
    QVERIFY(store->importAll({}, entries, {}));
    store->close();
}

void flipByte(const QString& path, qint64 offset)
{
    QByteArray bytes = fileBytes(path);
    QVERIFY(offset < bytes.size());
    bytes[offset] = char(bytes[offset] ^ 0x01);
    QVERIFY(writeFileBytes(path, bytes));
}

void expectDamaged(const Status& status)
{
    QVERIFY(!status);
    QCOMPARE(status.error().kind(), Error::Kind::Damaged);
    QVERIFY2(status.error().message().contains(u"backups"), qPrintable(status.error().message()));
}

} // namespace

class TestOpeningCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSoundJournalReadsAtOnceAndWritesOnceChecked()
    {
        StoreFixture f;
        fillAndClose(f, 20);
        auto opened = openAlongsideReads(f.path(), f.key());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        JournalStore& store = **opened;
        QVERIFY(store.hasPendingCheck());
        QCOMPARE(store.countEntries().value(), 20);
        // The first write runs the check itself, then goes ahead.
        QVERIFY(store.addEntry(completeEntry(kDay, u"after the check"_qs)));
        QVERIFY(store.runPendingCheck());
        QCOMPARE(store.countEntries().value(), 21);
        store.close();
        // Closed as usual: the WAL was folded in, one file is left.
        QCOMPARE(QDir(f.dir()).entryList(QDir::Files), QStringList{u"journal.db"_qs});
        auto again = f.reopen();
        QVERIFY(again);
        QCOMPARE(again->countEntries().value(), 21);
    }

    void damageFoundByTheCheckRefusesEveryWriteAndChangesNothing()
    {
        StoreFixture f;
        // Enough entries that the last page holds rows: in a journal of a few entries the last
        // pages written are the schema's own (since schema 4 it needs more than page 1), and a
        // damaged schema is refused at opening, before any check.
        fillAndClose(f, 300);
        flipByte(f.path(), QFileInfo(f.path()).size() - 600); // inside the last page
        const QByteArray before = fileBytes(f.path());
        const QStringList filesBefore = QDir(f.dir()).entryList(QDir::Files);
        {
            auto opened = openAlongsideReads(f.path(), f.key());
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
            JournalStore& store = **opened;
            QVERIFY(store.hasPendingCheck());
            expectDamaged(store.runPendingCheck());
            const auto added = store.addEntry(completeEntry(kDay, u"never stored"_qs));
            QVERIFY(!added);
            QCOMPARE(added.error().kind(), Error::Kind::Damaged);
            Draft draft;
            draft.savedAt = kDay;
            expectDamaged(store.saveDraft(draft));
            expectDamaged(store.setSetting(u"k"_qs, u"v"_qs));
            expectDamaged(store.discardDraft());
            const QString copy = f.dir() + u"/copy.db"_qs;
            expectDamaged(store.writeEncryptedCopy(copy));
            QVERIFY(!QFileInfo::exists(copy));
        }
        QCOMPARE(fileBytes(f.path()), before);
        QCOMPARE(QDir(f.dir()).entryList(QDir::Files), filesBefore);
    }

    // A journal last closed by a crash has its newest pages in the WAL. Closing the store must
    // not fold them into a file the check found damaged.
    void aDamagedJournalsWalIsNotFoldedIn()
    {
        StoreFixture f;
        fillAndClose(f, 300);
        QTemporaryDir crashed;
        const QString path = crashed.path() + u"/journal.db"_qs;
        {
            auto store = f.reopen();
            QVERIFY(store);
            QVERIFY(store->setSetting(u"k"_qs, u"in the WAL only"_qs));
            // Copied while open, as a crash would leave them: the setting is in the WAL.
            QVERIFY(QFile::copy(f.path(), path));
            QVERIFY(QFile::copy(f.path() + u"-wal"_qs, path + u"-wal"_qs));
        }
        QVERIFY(QFileInfo(path + u"-wal"_qs).size() > 0);
        flipByte(path, QFileInfo(path).size() / 2); // an entries page, not in the WAL
        const QByteArray database = fileBytes(path);
        const QByteArray wal = fileBytes(path + u"-wal"_qs);
        {
            auto opened = openAlongsideReads(path, f.key());
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
            QCOMPARE((*opened)->setting(u"k"_qs).value(), u"in the WAL only"_qs);
            expectDamaged((*opened)->runPendingCheck());
        }
        QCOMPARE(fileBytes(path), database);
        QCOMPARE(fileBytes(path + u"-wal"_qs), wal);
    }

    void closingBeforeTheCheckRanChangesNothing()
    {
        StoreFixture f;
        fillAndClose(f, 20);
        const QByteArray before = fileBytes(f.path());
        {
            auto opened = openAlongsideReads(f.path(), f.key());
            QVERIFY(opened);
            QCOMPARE((*opened)->countEntries().value(), 20);
            (*opened)->close();
            // Closed means closed: the check does not run afterwards, writes are refused.
            const Status late = (*opened)->setSetting(u"k"_qs, u"v"_qs);
            QVERIFY(!late);
            QCOMPARE(late.error().kind(), Error::Kind::Usage);
        }
        QCOMPARE(fileBytes(f.path()), before);
        QCOMPARE(QDir(f.dir()).entryList(QDir::Files), QStringList{u"journal.db"_qs});
    }

    // The app runs the check on a thread of its own while the GUI thread may already write:
    // the write waits for that run's result rather than racing it.
    void aWriteWaitsForTheCheckRunningElsewhere()
    {
        StoreFixture f;
        fillAndClose(f, 300);
        auto opened = openAlongsideReads(f.path(), f.key());
        QVERIFY(opened);
        JournalStore& store = **opened;
        Status onThread = fail(Error::Kind::Other, u"not run"_qs);
        std::thread checker([&] { onThread = store.runPendingCheck(); });
        const Status written = store.setSetting(u"k"_qs, u"v"_qs);
        checker.join();
        QVERIFY(onThread);
        QVERIFY(written);
        QCOMPARE(store.setting(u"k"_qs).value(), u"v"_qs);
    }

    void theCheckComesFirstWithoutAskingForIt()
    {
        StoreFixture f;
        fillAndClose(f, 20);
        auto store = f.reopen();
        QVERIFY(store);
        QVERIFY(!store->hasPendingCheck());
        QVERIFY(store->runPendingCheck()); // nothing pending: nothing to report
    }
};

QTEST_GUILESS_MAIN(TestOpeningCheck)
#include "tst_OpeningCheck.moc"
