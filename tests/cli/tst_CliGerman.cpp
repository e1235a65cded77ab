// aftercare-cli (and aftercare --help) speak German under a German locale, from LANG or
// LANGUAGE: the help, messages with German plural forms, and the safety message with Germany's
// crisis lines. English stays the default.
#include "tests/cli/CliRunner.h"

#include <QTest>

using namespace aftercare::test;

class tst_CliGerman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpFollowsTheLocale_data();
    void helpFollowsTheLocale();
    void messagesUseGermanPlurals();
    void safetyMessageShowsGermanCrisisLines();
    void desktopAppHelpIsGerman();
};

namespace {

void setLocale(CliRunner& cli, const QString& lang, const QString& language = {})
{
    cli.setEnv(QStringLiteral("LANG"), lang);
    cli.setEnv(QStringLiteral("LC_ALL"), QString());
    cli.setEnv(QStringLiteral("LC_MESSAGES"), QString());
    cli.setEnv(QStringLiteral("LANGUAGE"), language);
}

} // namespace

void tst_CliGerman::helpFollowsTheLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LANG=de_DE") << "de_DE.UTF-8"
                                << ""
                                << "Aufruf: aftercare-cli";
    QTest::newRow("LANG=de_AT") << "de_AT.UTF-8"
                                << ""
                                << "Aufruf: aftercare-cli";
    QTest::newRow("LANGUAGE=de") << "en_US.UTF-8"
                                 << "de"
                                 << "Aufruf: aftercare-cli";
    QTest::newRow("English") << "en_GB.UTF-8"
                             << ""
                             << "usage: aftercare-cli";
    QTest::newRow("C") << "C.UTF-8"
                       << ""
                       << "usage: aftercare-cli";
    QTest::newRow("no translation") << "fr_FR.UTF-8"
                                    << ""
                                    << "usage: aftercare-cli";
}

void tst_CliGerman::helpFollowsTheLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    CliRunner cli;
    setLocale(cli, lang, language);
    const CliResult result = cli.runRaw({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.outText().startsWith(expected), qPrintable(result.outText().left(300)));
}

void tst_CliGerman::messagesUseGermanPlurals()
{
    CliRunner cli;
    setLocale(cli, QStringLiteral("de_DE.UTF-8"));
    QVERIFY(!cli.init().isEmpty());
    const CliResult trends = cli.run({QStringLiteral("trends")});
    QCOMPARE(trends.exitCode, 0);
    QVERIFY2(trends.outText().contains(QStringLiteral("0 Einträge, davon 0 belastend")),
             qPrintable(trends.outText()));
    const CliResult list = cli.run({QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.errText().contains(QStringLiteral("das Tagebuch hat noch keine Einträge")),
             qPrintable(list.errText()));
    const CliResult wrong = cli.runRaw({QStringLiteral("nonsense")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.errText().contains(QStringLiteral("es gibt keinen Befehl \"nonsense\"")),
             qPrintable(wrong.errText()));
}

void tst_CliGerman::safetyMessageShowsGermanCrisisLines()
{
    CliRunner cli;
    setLocale(cli, QStringLiteral("de_DE.UTF-8"));
    QVERIFY(!cli.init().isEmpty());
    const CliResult result = cli.run({QStringLiteral("checkin"), QStringLiteral("phq9"),
                                      QStringLiteral("--answers"), QStringLiteral("-")},
                                     "0,0,0,0,0,0,0,0,1");
    QCOMPARE(result.exitCode, 0);
    const QString text = result.errText();
    QVERIFY2(text.contains(QStringLiteral("TelefonSeelsorge")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("0800 111 0 111")));
    QVERIFY(text.contains(QStringLiteral("0800 111 0 222")));
    QVERIFY(text.contains(QStringLiteral("112")));
    QVERIFY(text.contains(QStringLiteral("du musst das nicht allein tragen")));
}

void tst_CliGerman::desktopAppHelpIsGerman()
{
    CliRunner cli;
    setLocale(cli, QStringLiteral("de_DE.UTF-8"));
    QProcess app;
    app.setProcessEnvironment(cli.environment());
    app.start(QStringLiteral(AFTERCARE_GUI_PATH), {QStringLiteral("--help")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("Aufruf: aftercare [Optionen]")), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_CliGerman)
#include "tst_CliGerman.moc"
