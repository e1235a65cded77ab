// aftercare-cli's questionnaires and trends: checkin, checkins and trends, their JSON shapes,
// the safety message, and that a malformed check-in records nothing.
#include "tests/cli/CliRunner.h"

#include <QProcess>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

class tst_CliCheckIns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkinRecordsAndPrintsTheScore();
    void checkinsListsWhatWasRecorded();
    void selfHarmAnswerShowsTheSafetyMessage();
    void malformedAnswersAreExit4AndRecordNothing_data();
    void malformedAnswersAreExit4AndRecordNothing();
    void unknownInstrumentIsAUsageError();
    void answersOnTheCommandLineAreRefused();
    void answersFromAFile();
    void answersAskedOneByOneInATerminal();
    void trendsJsonNamesFindingsWithTheirEvidence();
    void trendsReadableSummary();

private:
    // `checkin INSTRUMENT --answers - MORE…` with the answers on standard input.
    static CliResult checkin(const CliRunner& cli, const QString& instrument,
                             const QString& answers, const QStringList& more = {});
};

CliResult tst_CliCheckIns::checkin(const CliRunner& cli, const QString& instrument,
                                   const QString& answers, const QStringList& more)
{
    return cli.run(QStringList{QStringLiteral("checkin"), instrument, QStringLiteral("--answers"),
                               QStringLiteral("-")} +
                       more,
                   answers.toUtf8());
}

void tst_CliCheckIns::checkinRecordsAndPrintsTheScore()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const CliResult phq9 = checkin(cli, QStringLiteral("phq9"), QStringLiteral("1,1,1,1,1,1,1,0,0"),
                                   {QStringLiteral("--json")});
    QCOMPARE(phq9.exitCode, 0);
    const QJsonObject score = phq9.json().object();
    QCOMPARE(score.value(QStringLiteral("instrument")).toString(), QStringLiteral("phq9"));
    QCOMPARE(score.value(QStringLiteral("total")).toInt(), 7);
    QCOMPARE(score.value(QStringLiteral("band")).toString(), QStringLiteral("mild"));
    QCOMPARE(score.value(QStringLiteral("self_harm_flag")).toBool(true), false);
    QVERIFY(!phq9.errText().contains(QStringLiteral("988")));

    const CliResult gad7 = checkin(cli, QStringLiteral("gad7"), QStringLiteral("3,3,3,3,2,2,0"));
    QCOMPARE(gad7.exitCode, 0);
    QCOMPARE(gad7.outText(), QStringLiteral("GAD-7: 16 of 21, severe\n"));
}

