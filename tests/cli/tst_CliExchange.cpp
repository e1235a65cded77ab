// aftercare-cli moving journals in and out: export (JSON, CSV, to a file), import, and the
// encrypted portable backup with restore into a new journal.
#include "core/exchange/CsvFormat.h"
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

class tst_CliExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportJsonThenImportGivesAnIdenticalJournal();
    void importTwiceSkipsWhatIsAlreadyThere();
    void exportRangeKeepsOnlyThoseDays();
    void csvExportParses();
    void exportToAFileReplacesItWhole();
    void exportThatCannotBeWrittenKeepsTheOldFile();
    void exportIntoAMissingFolderFails();
    void importOfABadFileAddsNothing();
    void backupThenRestoreGivesIdenticalData();
    void restoreRefusesAFolderWithAJournal();
    void restoreWithTheWrongBackupPassphraseCreatesNothing();

private:
    static void fill(const CliRunner& cli, int count);
};

void tst_CliExchange::fill(const CliRunner& cli, int count)
{
    for (int i = 1; i <= count; ++i)
        QVERIFY(!cli.add(entryJson(day(i), QStringLiteral("entry %1, \"quoted\"; semi").arg(i)))
                     .isEmpty());
}

void tst_CliExchange::exportJsonThenImportGivesAnIdenticalJournal()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 3);
    const CliResult exported =
        cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, 0);
    auto document = core::JsonFormat::readDocument(exported.out);
    QVERIFY2(document.has_value(), qPrintable(document ? QString() : document.error().message()));
    QCOMPARE(document->entries.size(), 3);

    const QString file = cli.writeFile(QStringLiteral("export.json"), exported.out);
    const QString other = cli.path(QStringLiteral("other"));
    QVERIFY(!cli.initIn(other).isEmpty());
    const CliResult imported = cli.runIn(other, {QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.outText(), QStringLiteral("added 3, skipped 0\n"));

    const QJsonArray original = cli.listJson();
    QCOMPARE(original.size(), 3);
    QCOMPARE(cli.listJsonIn(other), original);
}

void tst_CliExchange::importTwiceSkipsWhatIsAlreadyThere()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 2);
    const QString file = cli.path(QStringLiteral("all.json"));
    QCOMPARE(cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--output"), file})
                 .exitCode,
             0);
    const CliResult again = cli.run({QStringLiteral("import"), file});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outText(), QStringLiteral("added 0, skipped 2\n"));
    QCOMPARE(cli.listJson().size(), 2);
}

void tst_CliExchange::exportRangeKeepsOnlyThoseDays()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 5);
    const CliResult exported =
        cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--from"), QStringLiteral("2026-10-02"), QStringLiteral("--to"),
                 QStringLiteral("2026-10-04")});
    QCOMPARE(exported.exitCode, 0);
    auto document = core::JsonFormat::readDocument(exported.out);
    QVERIFY(document.has_value());
    QCOMPARE(document->entries.size(), 3);
    for (const core::Entry& entry : document->entries) {
        QVERIFY(entry.occurredAt.date() >= QDate(2026, 10, 2));
        QVERIFY(entry.occurredAt.date() <= QDate(2026, 10, 4));
    }
}

void tst_CliExchange::csvExportParses()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 3);
    const CliResult exported =
        cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(exported.exitCode, 0);
    const QList<QStringList> rows = core::CsvFormat::parse(exported.out);
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, core::CsvFormat::header().size()), core::CsvFormat::header());
    const qsizetype notes = header.indexOf(QStringLiteral("notes"));
    const qsizetype tension = header.indexOf(QStringLiteral("tension"));
    QVERIFY(notes >= 0 && tension >= 0);
    QStringList notesSeen;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), header.size());
        QCOMPARE(rows[i][tension], QStringLiteral("relieved"));
        notesSeen << rows[i][notes];
    }
    QVERIFY(notesSeen.contains(QStringLiteral("entry 2, \"quoted\"; semi")));
}

void tst_CliExchange::exportToAFileReplacesItWhole()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 2);
    const QString file = cli.writeFile(QStringLiteral("out.json"), "old contents");
    const CliResult exported = cli.run({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("json"), QStringLiteral("--output"), file});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.isEmpty());
    QVERIFY(exported.errText().contains(QStringLiteral("not encrypted")));
    auto document = core::JsonFormat::readDocument(fileBytes(file));
    QVERIFY(document.has_value());
    QCOMPARE(document->entries.size(), 2);
}

