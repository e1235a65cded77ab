// SQLCipher page sizes: new journals use 4096-byte pages, journals written with the old default
// of 1024 keep opening (and keep their size), and encrypted snapshots open like their source.
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "tests/core/FixtureJournals.h"
#include "tests/core/StoreTestData.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

// Whether the file's first page authenticates when read with `pageSize`-byte pages.
bool readsWithPageSize(const QString& path, const SecretBytes& key, int pageSize)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db || !(*db)->applyKey(key) || !(*db)->setCipherPageSize(pageSize))
        return false;
    return (*db)->queryInt("SELECT count(*) FROM sqlite_master", u"read"_qs).has_value();
}

} // namespace

class TestPageSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newJournalsUse4096BytePages()
    {
        StoreFixture f;
        {
            auto store = f.create();
            QVERIFY(store);
            QVERIFY(store->addEntry(completeEntry(QDateTime::currentDateTime(), u"first"_qs)));
        }
        QCOMPARE(DatabaseOpener::detectPageSize(f.path(), f.key()).value(), 4096);
        QCOMPARE(QFileInfo(f.path()).size() % 4096, 0);
        QVERIFY(readsWithPageSize(f.path(), f.key(), 4096));
        QVERIFY(!readsWithPageSize(f.path(), f.key(), 1024));
    }

    void oldJournalsKeepTheirPageSize()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV1);
        QVERIFY(!path.isEmpty());
        QVERIFY(readsWithPageSize(path, fixtureKey(), 1024));
        QVERIFY(!readsWithPageSize(path, fixtureKey(), 4096));
        {
            auto store =
                JournalStore::open(path, fixtureKey(), JournalStore::OpenMode::OpenExisting);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message()));
            QCOMPARE((*store)->countEntries().value(), 3);
            QVERIFY((*store)->addEntry(completeEntry(QDateTime::currentDateTime(), u"new"_qs)));
        }
        QCOMPARE(DatabaseOpener::detectPageSize(path, fixtureKey()).value(), 1024);
        auto reopened =
            JournalStore::open(path, fixtureKey(), JournalStore::OpenMode::OpenExisting);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->countEntries().value(), 4);
    }

    void snapshotsOpenLikeTheirSource_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("new journal, 4096") << false;
        QTest::newRow("old journal, 1024") << true;
    }

    void snapshotsOpenLikeTheirSource()
    {
        QFETCH(bool, legacy);
        QTemporaryDir dir;
        QString path = dir.path() + u"/journal.db"_qs;
        SecretBytes key = SecretBytes::random(32);
        if (legacy) {
            path = copyFixture(dir, kFixtureV1);
            key = fixtureKey();
        }
        const QString copy = dir.path() + u"/snapshot.db"_qs;
        const auto mode =
            legacy ? JournalStore::OpenMode::OpenExisting : JournalStore::OpenMode::CreateNew;
        {
            auto store = JournalStore::open(path, key, mode);
            QVERIFY(store);
            QVERIFY((*store)->addEntry(completeEntry(QDateTime::currentDateTime(), u"copied"_qs)));
            QVERIFY((*store)->writeEncryptedCopy(copy));
        }
        const int expected = legacy ? 1024 : 4096;
        QCOMPARE(DatabaseOpener::detectPageSize(copy, key).value(), expected);
        auto snapshot = JournalStore::open(copy, key, JournalStore::OpenMode::OpenExisting);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message()));
        EntryQuery q;
        q.text = u"copied"_qs;
        QCOMPARE((*snapshot)->countEntries(q).value(), 1);
    }

    void aFileNeitherSizeReadsIsDamagedAndUntouched()
    {
        StoreFixture f;
        QVERIFY(f.create());
        const QByteArray before = fileBytes(f.path());
        const auto detected = DatabaseOpener::detectPageSize(f.path(), SecretBytes::random(32));
        QVERIFY(!detected);
        QCOMPARE(detected.error().kind(), Error::Kind::Damaged);
        QCOMPARE(fileBytes(f.path()), before);
        QCOMPARE(QDir(f.dir()).entryList(QDir::Files), QStringList{u"journal.db"_qs});
    }
};

QTEST_GUILESS_MAIN(TestPageSize)
#include "tst_PageSize.moc"
