// Re-keying on a passphrase change and on a new recovery code: afterwards no copy of an old key
// file, with the old passphrase or the old recovery code, opens the current database or any
// snapshot kept; and a re-key stopped after any step (as a crash would stop it) leaves a journal
// that opens with exactly one of the two passphrases, every entry intact.
#include "core/crypto/RecoveryCode.h"
#include "core/storage/JournalRekey.h"
#include "core/storage/SnapshotJob.h"
#include "tests/support/TestJournal.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace aftercare;
using namespace aftercare::core;

namespace {

// How a re-key that failed after its point of no return starts its message (Journal.cpp).
const QString madeButNotFinished = QStringLiteral("The change was made:");

const QString kNewPassphrase = QStringLiteral("a completely new passphrase");
constexpr int kEntries = 40;
// Passed explicitly: a Release build ignores AFTERCARE_KDF_PROFILE.
const KdfProfile kFast = KdfProfile::fastForTests();

SecretBytes secret(const QString& text)
{
    return SecretBytes::fromUtf8(text);
}

QString text(const SecretBytes& bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

QString why(const Status& status)
{
    return status ? QString() : status.error().message();
}

// A folder holding `database` beside `keys` (copied), as someone who put the two together would.
QString assemble(const QString& root, const QString& name, const QString& database,
                 const QString& keys)
{
    const QString dir = root + u'/' + name;
    QDir().mkpath(dir);
    QFile::remove(Journal::databasePath(dir));
    QFile::remove(Journal::keySlotPath(dir));
    if (!QFile::copy(database, Journal::databasePath(dir)) ||
        !QFile::copy(keys, Journal::keySlotPath(dir)))
        return {};
    return dir;
}

int entryCount(Journal& journal)
{
    const auto count = journal.store().countEntries();
    return count ? *count : -1;
}

} // namespace

class TestRekey : public QObject
{
    Q_OBJECT

private:
    // A journal with kEntries entries and today's snapshot; returns its recovery code.
    SecretBytes prepare(test::TestJournal& t)
    {
        auto created = t.create();
        if (!created)
            return {};
        for (int i = 0; i < kEntries; ++i) {
            if (!created->journal->store().addEntry(test::sampleEntry(
                    QDateTime::currentDateTime().addDays(-i), QStringLiteral("entry %1").arg(i))))
                return {};
        }
        if (!created->journal->takeDailySnapshot())
            return {};
        return created->recoveryCode;
    }

    // Every snapshot's .db beside every .keys in backups/ and each of `oldKeys`: none may open
    // with `oldPassphrase` or `oldCode`.
    void verifyNothingOpensWithOld(const QString& dir, const QStringList& oldKeys,
                                   const QString& oldPassphrase, const SecretBytes& oldCode)
    {
        QStringList databases{Journal::databasePath(dir)};
        QStringList keys = oldKeys;
        const QDir backups(Journal::backupsPath(dir));
        for (const QString& name : backups.entryList({QStringLiteral("*.db")}, QDir::Files))
            databases << backups.filePath(name);
        for (const QString& name : backups.entryList({QStringLiteral("*.keys")}, QDir::Files))
            keys << backups.filePath(name);
        QTemporaryDir scratch;
        int tried = 0;
        for (const QString& database : std::as_const(databases)) {
            for (const QString& key : std::as_const(keys)) {
                const QString folder =
                    assemble(scratch.path(), QStringLiteral("try%1").arg(tried++), database, key);
                QVERIFY(!folder.isEmpty());
                auto byPassphrase = Journal::unlock(folder, secret(oldPassphrase));
                QVERIFY2(!byPassphrase, qPrintable(database + u" opened with "_qs + key));
                auto byCode = Journal::unlockWithRecoveryCode(folder, oldCode);
                QVERIFY2(!byCode, qPrintable(database + u" opened by code with "_qs + key));
            }
        }
        QVERIFY(tried > 0);
    }

private Q_SLOTS:
    void oldKeyFileAndOldPassphraseNoLongerOpenTheJournal()
    {
        // The reproduction: a journal with entries and a snapshot, the passphrase
        // changed, an entry added, then the current journal.db beside the snapshot's key file
        // (and beside a copy of journal.keys taken earlier) must not open with the old one.
        test::TestJournal t;
        const SecretBytes code = prepare(t);
        QVERIFY(!code.isEmpty());
        const QString stolen = t.root() + QStringLiteral("/stolen.keys");
        QVERIFY(QFile::copy(Journal::keySlotPath(t.dir()), stolen));
        const QStringList snapshotKeys =
            QDir(Journal::backupsPath(t.dir())).entryList({QStringLiteral("*.keys")});
        QCOMPARE(snapshotKeys.size(), 1);
        const QString oldSnapshotKeys = t.root() + QStringLiteral("/snapshot.keys");
        QVERIFY(QFile::copy(Journal::backupsPath(t.dir()) + u'/' + snapshotKeys.first(),
                            oldSnapshotKeys));
        {
            auto journal = t.unlock();
            QVERIFY(journal);
            const Status changed = (*journal)->changePassphrase(secret(kNewPassphrase), kFast);
            QVERIFY2(changed, qPrintable(why(changed)));
            QVERIFY((*journal)->store().addEntry(
                test::sampleEntry(QDateTime::currentDateTime(), QStringLiteral("after"))));
            QVERIFY((*journal)->takeDailySnapshot());
        }
        verifyNothingOpensWithOld(t.dir(), {stolen, oldSnapshotKeys},
                                  QString::fromUtf8(test::kPassphrase), SecretBytes());

        // The new passphrase and the unchanged recovery code open everything.
        auto journal = t.unlock(kNewPassphrase);
        QVERIFY(journal);
        QCOMPARE(entryCount(**journal), kEntries + 1);
        QVERIFY((*journal)->store().checkIntegrity(true));
        (*journal)->lock();
        auto byCode = Journal::unlockWithRecoveryCode(t.dir(), code);
        QVERIFY2(byCode, qPrintable(byCode ? QString() : byCode.error().message()));
        QCOMPARE(entryCount(**byCode), kEntries + 1);
    }

