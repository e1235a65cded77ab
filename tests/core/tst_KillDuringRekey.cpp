// Kills a re-keying child process (kill -9) at moments picked at random, many times over: after
// each kill the journal must open with either the old or the new passphrase — never both, never
// neither — with every entry there and SQLite's integrity_check passing.
#include "tests/support/TestJournal.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace aftercare;

class TestKillDuringRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eitherPassphraseOpensAfterEveryKill()
    {
        test::TestJournal t;
        constexpr int entries = 60;
        {
            auto created = t.create();
            QVERIFY(created);
            for (int i = 0; i < entries; ++i)
                QVERIFY(created->journal->store().addEntry(test::sampleEntry(
                    QDateTime::currentDateTime().addDays(-i), QStringLiteral("entry %1").arg(i))));
            QVERIFY(created->journal->takeDailySnapshot());
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        const QString first = QString::fromUtf8(test::kPassphrase);
        const QString second = QStringLiteral("the other passphrase");
        QString current = first;
        int finished = 0, committed = 0;
        constexpr int rounds = 24;
        for (int round = 0; round < rounds; ++round) {
            const QString next = current == first ? second : first;
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("AFTERCARE_PASSPHRASE"), current);
            env.insert(QStringLiteral("AFTERCARE_NEW_PASSPHRASE"), next);
            child.setProcessEnvironment(env);
            child.start(QStringLiteral(AFTERCARE_TEST_REKEYER_PATH), {t.dir()});
            QVERIFY(child.waitForStarted());

            // "unlocked", "planned", seven steps, "done": kill after a random one of them, so
            // the child is stopped somewhere between it and the next.
            const int target = int(random.bounded(1, 11));
            QByteArray output;
            while (output.count('\n') < target && child.state() == QProcess::Running) {
                if (!child.waitForReadyRead(30000))
                    break;
                output += child.readAllStandardOutput();
            }
            child.kill();
            QVERIFY(child.waitForFinished(30000));
            output += child.readAllStandardOutput();
            if (output.contains("done"))
                ++finished;

            auto withCurrent = t.unlock(current);
            auto withNext = t.unlock(next);
            QVERIFY2(bool(withCurrent) != bool(withNext),
                     qPrintable(QStringLiteral("round %1, after:\n%2")
                                    .arg(round)
                                    .arg(QString::fromLatin1(output))));
            auto& journal = withCurrent ? withCurrent : withNext;
            QCOMPARE(*(*journal)->store().countEntries(), entries);
            QVERIFY((*journal)->store().checkIntegrity(true));
            if (withNext) {
                current = next;
                ++committed;
            }
        }
        qInfo("%d of %d re-keys committed, %d reported done", committed, rounds, finished);
    }
};

QTEST_GUILESS_MAIN(TestKillDuringRekey)
#include "tst_KillDuringRekey.moc"
