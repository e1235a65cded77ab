// Every database Aftercare opens or makes must prove that SQLCipher really encrypts it: a cipher
// for the schema and no plaintext SQLite header at the start of the file. A plaintext database
// is refused before anything is written.
#include "core/storage/Database.h"
#include "core/storage/DatabaseMaintenance.h"
#include "core/storage/JournalRekey.h"
#include "tests/support/TestJournal.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace aftercare;
using namespace aftercare::core;

class TestEncryptionProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlaintextDatabaseIsRefused()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("plain.db"));
        {
            auto db = Database::open(path, Database::Access::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);",
                                QStringLiteral("test")));
            const Status proof = DatabaseMaintenance::requireEncrypted(**db, "main", path);
            QVERIFY(!proof);
            QVERIFY(proof.error().message().contains(QStringLiteral("not encrypted")));
        }
        QCOMPARE(test::fileBytes(path).left(16), QByteArray("SQLite format 3\0", 16));
        QVERIFY(!DatabaseMaintenance::requireEncryptedFile(path));
    }

    void journalSnapshotAndRekeyTargetAreEncrypted()
    {
        test::TestJournal t;
        {
            auto created = t.create();
            QVERIFY(created);
            QVERIFY(created->journal->store().addEntry(test::sampleEntry()));
            QVERIFY(created->journal->takeDailySnapshot());
            QVERIFY(created->journal->changePassphrase(SecretBytes::fromUtf8(u"new one"_qs),
                                                       KdfProfile::fastForTests()));
            QVERIFY(created->journal->takeDailySnapshot());
        }
        QStringList files{Journal::databasePath(t.dir())};
        const QDir backups(Journal::backupsPath(t.dir()));
        for (const QString& name : backups.entryList({QStringLiteral("*.db")}))
            files << backups.filePath(name);
        QCOMPARE(files.size(), 2);
        for (const QString& file : std::as_const(files)) {
            QVERIFY2(DatabaseMaintenance::requireEncryptedFile(file), qPrintable(file));
            QVERIFY(test::fileBytes(file).left(16) != QByteArray("SQLite format 3\0", 16));
        }
    }

    void aJournalDatabaseInPlaintextIsNotOpened()
    {
        // A plaintext file in the journal's place is never written to (nor its key checked
        // successfully): the journal reports it and leaves it as it was.
        test::TestJournal t;
        {
            auto created = t.create();
            QVERIFY(created);
        }
        const QString path = Journal::databasePath(t.dir());
        QVERIFY(QFile::remove(path));
        {
            auto db = Database::open(path, Database::Access::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec("CREATE TABLE t(x);", QStringLiteral("test")));
        }
        const QByteArray before = test::fileBytes(path);
        auto journal = t.unlock();
        QVERIFY(!journal);
        QCOMPARE(test::fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestEncryptionProof)
#include "tst_EncryptionProof.moc"
