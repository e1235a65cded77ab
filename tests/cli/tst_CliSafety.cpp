// The CLI in the hardest moments: an answer above 0 to PHQ-9 item 9 prints the safety message
// before anything can fail (wrong passphrase, another answer wrong, no journal), `add` of an
// entry whose limits were not respected names the sexual-assault line before the passphrase is
// asked for, and `trends` shows the support lines for limits_not_respected.
#include "core/support/CrisisLines.h"
#include "tests/cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

namespace {

// `checkin phq9 --answers -`: the answers go on standard input (never on the command line).
const QStringList phq9{QStringLiteral("checkin"), QStringLiteral("phq9"),
                       QStringLiteral("--answers"), QStringLiteral("-")};

// A runner whose system country is the United Kingdom.
void inTheUk(CliRunner& cli)
{
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
    cli.setEnv(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
}

QJsonObject consentNoEntry()
{
    return QJsonObject{{QStringLiteral("occurred_at"), QStringLiteral("2026-10-01T22:00:00Z")},
                       {QStringLiteral("limits_respected"), QStringLiteral("no")}};
}

} // namespace

class tst_CliSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safetyMessageComesBeforeEveryFailure_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("wrong passphrase") << QStringLiteral("passphrase");
        QTest::newRow("another answer is wrong") << QStringLiteral("answers");
        QTest::newRow("no journal") << QStringLiteral("journal");
    }
    void safetyMessageComesBeforeEveryFailure()
    {
        QFETCH(QString, why);
        CliRunner cli;
        inTheUk(cli);
        QVERIFY(!cli.init().isEmpty());
        CliResult result;
        if (why == u"passphrase") {
            const QString wrong = cli.writeFile(QStringLiteral("wrong.txt"), "not it\n");
            result = cli.runRaw(QStringList{QStringLiteral("--journal"), cli.journal(),
                                            QStringLiteral("--passphrase-file"), wrong} +
                                    phq9,
                                QByteArrayLiteral("0,0,0,0,0,0,0,0,2\n"));
        } else if (why == u"answers") {
            result = cli.run(phq9, QByteArrayLiteral("0,0,x,0,0,0,0,0,1\n"));
        } else {
            result = cli.runIn(cli.path(QStringLiteral("nowhere")), phq9,
                               QByteArrayLiteral("0,0,0,0,0,0,0,0,3\n"));
        }
        QVERIFY(result.exitCode != 0);
        const QString err = result.errText();
        const qsizetype safety = err.indexOf(u"better off dead");
        QVERIFY2(safety >= 0, qPrintable(err));
        QVERIFY2(err.contains(u"116 123") && err.contains(u"999"), qPrintable(err));
        // The safety message is the first thing said; the error follows it.
        QVERIFY2(err.indexOf(u"aftercare-cli:") > safety, qPrintable(err));
    }

    void noSafetyMessageWithoutItem9()
    {
        CliRunner cli;
        inTheUk(cli);
        QVERIFY(!cli.init().isEmpty());
        const CliResult result = cli.run(phq9, QByteArrayLiteral("1,1,1,1,1,1,1,1,0\n"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.errText().contains(u"116 123"), qPrintable(result.errText()));
    }

    void addingAConsentNoNamesTheSexualAssaultLine()
    {
        CliRunner cli;
        inTheUk(cli);
        QVERIFY(!cli.init().isEmpty());
        const CliResult result = cli.run({QStringLiteral("add"), QStringLiteral("-")},
                                         QJsonDocument(consentNoEntry()).toJson());
        QCOMPARE(result.exitCode, 0);
        const QString err = result.errText();
        QVERIFY2(err.contains(u"0808 500 2222"), qPrintable(err));
        QVERIFY2(err.contains(u"116 123"), qPrintable(err));
        QVERIFY2(err.contains(u"not your fault"), qPrintable(err));

        // Before the passphrase: a wrong one still gets the care first.
        const QString wrong = cli.writeFile(QStringLiteral("wrong.txt"), "not it\n");
        const CliResult refused = cli.runRaw({QStringLiteral("--journal"), cli.journal(),
                                              QStringLiteral("--passphrase-file"), wrong,
                                              QStringLiteral("add"), QStringLiteral("-")},
                                             QJsonDocument(consentNoEntry()).toJson());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.errText().indexOf(u"0808 500 2222") >= 0 &&
                     refused.errText().indexOf(u"0808 500 2222") <
                         refused.errText().indexOf(u"aftercare-cli:"),
                 qPrintable(refused.errText()));
    }

    void trendsShowsSupportForLimitsNotRespected()
    {
        CliRunner cli;
        inTheUk(cli);
        QVERIFY(!cli.init().isEmpty());
        QJsonObject entry = consentNoEntry();
        entry.insert(QStringLiteral("occurred_at"),
                     QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate));
        QVERIFY(!cli.add(entry).isEmpty());
        const CliResult result = cli.run({QStringLiteral("trends")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.errText().contains(u"116 123"), qPrintable(result.errText()));
        QVERIFY2(result.errText().contains(u"0808 500 2222"), qPrintable(result.errText()));
    }

    void trendsWithoutUrgencyStaysQuiet()
    {
        CliRunner cli;
        inTheUk(cli);
        QVERIFY(!cli.init().isEmpty());
        const CliResult result = cli.run({QStringLiteral("trends")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.errText().contains(u"116 123"), qPrintable(result.errText()));
    }

    // `safety-plan` prints the plan as text or as the export format's object.
    void safetyPlanCommand()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        CliResult none = cli.run({QStringLiteral("safety-plan"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.outText().trimmed(), QStringLiteral("null"));

        const QString file =
            cli.writeFile(QStringLiteral("plan.json"),
                          "{\"format\": \"aftercare-journal\", \"version\": 1, \"safety_plan\": "
                          "{\"coping\": [\"A hot shower\"], \"people\": [\"Mia\"]}}");
        QCOMPARE(cli.run({QStringLiteral("import"), file}).exitCode, 0);
        const CliResult json = cli.run({QStringLiteral("safety-plan"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject plan = json.json().object();
        QCOMPARE(plan.value(u"coping").toArray().first().toString(),
                 QStringLiteral("A hot shower"));
        QVERIFY(plan.value(u"warning_signs").isArray());
        const CliResult text = cli.run({QStringLiteral("safety-plan")});
        QVERIFY2(text.outText().contains(u"2. Things I can do on my own to feel calmer"),
                 qPrintable(text.outText()));
        QVERIFY(text.outText().contains(u"  - Mia"));
        // The export carries it.
        const CliResult exported =
            cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(exported.outText().contains(u"\"safety_plan\""), qPrintable(exported.errText()));
    }

    // Every number the CLI printed above is in the table, character for character.
    void cliNumbersMatchTheTable()
    {
        CliRunner cli;
        inTheUk(cli);
        QVERIFY(!cli.init().isEmpty());
        const CliResult result = cli.run(phq9, QByteArrayLiteral("0,0,0,0,0,0,0,0,1\n"));
        const QStringList table = core::CrisisLines::allNumbers();
        const QString gb = core::CrisisLines::describeText(u"GB", false);
        QVERIFY2(result.errText().contains(gb.section(u'\n', 1, 1)), qPrintable(result.errText()));
        for (const QString& n : table) {
            if (gb.contains(n))
                QVERIFY2(result.errText().contains(n), qPrintable(n));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliSafety)
#include "tst_CliSafety.moc"
