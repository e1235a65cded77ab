// A journal on a disk with no space left: add, import, passwd, the day's snapshot and a backup
// are each refused with a clear message and exit code 1, nothing is lost, and no half-written
// file stays behind; with space freed the journal checks out with every entry. On a read-only
// disk the journal is read, or refused with a message that says why, never a crash. The disk is
// a small tmpfs mounted for each test, which needs root: otherwise the tests skip and say why.
#include "tests/cli/CliRunner.h"
#include "tests/support/SmallDisk.h"

#include <QDir>
#include <QTest>
#include <QUuid>

using namespace aftercare::test;

namespace {

const QString kFullSentence = QStringLiteral("No space left on the disk that holds your journal");

QStringList filesIn(const QString& folder)
{
    QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    names.sort();
    return names;
}

} // namespace

class TestCliDiskFull : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<SmallDisk> m_disk;
    QStringList m_ids;

    QString disk() const { return m_disk->path(); }
    QString journal() const { return disk() + QStringLiteral("/journal"); }
    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return m_cli->runIn(journal(), arguments, input);
    }

    void expectRefusedForSpace(const CliResult& result, const char* what)
    {
        QVERIFY2(result.exitCode == 1, qPrintable(QStringLiteral("%1: exit %2, %3")
                                                      .arg(QLatin1StringView(what))
                                                      .arg(result.exitCode)
                                                      .arg(result.errText())));
        QVERIFY2(result.errText().contains(kFullSentence), qPrintable(result.errText()));
        qInfo("%s: %s", what, qPrintable(result.errText().trimmed()));
    }

    // With the filler gone: the journal passes its check and holds exactly the entries it had.
    void expectNothingLost()
    {
        QVERIFY(m_disk->free());
        QFile::remove(disk() + QStringLiteral("/filler2"));
        const CliResult check = run({QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.errText()));
        QStringList ids;
        for (const QJsonValue& e : m_cli->listJsonIn(journal()))
            ids << e.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        QCOMPARE(ids, m_ids);
    }

private Q_SLOTS:
    void init()
    {
        m_disk = std::make_unique<SmallDisk>();
        if (!m_disk->isMounted())
            QSKIP(qPrintable(m_disk->why()));
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(!m_cli->initIn(journal()).isEmpty());
        m_ids.clear();
        for (int i = 1; i <= 20; ++i) {
            QJsonObject entry = entryJson(day(i % 28 + 1), QStringLiteral("entry %1").arg(i));
            const CliResult added =
                run({QStringLiteral("add"), QStringLiteral("-")}, QJsonDocument(entry).toJson());
            QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
            m_ids << added.outText().trimmed();
        }
        m_ids.sort();
        // Today's snapshot is taken by the first check; the snapshot test removes it again.
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);
    }

    // Rows: a disk with no room at all (refused as the journal opens: even its lock file needs a
    // block), and one with room to open the journal but not to write what is asked.
    void addRoomColumn()
    {
        QTest::addColumn<qint64>("room");
        QTest::newRow("no room at all") << qint64(0);
        QTest::newRow("room to open, not to write") << qint64(64 * 1024);
    }

    void cleanup()
    {
        m_cli.reset();
        m_disk.reset();
    }

    void addIsRefused_data() { addRoomColumn(); }
    void addIsRefused()
    {
        QFETCH(qint64, room);
        QVERIFY(m_disk->fill(QStringLiteral("filler"), room));
        QJsonObject entry = entryJson(day(3), QString(100 * 1024, u'n'));
        expectRefusedForSpace(
            run({QStringLiteral("add"), QStringLiteral("-")}, QJsonDocument(entry).toJson()),
            "add");
        expectNothingLost();
    }

    void importIsRefused_data() { addRoomColumn(); }
    void importIsRefused()
    {
        QFETCH(qint64, room);
        QVERIFY(m_disk->fill(QStringLiteral("filler"), room));
        QJsonArray entries;
        for (int i = 0; i < 300; ++i) {
            QJsonObject e = entryJson(day(i % 28 + 1), QString(200, QChar(u'a' + i % 26)));
            e.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            entries.append(e);
        }
        QJsonObject document{{QStringLiteral("format"), QStringLiteral("aftercare-journal")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("entries"), entries}};
        // The file to import lives off the full disk.
        const QString file =
            m_cli->writeFile(QStringLiteral("import.json"), QJsonDocument(document).toJson());
        expectRefusedForSpace(run({QStringLiteral("import"), file}), "import");
        expectNothingLost();
    }

    // A new key file is smaller than any room left to open the journal: only the full case.
    void passwdIsRefused()
    {
        QVERIFY(m_disk->fill());
        const QString newFile = m_cli->writeFile(QStringLiteral("new.txt"), "a new passphrase\n");
        expectRefusedForSpace(
            run({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), newFile}),
            "passwd");
        expectNothingLost(); // the old passphrase still opens it
    }

    void snapshotIsRefused_data() { addRoomColumn(); }
    void snapshotIsRefused()
    {
        QFETCH(qint64, room);
        const QString backups = journal() + QStringLiteral("/backups");
        for (const QString& name : filesIn(backups))
            QVERIFY(QFile::remove(backups + u'/' + name));
        QVERIFY(m_disk->fill(QStringLiteral("filler"), room));
        expectRefusedForSpace(run({QStringLiteral("check")}), "the snapshot");
        QCOMPARE(filesIn(backups), QStringList()); // no half-written snapshot
        expectNothingLost();
    }

    void backupIsRefused()
    {
        QVERIFY(m_disk->fill());
        const QString output = disk() + QStringLiteral("/journal.backup");
        m_cli->setEnv(QStringLiteral("AFTERCARE_BACKUP_PASSPHRASE"), QStringLiteral("backup"));
        const CliResult result =
            run({QStringLiteral("backup"), QStringLiteral("--output"), output});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().contains(QStringLiteral("No space left on the disk")),
                 qPrintable(result.errText()));
        QCOMPARE(filesIn(disk()),
                 QStringList({QStringLiteral("filler"), QStringLiteral("journal")}));
        expectNothingLost();
    }

    void readOnlyDiskIsReadOrRefusedClearly()
    {
        QVERIFY(m_disk->makeReadOnly());
        const CliResult list = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode >= 0, "no crash");
        if (list.exitCode == 0) {
            QStringList ids;
            for (const QJsonValue& e : list.json().array())
                ids << e.toObject().value(QStringLiteral("id")).toString();
            ids.sort();
            QCOMPARE(ids, m_ids);
        } else {
            QVERIFY2(list.errText().contains(QStringLiteral("write to it")) ||
                         list.errText().contains(QStringLiteral("read-only")),
                     qPrintable(list.errText()));
        }
        const CliResult add = run({QStringLiteral("add"), QStringLiteral("-")},
                                  QJsonDocument(entryJson(day(4))).toJson());
        QVERIFY2(add.exitCode > 0, qPrintable(add.errText()));
        QVERIFY2(add.errText().contains(QStringLiteral("write to it")) ||
                     add.errText().contains(QStringLiteral("read-only")),
                 qPrintable(add.errText()));
    }
};

QTEST_GUILESS_MAIN(TestCliDiskFull)
#include "tst_CliDiskFull.moc"