    void snapshotsFromBeforeTheChangeAreRemoved()
    {
        test::TestJournal t;
        QVERIFY(!prepare(t).isEmpty());
        const QString backups = Journal::backupsPath(t.dir());
        QCOMPARE(QDir(backups).entryList(QDir::Files).size(), 2);
        auto journal = t.unlock();
        QVERIFY(journal);
        QVERIFY((*journal)->changePassphrase(secret(kNewPassphrase), kFast));
        QVERIFY(QDir(backups).entryList(QDir::Files).isEmpty());
        QVERIFY(!QFileInfo::exists(JournalRekey::replacedBackupsPath(t.dir())));
        // The journal stays open and writable on the new file.
        QVERIFY((*journal)->store().addEntry(test::sampleEntry()));
        QCOMPARE(entryCount(**journal), kEntries + 1);
    }

    void aNewRecoveryCodeReplacesTheOldOneAtOnce()
    {
        test::TestJournal t;
        const SecretBytes oldCode = prepare(t);
        QVERIFY(!oldCode.isEmpty());
        const QString stolen = t.root() + QStringLiteral("/stolen.keys");
        QVERIFY(QFile::copy(Journal::keySlotPath(t.dir()), stolen));
        SecretBytes newCode;
        {
            auto journal = t.unlock();
            QVERIFY(journal);
            auto replaced = (*journal)->replaceRecoveryCode(
                secret(QString::fromUtf8(test::kPassphrase)), kFast);
            QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message()));
            newCode = *replaced;
            QVERIFY(!text(newCode).isEmpty());
            QVERIFY(text(newCode) != text(oldCode));
        }
        auto old = Journal::unlockWithRecoveryCode(t.dir(), oldCode);
        QVERIFY(!old);
        QCOMPARE(old.error().kind(), Error::Kind::WrongSecret);
        // The old code with the stolen key file does not open the current database either.
        verifyNothingOpensWithOld(t.dir(), {stolen}, QStringLiteral("not the passphrase"), oldCode);
        auto byNew = Journal::unlockWithRecoveryCode(t.dir(), newCode);
        QVERIFY(byNew);
        QCOMPARE(entryCount(**byNew), kEntries);
        (*byNew)->lock();
        QVERIFY(t.unlock());
    }

    void stoppedAfterEveryStepOpensWithExactlyOnePassphrase_data()
    {
        QTest::addColumn<int>("stepNumber");
        const auto steps = {RekeyStep::KeysWritten,       RekeyStep::SnapshotsSetAside,
                            RekeyStep::DatabaseCopied,    RekeyStep::Committed,
                            RekeyStep::OldDatabaseClosed, RekeyStep::DatabaseSwitched,
                            RekeyStep::SnapshotsRemoved};
        for (const RekeyStep step : steps)
            QTest::addRow("after step %d", int(step)) << int(step);
    }

    void stoppedAfterEveryStepOpensWithExactlyOnePassphrase()
    {
        QFETCH(int, stepNumber);
        const auto step = RekeyStep(stepNumber);
        test::TestJournal t;
        const SecretBytes code = prepare(t);
        QVERIFY(!code.isEmpty());
        const QString stolen = t.root() + QStringLiteral("/stolen.keys");
        QVERIFY(QFile::copy(Journal::keySlotPath(t.dir()), stolen));
        {
            auto journal = t.unlock();
            QVERIFY(journal);
            (*journal)->setRekeyHook([step](RekeyStep reached) -> Status {
                if (reached == step)
                    return fail(Error::Kind::Other, QStringLiteral("stopped by the test"));
                return {};
            });
            const Status changed = (*journal)->changePassphrase(secret(kNewPassphrase), kFast);
            QVERIFY(!changed);
            // Past the switch, the message says plainly that the new passphrase now counts.
            if (step >= RekeyStep::Committed) {
                QVERIFY2(changed.error().message().startsWith(madeButNotFinished),
                         qPrintable(changed.error().message()));
                QVERIFY(changed.error().message().contains(QStringLiteral("stopped by the test")));
            } else {
                QCOMPARE(changed.error().message(), QStringLiteral("stopped by the test"));
            }
        }
        const bool committed = step >= RekeyStep::Committed;
        auto old = t.unlock();
        auto fresh = t.unlock(kNewPassphrase);
        QCOMPARE(bool(old), !committed);
        QCOMPARE(bool(fresh), committed);
        auto& journal = committed ? fresh : old;
        QVERIFY(journal);
        QCOMPARE(entryCount(**journal), kEntries);
        QVERIFY((*journal)->store().checkIntegrity(true));
        // Recovery left none of the dance's files behind.
        for (const QString& leftover :
             {JournalRekey::nextKeysPath(t.dir()), JournalRekey::nextDatabasePath(t.dir()),
              JournalRekey::partialDatabasePath(t.dir()),
              JournalRekey::replacedBackupsPath(t.dir())})
            QVERIFY2(!QFileInfo::exists(leftover), qPrintable(leftover));
        if (committed) {
            (*journal)->lock();
            verifyNothingOpensWithOld(t.dir(), {stolen}, QString::fromUtf8(test::kPassphrase),
                                      SecretBytes());
        } else {
            // Undone: the snapshot is back where it was.
            QCOMPARE(QDir(Journal::backupsPath(t.dir())).entryList(QDir::Files).size(), 2);
        }
        // The recovery code works in every case.
        if (journal)
            (*journal)->lock();
        QVERIFY(Journal::unlockWithRecoveryCode(t.dir(), code));
    }

    void aPlanMadeStaleByAnotherChangeIsRefused()
    {
        // Two changes planned side by side (Settings has two sections): the second may not
        // quietly undo the first.
        test::TestJournal t;
        QVERIFY(!prepare(t).isEmpty());
        auto journal = t.unlock();
        QVERIFY(journal);
        auto first = (*journal)->planRekey(secret(kNewPassphrase), SecretBytes(), kFast);
        auto second = (*journal)->planRekey(secret(QString::fromUtf8(test::kPassphrase)),
                                            RecoveryCode::generate(), kFast);
        QVERIFY(first && second);
        QVERIFY((*journal)->applyRekey(*first));
        const Status stale = (*journal)->applyRekey(*second);
        QVERIFY(!stale);
        QVERIFY(stale.error().message().contains(u"in the meantime"));
        (*journal)->lock();
        QVERIFY(t.unlock(kNewPassphrase));
    }

    void aFailedCopyChangesNothing()
    {
        test::TestJournal t;
        QVERIFY(!prepare(t).isEmpty());
        const QByteArray keys = test::fileBytes(Journal::keySlotPath(t.dir()));
        {
            auto journal = t.unlock();
            QVERIFY(journal);
            // A folder in the way of the copy makes it fail like a full disk would.
            QVERIFY(QDir().mkpath(JournalRekey::partialDatabasePath(t.dir())));
            const Status changed = (*journal)->changePassphrase(secret(kNewPassphrase), kFast);
            QVERIFY(!changed);
            QVERIFY(QDir().rmdir(JournalRekey::partialDatabasePath(t.dir())));
            // Still open and writable on the old key.
            QVERIFY((*journal)->store().addEntry(test::sampleEntry()));
        }
        QCOMPARE(test::fileBytes(Journal::keySlotPath(t.dir())), keys);
        QVERIFY(!QFileInfo::exists(JournalRekey::nextKeysPath(t.dir())));
        QCOMPARE(QDir(Journal::backupsPath(t.dir())).entryList(QDir::Files).size(), 2);
        auto journal = t.unlock();
        QVERIFY(journal);
        QCOMPARE(entryCount(**journal), kEntries + 1);
    }
};

QTEST_GUILESS_MAIN(TestRekey)
#include "tst_Rekey.moc"
