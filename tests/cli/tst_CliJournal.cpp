// aftercare-cli's everyday commands against a real journal: init, add, list, show, delete,
// passwd, check, and the help texts.
#include "tests/cli/CliRunner.h"

#include "core/crypto/RecoveryCode.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

class tst_CliJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initPrintsTheRecoveryCodeAloneOnStdout();
    void initWritesTheRecoveryCodeToAPrivateFile();
    void initRefusesAFolderThatHoldsAJournal();
    void addListShowDeleteRoundTrip();
    void listJsonHoldsExactlyTheEntriesAdded();
    void listFiltersByDate();
    void addKeepsAGivenIdAndReadsAFile();
    void passwdWithTheOldPassphrase();
    void passwdWithTheRecoveryCode();
    void checkSaysOk();
    void helpAndVersion();
};

void tst_CliJournal::initPrintsTheRecoveryCodeAloneOnStdout()
{
    CliRunner cli;
    const CliResult result = cli.run({QStringLiteral("init")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(core::Journal::exists(cli.journal()));
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().size() >= 20, qPrintable(lines.first()));
    QVERIFY2(result.errText().contains(QStringLiteral("recovery code")),
             qPrintable(result.errText()));
    QVERIFY(result.errText().startsWith(QStringLiteral("aftercare-cli: ")));
}

void tst_CliJournal::initWritesTheRecoveryCodeToAPrivateFile()
{
    CliRunner cli;
    const QString codeFile = cli.path(QStringLiteral("code.txt"));
    const CliResult result =
        cli.run({QStringLiteral("init"), QStringLiteral("--recovery-code-file"), codeFile});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFileInfo info(codeFile);
    QVERIFY(info.exists());
    QCOMPARE(info.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(fileBytes(codeFile).trimmed().size() >= 20);

    // The code in the file really opens the journal.
    const CliResult passwd =
        cli.run({QStringLiteral("passwd"), QStringLiteral("--recovery-code-file"), codeFile,
                 QStringLiteral("--new-passphrase-file"), cli.passphraseFile()});
    QCOMPARE(passwd.exitCode, 0);
}

void tst_CliJournal::initRefusesAFolderThatHoldsAJournal()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QByteArray keySlots = fileBytes(core::Journal::keySlotPath(cli.journal()));
    const QByteArray database = fileBytes(core::Journal::databasePath(cli.journal()));

    const CliResult again = cli.run({QStringLiteral("init")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.isEmpty());
    QVERIFY2(again.errText().contains(QStringLiteral("already a journal")),
             qPrintable(again.errText()));
    QCOMPARE(fileBytes(core::Journal::keySlotPath(cli.journal())), keySlots);
    QCOMPARE(fileBytes(core::Journal::databasePath(cli.journal())), database);
}

void tst_CliJournal::addListShowDeleteRoundTrip()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QString older = cli.add(entryJson(day(3), QStringLiteral("first")));
    const QString newer = cli.add(entryJson(day(9), QStringLiteral("second\nline two")));
    QVERIFY(core::isValidId(older));
    QVERIFY(core::isValidId(newer));

    const CliResult table = cli.run({QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    const QStringList rows = table.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3); // header + two entries, newest first
    QVERIFY(rows[0].startsWith(QStringLiteral("date")));
    QVERIFY(rows[1].startsWith(QStringLiteral("2026-10-09 21:30")));
    QVERIFY(rows[1].endsWith(newer));
    QVERIFY(rows[2].endsWith(older));
    // Columns line up: each row has the id at the same position.
    QCOMPARE(rows[1].indexOf(newer), rows[2].indexOf(older));

    const CliResult shown = cli.run({QStringLiteral("show"), newer});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.outText().contains(newer));
    QVERIFY(shown.outText().contains(QStringLiteral("relieved")));
    QVERIFY(shown.outText().contains(QStringLiteral("line two")));

    const CliResult shownJson = cli.run({QStringLiteral("show"), newer, QStringLiteral("--json")});
    QCOMPARE(shownJson.exitCode, 0);
    const QJsonObject object = shownJson.json().object();
    QCOMPARE(object.value(QStringLiteral("id")).toString(), newer);
    QCOMPARE(object.value(QStringLiteral("notes")).toString(), QStringLiteral("second\nline two"));

    const CliResult deleted = cli.run({QStringLiteral("delete"), older});
    QCOMPARE(deleted.exitCode, 0);
    const QJsonArray left = cli.listJson();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toString(), newer);

    const CliResult gone = cli.run({QStringLiteral("show"), older});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.out.isEmpty());
}

