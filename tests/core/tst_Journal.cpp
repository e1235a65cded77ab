// The journal folder: creation, unlocking, the lock file, passphrase changes and snapshots.
#include "core/Clock.h"
#include "core/crypto/RecoveryCode.h"
#include "tests/support/TestJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace aftercare;
using namespace aftercare::core;
using aftercare::test::TestJournal;

namespace {

QString codeText(const SecretBytes& code)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(code.data()), qsizetype(code.size()));
}

unsigned modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return ~0u;
    return unsigned(info.st_mode & 0777);
}

SecretBytes secret(const char* text)
{
    return SecretBytes::fromUtf8(QString::fromUtf8(text));
}

} // namespace

class TestJournalFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::setInstance(nullptr); }

    void createThenUnlockKeepsEntries()
    {
        TestJournal t;
        QString id;
        {
            auto created = t.create();
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
            QVERIFY(Journal::exists(t.dir()));
            auto added = created->journal->store().addEntry(test::sampleEntry());
            QVERIFY(added);
            id = added->id;
        }
        auto journal = t.unlock();
        QVERIFY(journal);
        auto entry = (*journal)->store().entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->id, id);
    }

    void filesArePrivate()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        QCOMPARE(modeOf(t.dir()), 0700u);
        QCOMPARE(modeOf(Journal::databasePath(t.dir())), 0600u);
        QCOMPARE(modeOf(Journal::keySlotPath(t.dir())), 0600u);
    }

    void createRefusesAnExistingJournal()
    {
        TestJournal t;
        QVERIFY(t.create());
        const QByteArray keysBefore = test::fileBytes(Journal::keySlotPath(t.dir()));
        auto again = t.create(QStringLiteral("another passphrase"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::AlreadyExists);
        QCOMPARE(test::fileBytes(Journal::keySlotPath(t.dir())), keysBefore);
    }

    void wrongPassphraseChangesNothing()
    {
        TestJournal t;
        QVERIFY(t.create());
        const QByteArray keys = test::fileBytes(Journal::keySlotPath(t.dir()));
        const QByteArray db = test::fileBytes(Journal::databasePath(t.dir()));
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto journal = t.unlock(QStringLiteral("not the passphrase"));
            QVERIFY(!journal);
            QCOMPARE(journal.error().kind(), Error::Kind::WrongSecret);
            QCOMPARE(journal.error().exitCode(), 3);
        }
        QCOMPARE(test::fileBytes(Journal::keySlotPath(t.dir())), keys);
        QCOMPARE(test::fileBytes(Journal::databasePath(t.dir())), db);
        QVERIFY(t.unlock());
    }

    void missingJournalIsNotFound()
    {
        TestJournal t;
        auto journal = t.unlock();
        QVERIFY(!journal);
        QCOMPARE(journal.error().kind(), Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(t.dir()));
    }

    void secondOpenIsRefusedNamingThePid()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        auto second = t.unlock();
        QVERIFY(!second);
        QCOMPARE(second.error().kind(), Error::Kind::InUse);
        QVERIFY2(
            second.error().message().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.error().message()));
        created->journal->lock();
        QVERIFY(t.unlock());
    }

    void recoveryCodeUnlocksAndSetsANewPassphrase()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        const QString code = codeText(created->recoveryCode);
        QVERIFY(code.contains(u'-'));
        created->journal->lock();

        auto wrong = Journal::unlockWithRecoveryCode(
            t.dir(), secret("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind(), Error::Kind::WrongSecret);
        auto malformed = Journal::unlockWithRecoveryCode(t.dir(), secret("hello"));
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().kind(), Error::Kind::WrongSecret);

        // Typed sloppily: lower case, spaces instead of dashes.
        auto journal = Journal::unlockWithRecoveryCode(
            t.dir(), SecretBytes::fromUtf8(code.toLower().replace(u'-', u' ')));
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message()));
        QVERIFY((*journal)->changePassphrase(secret("a brand new passphrase")));
        (*journal)->lock();

        QCOMPARE(t.unlock().error().kind(), Error::Kind::WrongSecret);
        QVERIFY(t.unlock(QStringLiteral("a brand new passphrase")));
    }

    void changingThePassphraseKeepsTheRecoveryCode()
    {
        TestJournal t;
        QByteArray code;
        {
            auto created = t.create();
            QVERIFY(created);
            code = QByteArray(reinterpret_cast<const char*>(created->recoveryCode.data()),
                              qsizetype(created->recoveryCode.size()));
        }
        const QByteArray dbBefore = test::fileBytes(Journal::databasePath(t.dir()));
        {
            auto journal = t.unlock();
            QVERIFY(journal);
            QVERIFY((*journal)->changePassphrase(secret("second passphrase")));
        }
        // A new data key: the database was rewritten under it.
        QVERIFY(test::fileBytes(Journal::databasePath(t.dir())) != dbBefore);
        QCOMPARE(t.unlock().error().kind(), Error::Kind::WrongSecret);
        QVERIFY(t.unlock(QStringLiteral("second passphrase")));
        QVERIFY(Journal::unlockWithRecoveryCode(t.dir(),
                                                SecretBytes::fromUtf8(QString::fromUtf8(code))));
    }

    void passphraseChangeThatCannotBeWrittenKeepsTheOldOne()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        const QByteArray keys = test::fileBytes(Journal::keySlotPath(t.dir()));
        {
            // As if the disk were full: no file may grow past a few bytes (works even as root).
            test::FileSizeLimit full(16);
            auto changed = created->journal->changePassphrase(secret("never saved"));
            QVERIFY(!changed);
            QVERIFY(!changed.error().message().isEmpty());
        }
        QCOMPARE(test::fileBytes(Journal::keySlotPath(t.dir())), keys);
        created->journal->lock();
        QCOMPARE(t.unlock(QStringLiteral("never saved")).error().kind(), Error::Kind::WrongSecret);
        QVERIFY(t.unlock());
    }

    void damagedKeyFileIsReportedNotReset()
    {
        TestJournal t;
        QVERIFY(t.create());
        QFile keys(Journal::keySlotPath(t.dir()));
        QVERIFY(keys.open(QIODevice::ReadWrite));
        QByteArray bytes = keys.readAll();
        bytes.truncate(bytes.size() / 2);
        keys.resize(0);
        keys.write(bytes);
        keys.close();
        const QByteArray db = test::fileBytes(Journal::databasePath(t.dir()));

        auto journal = t.unlock();
        QVERIFY(!journal);
        QCOMPARE(journal.error().kind(), Error::Kind::Damaged);
        QVERIFY(!journal.error().message().contains(u"reset", Qt::CaseInsensitive));
        QCOMPARE(test::fileBytes(Journal::keySlotPath(t.dir())), bytes);
        QCOMPARE(test::fileBytes(Journal::databasePath(t.dir())), db);
    }

    void missingDatabaseIsDamaged()
    {
        TestJournal t;
        QVERIFY(t.create());
        QVERIFY(QFile::remove(Journal::databasePath(t.dir())));
        auto journal = t.unlock();
        QVERIFY(!journal);
        QCOMPARE(journal.error().kind(), Error::Kind::Damaged);
        QVERIFY(journal.error().message().contains(u"backup"));
    }

    void snapshotAfterReopeningTheJournal()
    {
        TestJournal t;
        QVERIFY(t.create());
        auto journal = t.unlock();
        QVERIFY(journal);
        auto taken = (*journal)->takeDailySnapshot();
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message()));
        QVERIFY(*taken);
        QCOMPARE(QDir(Journal::backupsPath(t.dir())).entryList({QStringLiteral("*.db")}).size(), 1);
    }

    void snapshotsAreDailyEncryptedAndPruned()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
        Clock::setInstance(&clock);
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        Journal& journal = *created->journal;
        QVERIFY(journal.store().addEntry(
            test::sampleEntry(clock.now(), QStringLiteral("snapshot me"))));

        auto first = journal.takeDailySnapshot();
        QVERIFY(first);
        QVERIFY(*first);
        auto sameDay = journal.takeDailySnapshot();
        QVERIFY(sameDay);
        QVERIFY(!*sameDay);

        const QString backups = Journal::backupsPath(t.dir());
        const QString firstDb = backups + QStringLiteral("/journal-2026-01-01.db");
        QVERIFY(QFileInfo::exists(firstDb));
        QVERIFY(!test::fileBytes(firstDb).startsWith("SQLite format 3"));
        QVERIFY(!test::fileBytes(firstDb).contains("snapshot me"));

        for (int day = 1; day <= 9; ++day) {
            clock.advanceMs(24ll * 3600 * 1000);
            auto taken = journal.takeDailySnapshot();
            QVERIFY(taken);
            QVERIFY(*taken);
        }
        const QStringList kept =
            QDir(backups).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), 7);
        QCOMPARE(kept.first(), QStringLiteral("journal-2026-01-04.db"));
        QCOMPARE(QDir(backups).entryList({QStringLiteral("*.keys")}, QDir::Files).size(), 7);

        // A snapshot is a journal of its own: its key file and database open with the passphrase.
        journal.lock();
        const QString restored = t.root() + QStringLiteral("/restored");
        QVERIFY(QDir().mkpath(restored));
        QVERIFY(QFile::copy(backups + QStringLiteral("/journal-2026-01-10.db"),
                            Journal::databasePath(restored)));
        QVERIFY(QFile::copy(backups + QStringLiteral("/journal-2026-01-10.keys"),
                            Journal::keySlotPath(restored)));
        auto reopened =
            Journal::unlock(restored, SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase)));
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message()));
        auto count = (*reopened)->store().countEntries();
        QVERIFY(count);
        QCOMPARE(*count, 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalFolder)
#include "tst_Journal.moc"
