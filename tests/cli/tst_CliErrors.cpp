// aftercare-cli when something is wrong: the exit code says what kind of problem it is, the
// message says what to do, and the journal is left exactly as it was.
#include "tests/cli/CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

class tst_CliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPassphraseIsExit3AndChangesNothing();
    void missingPassphraseWithoutATerminalIsExit2();
    void emptyPassphraseFileIsInvalidInput();
    void invalidEntryIsExit4NamingTheField_data();
    void invalidEntryIsExit4NamingTheField();
    void aSecondProcessIsExit5NamingThePid();
    void damagedDatabaseIsExit5AndLeftAlone();
    void usageErrorsAreExit2_data();
    void usageErrorsAreExit2();
    void invalidValuesAreExit4_data();
    void invalidValuesAreExit4();
    void noJournalSaysHowToMakeOne();

private:
    static QByteArray journalState(const QString& dir);
};

// The bytes that matter: the key slots and the database.
QByteArray tst_CliErrors::journalState(const QString& dir)
{
    return fileBytes(core::Journal::keySlotPath(dir)) + "|" +
           fileBytes(core::Journal::databasePath(dir));
}

void tst_CliErrors::wrongPassphraseIsExit3AndChangesNothing()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(1), QStringLiteral("precious"))).isEmpty());
    const QJsonArray before = cli.listJson();
    const QByteArray state = journalState(cli.journal());

    const QString wrong = cli.writeFile(QStringLiteral("wrong.txt"), "not the passphrase\n");
    for (const QString& command : {QStringLiteral("list"), QStringLiteral("check"),
                                   QStringLiteral("list"), QStringLiteral("export")}) {
        QStringList arguments{QStringLiteral("--journal"), cli.journal(),
                              QStringLiteral("--passphrase-file"), wrong, command};
        if (command == u"export")
            arguments << QStringLiteral("--format") << QStringLiteral("json");
        const CliResult result = cli.runRaw(arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.errText().startsWith(QStringLiteral("aftercare-cli: ")));
    }
    QCOMPARE(journalState(cli.journal()), state);
    QCOMPARE(cli.listJson(), before);
}

void tst_CliErrors::missingPassphraseWithoutATerminalIsExit2()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const CliResult result =
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString message = result.errText();
    QVERIFY2(message.contains(QStringLiteral("--passphrase-file")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("AFTERCARE_PASSPHRASE")));
    QVERIFY(message.contains(QStringLiteral("terminal")));

    // init without any passphrase creates nothing.
    const QString fresh = cli.path(QStringLiteral("fresh"));
    const CliResult init = cli.runRaw({QStringLiteral("--journal"), fresh, QStringLiteral("init")});
    QCOMPARE(init.exitCode, 2);
    QVERIFY(!core::Journal::exists(fresh));
}

void tst_CliErrors::emptyPassphraseFileIsInvalidInput()
{
    CliRunner cli;
    const QString empty = cli.writeFile(QStringLiteral("empty.txt"), "\nsecond line\n");
    const CliResult result =
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("--passphrase-file"),
                    empty, QStringLiteral("init")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.errText().contains(QStringLiteral("empty")));
    QVERIFY(!core::Journal::exists(cli.journal()));
}

void tst_CliErrors::invalidEntryIsExit4NamingTheField_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("named");

    QJsonObject badTension = entryJson(day(1));
    badTension.insert(QStringLiteral("tension"), QStringLiteral("bad"));
    QTest::newRow("unknown key") << QJsonDocument(badTension).toJson() << QStringLiteral("tension");

    QJsonObject badBother = entryJson(day(1));
    badBother.insert(QStringLiteral("bother"), 9);
    QTest::newRow("out of range") << QJsonDocument(badBother).toJson() << QStringLiteral("bother");

    QJsonObject missing = entryJson(day(1));
    missing.remove(QStringLiteral("thoughts"));
    QTest::newRow("question unanswered")
        << QJsonDocument(missing).toJson() << QStringLiteral("thoughts");

    QJsonObject noDate = entryJson(day(1));
    noDate.remove(QStringLiteral("occurred_at"));
    QTest::newRow("no date") << QJsonDocument(noDate).toJson() << QStringLiteral("occurred_at");

    QJsonObject stranger = entryJson(day(1));
    stranger.insert(QStringLiteral("mood"), 3);
    QTest::newRow("unknown field") << QJsonDocument(stranger).toJson() << QStringLiteral("mood");

    QTest::newRow("not json") << QByteArray("{\"tears\": ") << QStringLiteral("JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("object");
}

void tst_CliErrors::invalidEntryIsExit4NamingTheField()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, named);
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(2))).isEmpty());
    const QJsonArray before = cli.listJson();

    const CliResult result = cli.run({QStringLiteral("add")}, input);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(named), qPrintable(result.errText()));
    QCOMPARE(cli.listJson(), before);
}

