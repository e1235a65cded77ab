// The default journal folder is ~/.local/share/Aftercare/journal, as the README says, for all
// three programs: the real binaries run with HOME set to a temporary folder and no XDG_DATA_HOME.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

namespace {

// Runs one of the programs with `--help` in the runner's environment; returns its output without
// any white space, since help texts wrap long paths across lines.
QString helpOf(const CliRunner& cli, const QString& program)
{
    QProcess process;
    QProcessEnvironment environment = cli.environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, {QStringLiteral("--help")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class tst_DefaultJournalFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliCreatesTheJournalInTheDocumentedFolder();
    void allThreeProgramsNameTheSameFolder();
    void xdgDataHomeIsHonoured();
};

void tst_DefaultJournalFolder::cliCreatesTheJournalInTheDocumentedFolder()
{
    CliRunner cli;
    cli.unsetEnv(QStringLiteral("XDG_DATA_HOME"));
    const CliResult init = cli.runRaw(
        {QStringLiteral("--passphrase-file"), cli.passphraseFile(), QStringLiteral("init")});
    QCOMPARE(init.exitCode, 0);
    const QString expected = cli.root() + QStringLiteral("/.local/share/Aftercare/journal");
    QVERIFY2(core::Journal::exists(expected), qPrintable(init.errText()));
    QVERIFY(!QFileInfo::exists(cli.root() + QStringLiteral("/.local/share/Aftercare/Aftercare")));

    // And the next command finds it there without being told.
    const QString id = cli.runRaw({QStringLiteral("--passphrase-file"), cli.passphraseFile(),
                                   QStringLiteral("add"), QStringLiteral("-")},
                                  QJsonDocument(entryJson(day(3))).toJson())
                           .outText()
                           .trimmed();
    QVERIFY(!id.isEmpty());
    QVERIFY(cli.listJsonIn(expected).size() == 1);
}

void tst_DefaultJournalFolder::allThreeProgramsNameTheSameFolder()
{
    CliRunner cli;
    cli.unsetEnv(QStringLiteral("XDG_DATA_HOME"));
    const QString expected = cli.root() + QStringLiteral("/.local/share/Aftercare/journal");
    const QString reportPath = QFileInfo(QStringLiteral(AFTERCARE_CLI_PATH)).absolutePath() +
                               QStringLiteral("/aftercare-report");
    for (const QString& program :
         {QStringLiteral(AFTERCARE_CLI_PATH), QStringLiteral(AFTERCARE_GUI_PATH), reportPath}) {
        const QString help = helpOf(cli, program);
        QVERIFY2(help.contains(expected), qPrintable(program + u'\n' + help));
    }
}

void tst_DefaultJournalFolder::xdgDataHomeIsHonoured()
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("XDG_DATA_HOME"), cli.path(QStringLiteral("xdg")));
    QVERIFY(helpOf(cli, QStringLiteral(AFTERCARE_CLI_PATH))
                .contains(cli.path(QStringLiteral("xdg/Aftercare/journal"))));
}

QTEST_GUILESS_MAIN(tst_DefaultJournalFolder)
#include "tst_DefaultJournalFolder.moc"
