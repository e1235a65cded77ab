// The CLI's re-keying commands: `passwd` locks out every old copy of the key file, and
// `recovery-code --output FILE` replaces the recovery code, the old one failing at once.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

class tst_CliRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwdLocksOutEveryOldKeyFile()
    {
        // The reproduction: init, add, passwd, add again, then the current journal.db
        // beside the key file a snapshot kept from before the change, with the old passphrase.
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        QVERIFY(!cli.add(entryJson(day(7), QStringLiteral("before"))).isEmpty());
        const QDir backups(core::Journal::backupsPath(cli.journal()));
        const QStringList snapshotKeys = backups.entryList({QStringLiteral("*.keys")});
        QCOMPARE(snapshotKeys.size(), 1);
        const QString oldKeys = cli.path(QStringLiteral("old-snapshot.keys"));
        QVERIFY(QFile::copy(backups.filePath(snapshotKeys.first()), oldKeys));

        const QString newFile =
            cli.writeFile(QStringLiteral("new.txt"), "a brand new passphrase\n");
        const CliResult changed =
            cli.run({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), newFile});
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(changed.errText().contains(QStringLiteral("made before now still open")));
        const CliResult added = cli.runRaw(
            {QStringLiteral("--journal"), cli.journal(), QStringLiteral("--passphrase-file"),
             newFile, QStringLiteral("add"), QStringLiteral("-")},
            QJsonDocument(entryJson(day(6), QStringLiteral("after"))).toJson());
        QCOMPARE(added.exitCode, 0);

        // Only the new snapshot is left, and its key file opens with the new passphrase only.
        QCOMPARE(backups.entryList({QStringLiteral("*.keys")}).size(), 1);
        const QString thief = cli.path(QStringLiteral("thief"));
        QVERIFY(QDir().mkpath(thief));
        QVERIFY(QFile::copy(core::Journal::databasePath(cli.journal()),
                            core::Journal::databasePath(thief)));
        QVERIFY(QFile::copy(oldKeys, core::Journal::keySlotPath(thief)));
        const CliResult stolen =
            cli.runRaw({QStringLiteral("--journal"), thief, QStringLiteral("--passphrase-file"),
                        cli.passphraseFile(), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(stolen.exitCode != 0);
        QVERIFY(stolen.out.isEmpty());
    }

    void recoveryCodeReplacesTheCodeOnce()
    {
        CliRunner cli;
        const QString oldCode = cli.init();
        QVERIFY(!oldCode.isEmpty());
        QVERIFY(!cli.add(entryJson(day(4), QStringLiteral("kept"))).isEmpty());
        const QJsonArray before = cli.listJson();

        const QString output = cli.path(QStringLiteral("new-code.txt"));
        const CliResult made =
            cli.run({QStringLiteral("recovery-code"), QStringLiteral("--output"), output});
        QCOMPARE(made.exitCode, 0);
        QVERIFY(made.out.isEmpty()); // the code goes only into the file
        const QFileInfo info(output);
        QCOMPARE(info.permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        const QByteArray newCode = fileBytes(output).trimmed();
        QCOMPARE(newCode.size(),
                 41); // 7 groups of 5, joined by dashes // 8 groups of 4 and 7 dashes
        QVERIFY(newCode != oldCode.toUtf8());

        // The old code stops at once; the new one works; the passphrase still does.
        const QString oldFile = cli.writeFile(QStringLiteral("old.txt"), oldCode.toUtf8() + '\n');
        cli.setEnv(QStringLiteral("AFTERCARE_NEW_PASSPHRASE"), QStringLiteral("via the new code"));
        QCOMPARE(
            cli.run({QStringLiteral("passwd"), QStringLiteral("--recovery-code-file"), oldFile})
                .exitCode,
            3);
        QCOMPARE(cli.listJson(), before);
        QCOMPARE(cli.run({QStringLiteral("passwd"), QStringLiteral("--recovery-code-file"), output})
                     .exitCode,
                 0);
        cli.setEnv(QStringLiteral("AFTERCARE_PASSPHRASE"), QStringLiteral("via the new code"));
        const CliResult withNew = cli.runRaw({QStringLiteral("--journal"), cli.journal(),
                                              QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(withNew.json().array(), before);
    }

    void recoveryCodeNeedsANewOutputFile()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        const QByteArray keys = fileBytes(core::Journal::keySlotPath(cli.journal()));
        QCOMPARE(cli.run({QStringLiteral("recovery-code")}).exitCode, 2);
        const QString taken = cli.writeFile(QStringLiteral("taken.txt"), "something else\n");
        const CliResult refused =
            cli.run({QStringLiteral("recovery-code"), QStringLiteral("--output"), taken});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.errText().contains(QStringLiteral("already exists")));
        QCOMPARE(fileBytes(taken), QByteArray("something else\n"));
        QCOMPARE(fileBytes(core::Journal::keySlotPath(cli.journal())), keys);
    }
};

QTEST_GUILESS_MAIN(tst_CliRekey)
#include "tst_CliRekey.moc"