void tst_CliJournal::listJsonHoldsExactlyTheEntriesAdded()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QList<QJsonObject> added;
    for (int d : {5, 1, 20}) {
        QJsonObject entry = entryJson(day(d), QStringLiteral("day %1").arg(d));
        const QString id = cli.add(entry);
        QVERIFY(!id.isEmpty());
        entry.insert(QStringLiteral("id"), id);
        added << entry;
    }
    const QJsonArray listed = cli.listJson();
    QCOMPARE(listed.size(), 3);
    const QList<int> newestFirst = {2, 0, 1};
    for (int i = 0; i < 3; ++i) {
        auto parsed = core::JsonFormat::entryFromJson(listed[i].toObject());
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message()));
        const QJsonObject& expected = added[newestFirst[i]];
        QCOMPARE(parsed->id, expected.value(QStringLiteral("id")).toString());
        QCOMPARE(parsed->occurredAt, core::JsonFormat::dateTimeFromText(
                                         expected.value(QStringLiteral("occurred_at")).toString()));
        QCOMPARE(parsed->notes, expected.value(QStringLiteral("notes")).toString());
        QCOMPARE(parsed->tension, core::Tension::Relieved);
        QCOMPARE(parsed->bother, 1);
        QVERIFY(parsed->emotions.contains(core::Emotion::Love));
        QVERIFY(parsed->createdAt.isValid());
    }
}

void tst_CliJournal::listFiltersByDate()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(1, 23))).isEmpty());
    const QString middle = cli.add(entryJson(day(2, 0)));
    QVERIFY(!middle.isEmpty());
    QVERIFY(!cli.add(entryJson(day(3, 0))).isEmpty());

    const CliResult oneDay = cli.run({QStringLiteral("list"), QStringLiteral("--json"),
                                      QStringLiteral("--from"), QStringLiteral("2026-10-02"),
                                      QStringLiteral("--to"), QStringLiteral("2026-10-02")});
    QCOMPARE(oneDay.exitCode, 0);
    const QJsonArray only = oneDay.json().array();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first().toObject().value(QStringLiteral("id")).toString(), middle);

    const CliResult fromTime =
        cli.run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--from"),
                 QStringLiteral("2026-10-01T23:00:00")});
    QCOMPARE(fromTime.exitCode, 0);
    QCOMPARE(fromTime.json().array().size(), 3);

    const CliResult none =
        cli.run({QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("2026-09-30")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY(none.errText().contains(QStringLiteral("no entries")));
}

void tst_CliJournal::addKeepsAGivenIdAndReadsAFile()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QString id = core::newId();
    QJsonObject entry = entryJson(day(4));
    entry.insert(QStringLiteral("id"), id);
    const QString file = cli.writeFile(QStringLiteral("entry.json"), QJsonDocument(entry).toJson());
    const CliResult added = cli.run({QStringLiteral("add"), file});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.outText().trimmed(), id);
    QCOMPARE(cli.listJson().size(), 1);

    // The same id again is refused and nothing is added.
    const CliResult twice = cli.run({QStringLiteral("add"), file});
    QVERIFY(twice.exitCode != 0);
    QCOMPARE(cli.listJson().size(), 1);
}