void tst_CliCheckIns::checkinsListsWhatWasRecorded()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QCOMPARE(checkin(cli, QStringLiteral("gad7"), QStringLiteral("0,0,0,0,0,0,1"),
                     {QStringLiteral("--taken-at"), QStringLiteral("2026-10-02")})
                 .exitCode,
             0);
    QCOMPARE(checkin(cli, QStringLiteral("phq9"), QStringLiteral("2,2,2,2,2,0,0,0,0"),
                     {QStringLiteral("--taken-at"), QStringLiteral("2026-10-01T08:00")})
                 .exitCode,
             0);

    const CliResult listed = cli.run({QStringLiteral("checkins"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray all = listed.json().array();
    QCOMPARE(all.size(), 2);
    const QJsonObject first = all[0].toObject(); // oldest first
    QCOMPARE(first.value(QStringLiteral("instrument")).toString(), QStringLiteral("phq9"));
    QCOMPARE(first.value(QStringLiteral("total")).toInt(), 10);
    QCOMPARE(first.value(QStringLiteral("band")).toString(), QStringLiteral("moderate"));
    QCOMPARE(first.value(QStringLiteral("answers")).toArray().size(), 9);
    QCOMPARE(all[1].toObject().value(QStringLiteral("total")).toInt(), 1);

    const CliResult text = cli.run({QStringLiteral("checkins")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("2026-10-01 08:00  PHQ-9: 10 of 27, moderate")));
}

void tst_CliCheckIns::selfHarmAnswerShowsTheSafetyMessage()
{
    CliRunner cli;
    // The lines shown follow the system's country; this test pins it.
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    QVERIFY(!cli.init().isEmpty());
    const CliResult result =
        checkin(cli, QStringLiteral("phq9"), QStringLiteral("0,0,0,0,0,0,0,0,1"),
                {QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().object().value(QStringLiteral("self_harm_flag")).toBool(), true);
    QCOMPARE(result.json().object().value(QStringLiteral("total")).toInt(), 1);
    QVERIFY2(result.errText().contains(QStringLiteral("call or text 988")),
             qPrintable(result.errText()));
    QVERIFY(result.errText().contains(QStringLiteral("911")));
}

void tst_CliCheckIns::malformedAnswersAreExit4AndRecordNothing_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("named");
    QTest::newRow("too few") << QStringLiteral("phq9") << QStringLiteral("1,2,3")
                             << QStringLiteral("9 answers");
    QTest::newRow("too many") << QStringLiteral("gad7") << QStringLiteral("0,0,0,0,0,0,0,0")
                              << QStringLiteral("7 answers");
    QTest::newRow("above 3") << QStringLiteral("gad7") << QStringLiteral("0,0,4,0,0,0,0")
                             << QStringLiteral("answers[2]");
    QTest::newRow("negative") << QStringLiteral("phq9") << QStringLiteral("0,0,0,0,0,0,0,0,-1")
                              << QStringLiteral("answers[8]");
    QTest::newRow("not a number") << QStringLiteral("phq9") << QStringLiteral("0,0,x,0,0,0,0,0,0")
                                  << QStringLiteral("\"x\"");
}

void tst_CliCheckIns::malformedAnswersAreExit4AndRecordNothing()
{
    QFETCH(QString, instrument);
    QFETCH(QString, answers);
    QFETCH(QString, named);
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const CliResult result = checkin(cli, instrument, answers);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(named), qPrintable(result.errText()));
    const CliResult listed = cli.run({QStringLiteral("checkins"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 0);
}

void tst_CliCheckIns::unknownInstrumentIsAUsageError()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const CliResult result = checkin(cli, QStringLiteral("phq2"), QStringLiteral("1,1"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QStringLiteral("phq9, gad7")));
    QCOMPARE(cli.run({QStringLiteral("checkin"), QStringLiteral("phq9")}).exitCode, 2);
}

void tst_CliCheckIns::trendsJsonNamesFindingsWithTheirEvidence()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QString calm = cli.add(entryJson(day(10)));
    QJsonObject hurt = entryJson(day(12));
    hurt.insert(QStringLiteral("limits_respected"), QStringLiteral("no"));
    const QString hurtId = cli.add(hurt);
    QVERIFY(!calm.isEmpty() && !hurtId.isEmpty());

    const CliResult result = cli.run({QStringLiteral("trends"), QStringLiteral("--json"),
                                      QStringLiteral("--as-of"), QStringLiteral("2026-10-20")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = result.json().object();
    QVERIFY(root.value(QStringLiteral("as_of"))
                .toString()
                .startsWith(QStringLiteral("2026-10-20T23:59")));
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("entries")).toInt(), 2);

    bool found = false;
    for (const QJsonValue& value : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        for (const char* key : {"id", "severity", "title"})
            QVERIFY2(!finding.value(QLatin1StringView(key)).toString().isEmpty(), key);
        QVERIFY(finding.value(QStringLiteral("evidence")).isArray());
        if (finding.value(QStringLiteral("id")).toString() == u"limits_not_respected") {
            found = true;
            QCOMPARE(finding.value(QStringLiteral("evidence")).toArray(), QJsonArray{hurtId});
        }
    }
    QVERIFY(found);

    // Before the entries, nothing is counted.
    const CliResult earlier = cli.run({QStringLiteral("trends"), QStringLiteral("--json"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-10-01")});
    QCOMPARE(earlier.exitCode, 0);
    QCOMPARE(earlier.json()
                 .object()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("entries"))
                 .toInt(),
             0);
}

void tst_CliCheckIns::trendsReadableSummary()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(10))).isEmpty());
    const CliResult result = cli.run(
        {QStringLiteral("trends"), QStringLiteral("--as-of"), QStringLiteral("2026-10-11")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.outText().contains(QStringLiteral("1 entry,")), qPrintable(result.outText()));
    QVERIFY(result.outText().contains(QStringLiteral("latest PHQ-9: none yet")));

    const CliResult badDate =
        cli.run({QStringLiteral("trends"), QStringLiteral("--as-of"), QStringLiteral("soon")});
    QCOMPARE(badDate.exitCode, 4);
    QVERIFY(badDate.errText().contains(QStringLiteral("--as-of")));
}

void tst_CliCheckIns::answersOnTheCommandLineAreRefused()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const CliResult result =
        cli.run({QStringLiteral("checkin"), QStringLiteral("phq9"), QStringLiteral("--answers"),
                 QStringLiteral("0,0,0,0,0,0,0,0,3")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QStringLiteral("shell history")));
    QVERIFY(result.errText().contains(QStringLiteral("--answers-file")));
    // Not a terminal and no answers: refused too, saying how to give them.
    const CliResult none = cli.run({QStringLiteral("checkin"), QStringLiteral("phq9")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.errText().contains(QStringLiteral("--answers -")));
    const CliResult listed = cli.run({QStringLiteral("checkins"), QStringLiteral("--json")});
    QCOMPARE(listed.json().array().size(), 0);
}

void tst_CliCheckIns::answersFromAFile()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QString file = cli.writeFile(QStringLiteral("answers.txt"), "3 3 3\n3 2 2\n0\n");
    const CliResult result = cli.run({QStringLiteral("checkin"), QStringLiteral("gad7"),
                                      QStringLiteral("--answers-file"), file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.outText(), QStringLiteral("GAD-7: 16 of 21, severe\n"));
}

void tst_CliCheckIns::answersAskedOneByOneInATerminal()
{
    // `script` gives the CLI a terminal (a pseudo-terminal) and types what it reads from us.
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QProcess process;
    process.setProcessEnvironment(cli.environment());
    const QString command =
        QStringLiteral("%1 --journal %2 --passphrase-file %3 checkin gad7")
            .arg(QStringLiteral(AFTERCARE_CLI_PATH), cli.journal(), cli.passphraseFile());
    process.start(QStringLiteral("script"),
                  {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted());
    // A wrong answer is asked again; the rest are taken one by one.
    process.write("7\n3\n3\n3\n3\n2\n2\n0\n");
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("Please type a number from 0 to 3")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("GAD-7: 16 of 21, severe")), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_CliCheckIns)
#include "tst_CliCheckIns.moc"
