// SQLite's I/O-error testing applied to our write paths: an import and a change of passphrase
// are run again and again with every write and fsync failing from the Nth on, for every N up
// to the number the work makes. Each time the journal must open afterwards, pass its thorough
// check and hold either everything it had plus the whole import, or exactly what it had.
#include "tests/support/FaultyVfs.h"
#include "tests/support/TestJournal.h"

#include <QSet>
#include <QTest>

using namespace aftercare;

namespace {

// How a re-key that failed after its point of no return starts its message (Journal.cpp).
const QString madeButNotFinished = QStringLiteral("The change was made:");

constexpr int kBefore = 5;
constexpr int kImported = 60;

QDateTime at(int i)
{
    return QDateTime(QDate(2026, 3, 1), QTime(21, 0), Qt::OffsetFromUTC, 3600).addDays(i);
}

QList<core::Entry> toImport()
{
    static const QList<core::Entry> entries = [] {
        QList<core::Entry> list;
        for (int i = 0; i < kImported; ++i) {
            core::Entry e = test::sampleEntry(at(i), QStringLiteral("imported %1 ").arg(i) +
                                                         QString(300, u'x'));
            e.createdAt = e.updatedAt = at(i);
            list << e;
        }
        return list;
    }();
    return entries;
}

// A journal with kBefore entries, closed again.
bool prepare(test::TestJournal& t)
{
    auto created = t.create();
    if (!created)
        return false;
    for (int i = 0; i < kBefore; ++i) {
        if (!created->journal->store().addEntry(test::sampleEntry(at(100 + i))))
            return false;
    }
    return true;
}

int entryCount(const QString& passphrase, test::TestJournal& t, QString* problem)
{
    auto journal = t.unlock(passphrase);
    if (!journal) {
        *problem = journal.error().message();
        return -1;
    }
    if (auto sound = (*journal)->store().checkIntegrity(true); !sound) {
        *problem = sound.error().message();
        return -1;
    }
    auto count = (*journal)->store().countEntries();
    if (!count) {
        *problem = count.error().message();
        return -1;
    }
    return *count;
}

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importIsAllOrNothingWhateverWriteFails()
    {
        int total = 0;
        for (int failAt = 1;; ++failAt) {
            test::TestJournal t;
            QVERIFY(prepare(t));
            bool imported = false;
            bool injected = false;
            {
                test::FaultyVfs vfs(0);
                auto journal = t.unlock();
                QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message()));
                vfs.arm(failAt);
                const auto result = (*journal)->store().importAll({}, toImport(), {});
                imported = result.has_value();
                if (!imported)
                    QVERIFY2(!result.error().message().isEmpty(), "a failure says why");
                journal->reset(); // closing (and its checkpoint) also runs into the faults
                injected = vfs.failed();
                total = vfs.operations();
            }
            QString problem;
            const int count = entryCount(QString::fromUtf8(test::kPassphrase), t, &problem);
            QVERIFY2(
                count >= 0,
                qPrintable(
                    QStringLiteral("failing from write/sync %1: %2").arg(failAt).arg(problem)));
            if (imported)
                QCOMPARE(count, kBefore + kImported);
            else
                QVERIFY2(count == kBefore || count == kBefore + kImported,
                         qPrintable(QStringLiteral("failing from write/sync %1: %2 entries")
                                        .arg(failAt)
                                        .arg(count)));
            if (!injected) {
                QVERIFY(imported);
                break;
            }
        }
        qInfo("the import and closing made %d writes and syncs; each was made to fail", total);
        QVERIFY(total > 10);
    }

    void passphraseChangeLeavesOneWorkingPassphraseWhateverWriteFails()
    {
        const QString newPassphrase = QStringLiteral("a brand new passphrase");
        for (int failAt = 1;; ++failAt) {
            test::TestJournal t;
            QVERIFY(prepare(t));
            bool changed = false;
            QString refusal;
            bool injected = false;
            {
                test::FaultyVfs vfs(0);
                auto journal = t.unlock();
                QVERIFY(journal);
                vfs.arm(failAt);
                const core::Status status =
                    (*journal)->changePassphrase(core::SecretBytes::fromUtf8(newPassphrase));
                changed = status.has_value();
                refusal = changed ? QString() : status.error().message();
                journal->reset();
                injected = vfs.failed();
            }
            // The passphrase the user was told is in effect is the one that opens the journal:
            // the new one after a success or a failure past the switch that says so, else the old.
            const bool toldNew = changed || refusal.startsWith(madeButNotFinished);
            QString problem;
            const int count = entryCount(
                toldNew ? newPassphrase : QString::fromUtf8(test::kPassphrase), t, &problem);
            QVERIFY2(count == kBefore,
                     qPrintable(QStringLiteral("failing from write/sync %1 (told: %2): %3")
                                    .arg(failAt)
                                    .arg(changed ? QStringLiteral("changed") : refusal, problem)));
            if (!injected) {
                QVERIFY(changed);
                break;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_IoFaults.moc"
