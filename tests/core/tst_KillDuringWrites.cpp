// Kills a writing child process at arbitrary moments, many times: every entry the child reported
// as saved must still be there, and the journal must pass its integrity check.
#include "tests/support/TestJournal.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace aftercare;

class TestKillDuringWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReportedEntrySurvives()
    {
        test::TestJournal t;
        {
            auto created = t.create();
            QVERIFY(created);
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        QStringList saved;
        constexpr int rounds = 25;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("AFTERCARE_PASSPHRASE"),
                       QString::fromUtf8(test::kPassphrase));
            writer.setProcessEnvironment(env);
            writer.start(QStringLiteral(AFTERCARE_TEST_WRITER_PATH), {t.dir()});
            QVERIFY(writer.waitForStarted());

            // Let it commit a random number of entries, then kill it mid-way through the next.
            const int target = int(random.bounded(1, 12));
            QByteArray output;
            while (output.count('\n') < target) {
                QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
                output += writer.readAllStandardOutput();
            }
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            output += writer.readAllStandardOutput();
            // Only complete lines were reported as saved.
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n')).split('\n');
            for (const QByteArray& line : lines)
                saved << QString::fromLatin1(line);
        }

        auto journal = t.unlock();
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message()));
        QVERIFY((*journal)->store().checkIntegrity(true));
        auto entries = (*journal)->store().entries();
        QVERIFY(entries);
        QSet<QString> present;
        for (const core::Entry& e : *entries)
            present.insert(e.id);
        QVERIFY(saved.size() >= rounds);
        for (const QString& id : saved)
            QVERIFY2(present.contains(id),
                     qPrintable(id + QStringLiteral(" was reported saved but is missing")));
    }
};

QTEST_GUILESS_MAIN(TestKillDuringWrites)
#include "tst_KillDuringWrites.moc"