void tst_CliJournal::passwdWithTheOldPassphrase()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(7), QStringLiteral("kept"))).isEmpty());
    const QJsonArray before = cli.listJson();

    const QString newFile = cli.writeFile(QStringLiteral("new.txt"), "a brand new passphrase\n");
    const CliResult changed =
        cli.run({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), newFile});
    QCOMPARE(changed.exitCode, 0);

    const CliResult oldFails = cli.run({QStringLiteral("list")});
    QCOMPARE(oldFails.exitCode, 3);
    QVERIFY(oldFails.out.isEmpty());

    const CliResult withNew =
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("--passphrase-file"),
                    newFile, QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(withNew.exitCode, 0);
    QCOMPARE(withNew.json().array(), before);
}

void tst_CliJournal::passwdWithTheRecoveryCode()
{
    CliRunner cli;
    const QString code = cli.init();
    QVERIFY(!code.isEmpty());
    QVERIFY(!cli.add(entryJson(day(8))).isEmpty());
    const QJsonArray before = cli.listJson();

    // Typed as people do: lower case, spaces for dashes, O and I for the digits 0 and 1.
    QString typed = code;
    typed.replace(u'0', u'O').replace(u'1', u'I').replace(u'-', u' ');
    const QString codeFile =
        cli.writeFile(QStringLiteral("code.txt"), typed.toLower().toUtf8() + '\n');
    cli.setEnv(QStringLiteral("AFTERCARE_NEW_PASSPHRASE"), QStringLiteral("from the environment"));
    // The passphrase file of the runner is ignored when the recovery code is given.
    const CliResult changed =
        cli.run({QStringLiteral("passwd"), QStringLiteral("--recovery-code-file"), codeFile});
    QCOMPARE(changed.exitCode, 0);

    QCOMPARE(cli.run({QStringLiteral("list")}).exitCode, 3);
    cli.setEnv(QStringLiteral("AFTERCARE_PASSPHRASE"), QStringLiteral("from the environment"));
    const CliResult withNew = cli.runRaw({QStringLiteral("--journal"), cli.journal(),
                                          QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(withNew.exitCode, 0);
    QCOMPARE(withNew.json().array(), before);

    // Another well-formed code is refused with exit 3 and changes nothing.
    const QByteArray keySlots = fileBytes(core::Journal::keySlotPath(cli.journal()));
    const core::SecretBytes other = core::RecoveryCode::generate();
    const QString wrongFile = cli.writeFile(
        QStringLiteral("wrong.txt"),
        QByteArray(reinterpret_cast<const char*>(other.data()), qsizetype(other.size())));
    const CliResult wrong =
        cli.run({QStringLiteral("passwd"), QStringLiteral("--recovery-code-file"), wrongFile});
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(fileBytes(core::Journal::keySlotPath(cli.journal())), keySlots);
}

void tst_CliJournal::checkSaysOk()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(2))).isEmpty());
    const CliResult checked = cli.run({QStringLiteral("check")});
    QCOMPARE(checked.exitCode, 0);
    QCOMPARE(checked.outText(), QStringLiteral("ok\n"));
}

void tst_CliJournal::helpAndVersion()
{
    CliRunner cli;
    const CliResult help = cli.runRaw({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"init", "add", "list", "show", "delete", "import", "export",
                                "passwd", "check", "backup", "restore"})
        QVERIFY2(help.outText().contains(QStringLiteral("\n  %1 ").arg(QLatin1StringView(command))),
                 command);

    const CliResult commandHelp = cli.runRaw({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.outText().contains(QStringLiteral("--format")));
    QVERIFY(!core::Journal::exists(cli.journal()));

    const CliResult viaHelp = cli.runRaw({QStringLiteral("help"), QStringLiteral("passwd")});
    QCOMPARE(viaHelp.exitCode, 0);
    QVERIFY(viaHelp.outText().contains(QStringLiteral("--recovery-code-file")));

    const CliResult version = cli.runRaw({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText(), QStringLiteral("aftercare-cli " AFTERCARE_VERSION "\n"));
}

QTEST_GUILESS_MAIN(tst_CliJournal)
#include "tst_CliJournal.moc"