void tst_CliErrors::aSecondProcessIsExit5NamingThePid()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(3))).isEmpty());
    const QByteArray state = journalState(cli.journal());

    auto held = core::Journal::unlock(cli.journal(),
                                      core::SecretBytes::fromUtf8(QString::fromUtf8(kPassphrase)));
    QVERIFY2(held.has_value(), qPrintable(held ? QString() : held.error().message()));

    const CliResult blocked = cli.run({QStringLiteral("list")});
    QCOMPARE(blocked.exitCode, 5);
    QVERIFY(blocked.out.isEmpty());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(blocked.errText().contains(pid), qPrintable(blocked.errText()));
    QCOMPARE(cli.run({QStringLiteral("add")}, QJsonDocument(entryJson(day(4))).toJson()).exitCode,
             5);

    (*held)->lock();
    held->reset();
    QCOMPARE(journalState(cli.journal()), state);
    QCOMPARE(cli.listJson().size(), 1);
}

void tst_CliErrors::damagedDatabaseIsExit5AndLeftAlone()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(5))).isEmpty());

    // A copy of the journal with bytes flipped inside its first page.
    const QString copy = cli.path(QStringLiteral("copy"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString& source :
         {core::Journal::keySlotPath(cli.journal()), core::Journal::databasePath(cli.journal())}) {
        const QString target = copy + u'/' + QFileInfo(source).fileName();
        QVERIFY(QFile::copy(source, target));
    }
    const QString database = core::Journal::databasePath(copy);
    QByteArray bytes = fileBytes(database);
    QVERIFY(bytes.size() > 1024);
    for (int i = 200; i < 232; ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    QFile file(database);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const CliResult checked = cli.runIn(copy, {QStringLiteral("check")});
    QCOMPARE(checked.exitCode, 5);
    QVERIFY(checked.out.isEmpty());
    QVERIFY(!checked.err.isEmpty());
    QCOMPARE(fileBytes(database), bytes);
    QCOMPARE(cli.runIn(copy, {QStringLiteral("list")}).exitCode, 5);
    QCOMPARE(fileBytes(database), bytes);

    // The original is untouched and fine.
    QCOMPARE(cli.run({QStringLiteral("check")}).outText(), QStringLiteral("ok\n"));
}

void tst_CliErrors::usageErrorsAreExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--jsn")};
    QTest::newRow("short option") << QStringList{QStringLiteral("list"), QStringLiteral("-j")};
    QTest::newRow("missing argument") << QStringList{QStringLiteral("show")};
    QTest::newRow("extra argument") << QStringList{QStringLiteral("check"), QStringLiteral("now")};
    QTest::newRow("value missing") << QStringList{QStringLiteral("list"), QStringLiteral("--from")};
    QTest::newRow("flag with value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--json=1")};
    QTest::newRow("export without format") << QStringList{QStringLiteral("export")};
    QTest::newRow("export as xml")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("backup without output") << QStringList{QStringLiteral("backup")};
    QTest::newRow("help for nothing")
        << QStringList{QStringLiteral("help"), QStringLiteral("nope")};
}

void tst_CliErrors::usageErrorsAreExit2()
{
    QFETCH(QStringList, arguments);
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QByteArray state = journalState(cli.journal());
    const CliResult result = cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().startsWith(QStringLiteral("aftercare-cli: ")),
             qPrintable(result.errText()));
    QVERIFY(result.errText().contains(QStringLiteral("--help")));
    QCOMPARE(journalState(cli.journal()), state);
}

void tst_CliErrors::invalidValuesAreExit4_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("bad date") << QStringList{QStringLiteral("list"), QStringLiteral("--from"),
                                             QStringLiteral("yesterday")}
                              << QStringLiteral("--from");
    QTest::newRow("impossible day")
        << QStringList{QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("2026-02-30")}
        << QStringLiteral("--to");
    QTest::newRow("range reversed")
        << QStringList{QStringLiteral("export"),     QStringLiteral("--format"),
                       QStringLiteral("csv"),        QStringLiteral("--from"),
                       QStringLiteral("2026-10-05"), QStringLiteral("--to"),
                       QStringLiteral("2026-10-01")}
        << QStringLiteral("--from");
    QTest::newRow("bad id") << QStringList{QStringLiteral("show"), QStringLiteral("42")}
                            << QStringLiteral("\"42\"");
    QTest::newRow("missing entry file")
        << QStringList{QStringLiteral("add"), QStringLiteral("no-such-file.json")}
        << QStringLiteral("no-such-file.json");
}

void tst_CliErrors::invalidValuesAreExit4()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QByteArray state = journalState(cli.journal());
    const CliResult result = cli.run(arguments);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(named), qPrintable(result.errText()));
    QCOMPARE(journalState(cli.journal()), state);
}

void tst_CliErrors::noJournalSaysHowToMakeOne()
{
    CliRunner cli;
    const CliResult result = cli.run({QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.errText().contains(QStringLiteral("init")));
    QVERIFY(!QFileInfo::exists(cli.journal()));
}

QTEST_GUILESS_MAIN(tst_CliErrors)
#include "tst_CliErrors.moc"
