// The database file itself: a wrong key, foreign or damaged files are refused without being
// modified; the file is encrypted; the encrypted copy opens and holds the same data.
#include "tests/core/StoreTestData.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QDateTime kDay(QDate(2026, 3, 1), QTime(20, 0), Qt::OffsetFromUTC, 0);

// Creates a store with a little of everything, closes it and returns the path.
void fillAndClose(const StoreFixture& f)
{
    auto store = f.create();
    QVERIFY(store);
    const Partner p = store->addPartner(u"Jo"_qs).value();
    Entry e = everyFieldEntry();
    e.partnerId = p.id;
    QVERIFY(store->addEntry(e));
    QVERIFY(store->addEntry(completeEntry(kDay, u"second"_qs)));
    store->close();
}

void expectRefusedAndUntouched(const StoreFixture& f, const SecretBytes& key, Error::Kind kind)
{
    const QByteArray before = fileBytes(f.path());
    const QStringList filesBefore = QDir(f.dir()).entryList(QDir::Files);
    const auto store = JournalStore::open(f.path(), key, JournalStore::OpenMode::OpenExisting);
    QVERIFY(!store);
    QCOMPARE(store.error().kind(), kind);
    QVERIFY2(store.error().message().contains(u"backups"), qPrintable(store.error().message()));
    QVERIFY(!store.error().message().contains(u"reset", Qt::CaseInsensitive));
    QCOMPARE(fileBytes(f.path()), before);
    QCOMPARE(QDir(f.dir()).entryList(QDir::Files), filesBefore);
}

void flipByte(const QString& path, qint64 offset)
{
    QByteArray bytes = fileBytes(path);
    QVERIFY(offset < bytes.size());
    bytes[offset] = char(bytes[offset] ^ 0x01);
    QVERIFY(writeFileBytes(path, bytes));
}

} // namespace

class TestJournalStoreFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsEncryptedAndSingleAtRest()
    {
        StoreFixture f;
        fillAndClose(f);
        const QByteArray bytes = fileBytes(f.path());
        QVERIFY(bytes.size() > 1024);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("second"));
        QCOMPARE(QDir(f.dir()).entryList(QDir::Files), QStringList{u"journal.db"_qs});
        auto store = f.reopen();
        QVERIFY(store);
        QCOMPARE(store->countEntries().value(), 2);
        QVERIFY(store->checkIntegrity(false));
        QVERIFY(store->checkIntegrity(true));
    }

    void wrongKeyIsDamagedAndLeavesTheFileAlone()
    {
        StoreFixture f;
        fillAndClose(f);
        expectRefusedAndUntouched(f, SecretBytes::random(32), Error::Kind::Damaged);
        QVERIFY(f.reopen()); // the right key still works
    }

    void keyMustBe32Bytes()
    {
        StoreFixture f;
        fillAndClose(f);
        const auto store = JournalStore::open(f.path(), SecretBytes::random(16),
                                              JournalStore::OpenMode::OpenExisting);
        QVERIFY(!store);
        QCOMPARE(store.error().kind(), Error::Kind::Usage);
    }

    void foreignFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(8192, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(random.data()),
                                              random.size() / 4);
        QTest::newRow("random bytes") << random;
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("text") << QByteArray("just some notes\n");
    }

    void foreignFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        StoreFixture f;
        QVERIFY(writeFileBytes(f.path(), content));
        expectRefusedAndUntouched(f, f.key(), Error::Kind::Damaged);
    }

    void plainSqliteFileIsRefusedUntouched()
    {
        StoreFixture f;
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(f.path().toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES ('plain');", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(fileBytes(f.path()).startsWith("SQLite format 3"));
        expectRefusedAndUntouched(f, f.key(), Error::Kind::Damaged);
    }

    void bitFlipInFirstPageIsRefusedUntouched()
    {
        StoreFixture f;
        fillAndClose(f);
        flipByte(f.path(), 200);
        expectRefusedAndUntouched(f, f.key(), Error::Kind::Damaged);
    }

    void bitFlipInALaterPageIsFoundByTheCheck()
    {
        StoreFixture f;
        fillAndClose(f);
        const qint64 size = QFileInfo(f.path()).size();
        flipByte(f.path(), size - 600); // inside the last page
        expectRefusedAndUntouched(f, f.key(), Error::Kind::Damaged);
    }

    void truncatedFileIsRefused()
    {
        StoreFixture f;
        fillAndClose(f);
        const QByteArray bytes = fileBytes(f.path());
        QVERIFY(writeFileBytes(f.path(), bytes.left(bytes.size() / 2)));
        expectRefusedAndUntouched(f, f.key(), Error::Kind::Damaged);
    }

    void encryptedCopyOpensWithTheSameData()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p = store->addPartner(u"Lee"_qs).value();
        Entry e = everyFieldEntry();
        e.partnerId = p.id;
        e.notes = u"pelicanword in the copy"_qs;
        QVERIFY(store->addEntry(e));
        QVERIFY(store->addCheckIn({{}, kDay, Instrument::Gad7, {0, 1, 2, 3, 2, 1, 0}}));
        Draft draft;
        draft.entry.notes = u"unfinished"_qs;
        draft.step = 2;
        draft.savedAt = kDay;
        QVERIFY(store->saveDraft(draft));
        QVERIFY(store->setSetting(u"k"_qs, u"v"_qs));

        const QString copyPath = f.dir() + u"/copy.db"_qs;
        QVERIFY(store->writeEncryptedCopy(copyPath)); // while the source's WAL holds the data
        const QByteArray copyBytes = fileBytes(copyPath);
        QVERIFY(copyBytes.size() > 1024);
        QVERIFY(!copyBytes.startsWith("SQLite format 3"));
        QVERIFY(!copyBytes.contains("pelicanword"));

        const auto refused = store->writeEncryptedCopy(copyPath);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::AlreadyExists);
        QCOMPARE(fileBytes(copyPath), copyBytes);

        auto copy = JournalStore::open(copyPath, f.key(), JournalStore::OpenMode::OpenExisting);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message()));
        JournalStore& c = **copy;
        QCOMPARE(c.schemaVersion().value(), JournalStore::currentSchemaVersion());
        QCOMPARE(c.entries().value(), store->entries().value());
        QCOMPARE(c.partners().value(), store->partners().value());
        QCOMPARE(c.checkIns().value(), store->checkIns().value());
        QCOMPARE(c.draft().value(), store->draft().value());
        QCOMPARE(c.setting(u"k"_qs).value(), u"v"_qs);
        EntryQuery q;
        q.text = u"pelicanword"_qs;
        QCOMPARE(c.countEntries(q).value(), 1); // the search index came along
        QVERIFY(c.checkIntegrity(true));

        // A copy is keyed with the data key: another key cannot read it.
        c.close();
        const auto wrong = JournalStore::open(copyPath, SecretBytes::random(32),
                                              JournalStore::OpenMode::OpenExisting);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind(), Error::Kind::Damaged);
    }

    void encryptedCopyFromAReopenedStoreIsPrivate()
    {
        StoreFixture f;
        fillAndClose(f);
        auto store = f.reopen(); // opened without permission to create files
        QVERIFY(store);
        const QString copyPath = f.dir() + u"/copy.db"_qs;
        const auto written = store->writeEncryptedCopy(copyPath);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(copyPath) & others, QFile::Permissions());
        auto copy = JournalStore::open(copyPath, f.key(), JournalStore::OpenMode::OpenExisting);
        QVERIFY(copy);
        QCOMPARE((*copy)->entries().value(), store->entries().value());
    }

    void failedCopyLeavesNothingBehind()
    {
        StoreFixture f;
        auto store = f.create();
        const QString copyPath = f.dir() + u"/missing-folder/copy.db"_qs;
        QVERIFY(!store->writeEncryptedCopy(copyPath));
        QVERIFY(!QFile::exists(copyPath));
        QCOMPARE(store->countEntries().value(), 0); // the store still works
    }
};

QTEST_GUILESS_MAIN(TestJournalStoreFiles)
#include "tst_JournalStoreFiles.moc"