void tst_CliExchange::exportThatCannotBeWrittenKeepsTheOldFile()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    // Today's snapshot is taken here, so the export below writes nothing but its output.
    QVERIFY(!cli.add(entryJson(day(1), QString(300 * 1024, u'x'))).isEmpty());
    const QByteArray previous = "the previous export, which must survive";
    const QString file = cli.writeFile(QStringLiteral("out.json"), previous);

    CliResult exported;
    {
        // Like a full disk, for root too: no file the CLI writes may pass 128 KiB.
        FileSizeLimit limit(128 * 1024);
        exported = cli.run({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--output"), file});
    }
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.errText().contains(file), qPrintable(exported.errText()));
    QCOMPARE(fileBytes(file), previous);
    QCOMPARE(QDir(cli.root()).entryList({QStringLiteral("out.json*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.json")});
}

void tst_CliExchange::exportIntoAMissingFolderFails()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 1);
    const QString file = cli.path(QStringLiteral("no/such/folder/out.csv"));
    const CliResult exported = cli.run({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--output"), file});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY(exported.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void tst_CliExchange::importOfABadFileAddsNothing()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 1);
    const QJsonArray before = cli.listJson();

    // A valid export with one bad value in the second entry.
    const CliResult exported =
        cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QJsonObject document = exported.json().object();
    QJsonArray entries = document.value(QStringLiteral("entries")).toArray();
    QJsonObject good = entryJson(day(20));
    good.insert(QStringLiteral("id"), core::newId());
    QJsonObject bad = entryJson(day(21));
    bad.insert(QStringLiteral("id"), core::newId());
    bad.insert(QStringLiteral("tension"), QStringLiteral("bad"));
    for (QJsonObject* e : {&good, &bad}) {
        e->insert(QStringLiteral("created_at"), core::JsonFormat::dateTimeToText(day(22)));
        e->insert(QStringLiteral("updated_at"), core::JsonFormat::dateTimeToText(day(22)));
    }
    entries.append(good);
    entries.append(bad);
    document.insert(QStringLiteral("entries"), entries);
    const QString file =
        cli.writeFile(QStringLiteral("bad.json"), QJsonDocument(document).toJson());

    const CliResult imported = cli.run({QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 4);
    QVERIFY2(imported.errText().contains(QStringLiteral("entries[2].tension")),
             qPrintable(imported.errText()));
    QVERIFY(imported.out.isEmpty());
    QCOMPARE(cli.listJson(), before);

    const QString notJson = cli.writeFile(QStringLiteral("garbage.json"), "{ not json");
    QCOMPARE(cli.run({QStringLiteral("import"), notJson}).exitCode, 4);
    QCOMPARE(cli.run({QStringLiteral("import"), cli.path(QStringLiteral("missing.json"))}).exitCode,
             4);
    QCOMPARE(cli.listJson(), before);
}

void tst_CliExchange::backupThenRestoreGivesIdenticalData()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 3);
    const QString backup = cli.path(QStringLiteral("journal.backup"));
    const QString backupPassphrase =
        cli.writeFile(QStringLiteral("backup-pass.txt"), "the backup passphrase\n");
    const CliResult made = cli.run({QStringLiteral("backup"), QStringLiteral("--output"), backup,
                                    QStringLiteral("--backup-passphrase-file"), backupPassphrase});
    QCOMPARE(made.exitCode, 0);
    QVERIFY(QFile::exists(backup));
    QVERIFY(!fileBytes(backup).contains("quoted")); // the notes are not readable in the file

    const QString restoredDir = cli.path(QStringLiteral("restored"));
    cli.setEnv(QStringLiteral("AFTERCARE_BACKUP_PASSPHRASE"),
               QStringLiteral("the backup passphrase"));
    const CliResult restored =
        cli.runRaw({QStringLiteral("--passphrase-file"), cli.passphraseFile(),
                    QStringLiteral("restore"), backup, QStringLiteral("--journal"), restoredDir});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.outText().split(u'\n', Qt::SkipEmptyParts).size(), 1); // the recovery code
    QVERIFY(restored.errText().contains(QStringLiteral("recovery code")));
    QCOMPARE(cli.listJsonIn(restoredDir), cli.listJson());
    QCOMPARE(cli.listJsonIn(restoredDir).size(), 3);
}

void tst_CliExchange::restoreRefusesAFolderWithAJournal()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 1);
    cli.setEnv(QStringLiteral("AFTERCARE_BACKUP_PASSPHRASE"), QStringLiteral("backup words"));
    const QString backup = cli.path(QStringLiteral("b.backup"));
    QCOMPARE(cli.run({QStringLiteral("backup"), QStringLiteral("--output"), backup}).exitCode, 0);
    QVERIFY(!cli.add(entryJson(day(2))).isEmpty());
    const QJsonArray before = cli.listJson();

    const CliResult refused = cli.run({QStringLiteral("restore"), backup});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.errText().contains(QStringLiteral("already a journal")));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(cli.listJson(), before);
}

void tst_CliExchange::restoreWithTheWrongBackupPassphraseCreatesNothing()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    fill(cli, 1);
    cli.setEnv(QStringLiteral("AFTERCARE_BACKUP_PASSPHRASE"), QStringLiteral("backup words"));
    const QString backup = cli.path(QStringLiteral("b.backup"));
    QCOMPARE(cli.run({QStringLiteral("backup"), QStringLiteral("--output"), backup}).exitCode, 0);

    cli.setEnv(QStringLiteral("AFTERCARE_BACKUP_PASSPHRASE"), QStringLiteral("other words"));
    const QString target = cli.path(QStringLiteral("restored"));
    const CliResult refused = cli.runIn(target, {QStringLiteral("restore"), backup});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(tst_CliExchange)
#include "tst_CliExchange.moc"
