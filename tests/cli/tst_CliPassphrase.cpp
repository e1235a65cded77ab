// Where aftercare-cli takes the passphrase from: --passphrase-file before the environment, and
// a prompt on a real (pseudo-)terminal that never echoes what is typed.
#include "tests/cli/CliRunner.h"

#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace aftercare;
using namespace aftercare::test;

namespace {

// aftercare-cli with a pseudo-terminal as its controlling terminal and stdin; the test plays
// the person at the keyboard through the master side.
class TerminalSession
{
public:
    TerminalSession(const CliRunner& cli, const QStringList& arguments)
    {
        if (::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) != 0)
            return;
        ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
        m_process.setProcessEnvironment(cli.environment());
        m_process.setWorkingDirectory(cli.root());
        const int slave = m_slave;
        m_process.setChildProcessModifier([slave] {
            ::setsid();
            ::ioctl(slave, TIOCSCTTY, 0);
            ::dup2(slave, STDIN_FILENO);
        });
        m_process.start(QStringLiteral(AFTERCARE_CLI_PATH), arguments);
        m_started = m_process.waitForStarted(30000);
        ::close(m_slave);
        m_slave = -1;
    }
    ~TerminalSession()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
        if (m_master >= 0)
            ::close(m_master);
    }

    bool isStarted() const { return m_started; }

    // Everything the terminal showed until `text` appeared (or 30 s passed).
    bool waitFor(const QByteArray& text)
    {
        for (int waited = 0; !m_screen.contains(text) && waited < 300; ++waited) {
            pollfd fd{m_master, POLLIN, 0};
            if (::poll(&fd, 1, 100) > 0) {
                char buffer[256];
                const ssize_t n = ::read(m_master, buffer, sizeof buffer);
                if (n <= 0)
                    return m_screen.contains(text);
                m_screen.append(buffer, n);
            }
        }
        return m_screen.contains(text);
    }

    void type(const QByteArray& line)
    {
        QCOMPARE(::write(m_master, line.constData(), line.size()), line.size());
    }

    CliResult finish()
    {
        CliResult result;
        if (!m_process.waitForFinished(120000))
            return result;
        waitFor("\x04never"); // drains what is left on the screen
        result.exitCode = m_process.exitCode();
        result.out = m_process.readAllStandardOutput();
        result.err = m_process.readAllStandardError();
        return result;
    }

    const QByteArray& screen() const { return m_screen; }

private:
    QProcess m_process;
    int m_master = -1;
    int m_slave = -1;
    bool m_started = false;
    QByteArray m_screen;
};

} // namespace

class tst_CliPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initAsksTwiceWithoutEcho();
    void twoDifferentAnswersCreateNothing();
    void unlockAsksOnceAndAWrongAnswerIsExit3();
    void theFileWinsOverTheEnvironment();
    void firstLineOnlyWithItsLineEndingRemoved();
};

void tst_CliPassphrase::initAsksTwiceWithoutEcho()
{
    CliRunner cli;
    TerminalSession session(cli,
                            {QStringLiteral("--journal"), cli.journal(), QStringLiteral("init")});
    QVERIFY(session.isStarted());
    QVERIFY(session.waitFor("Passphrase: "));
    session.type("typed on a terminal\n");
    QVERIFY(session.waitFor("again"));
    session.type("typed on a terminal\n");
    const CliResult result = session.finish();
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!session.screen().contains("typed"));
    QVERIFY(!result.out.trimmed().isEmpty()); // the recovery code

    const QString file = cli.writeFile(QStringLiteral("typed.txt"), "typed on a terminal\n");
    const CliResult list =
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("--passphrase-file"),
                    file, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
}

void tst_CliPassphrase::twoDifferentAnswersCreateNothing()
{
    CliRunner cli;
    TerminalSession session(cli,
                            {QStringLiteral("--journal"), cli.journal(), QStringLiteral("init")});
    QVERIFY(session.isStarted());
    QVERIFY(session.waitFor("Passphrase: "));
    session.type("one thing\n");
    QVERIFY(session.waitFor("again"));
    session.type("another thing\n");
    const CliResult result = session.finish();
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.errText().contains(QStringLiteral("differ")));
    QVERIFY(!core::Journal::exists(cli.journal()));
}

void tst_CliPassphrase::unlockAsksOnceAndAWrongAnswerIsExit3()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    QVERIFY(!cli.add(entryJson(day(1))).isEmpty());
    {
        TerminalSession session(cli, {QStringLiteral("--journal"), cli.journal(),
                                      QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(session.isStarted());
        QVERIFY(session.waitFor("Passphrase: "));
        session.type(QByteArray(kPassphrase) + '\n');
        const CliResult result = session.finish();
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().array().size(), 1);
        QVERIFY(!session.screen().contains(kPassphrase));
    }
    {
        TerminalSession session(
            cli, {QStringLiteral("--journal"), cli.journal(), QStringLiteral("list")});
        QVERIFY(session.isStarted());
        QVERIFY(session.waitFor("Passphrase: "));
        session.type("a wrong guess\n");
        const CliResult result = session.finish();
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());
    }
}

void tst_CliPassphrase::theFileWinsOverTheEnvironment()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    cli.setEnv(QStringLiteral("AFTERCARE_PASSPHRASE"), QStringLiteral("wrong"));
    QCOMPARE(cli.run({QStringLiteral("list")}).exitCode, 0); // run() passes the file
    QCOMPARE(
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("list")}).exitCode,
        3);
    cli.setEnv(QStringLiteral("AFTERCARE_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    QCOMPARE(
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("list")}).exitCode,
        0);
}

void tst_CliPassphrase::firstLineOnlyWithItsLineEndingRemoved()
{
    CliRunner cli;
    QVERIFY(!cli.init().isEmpty());
    const QString windows = cli.writeFile(QStringLiteral("crlf.txt"),
                                          QByteArray(kPassphrase) + "\r\nignored second line\n");
    QCOMPARE(cli.runRaw({QStringLiteral("--journal"), cli.journal(),
                         QStringLiteral("--passphrase-file"), windows, QStringLiteral("list")})
                 .exitCode,
             0);
    const QString noNewline = cli.writeFile(QStringLiteral("bare.txt"), QByteArray(kPassphrase));
    QCOMPARE(cli.runRaw({QStringLiteral("--journal"), cli.journal(),
                         QStringLiteral("--passphrase-file"), noNewline, QStringLiteral("list")})
                 .exitCode,
             0);
    const QString trailingSpace =
        cli.writeFile(QStringLiteral("space.txt"), QByteArray(kPassphrase) + " \n");
    QCOMPARE(
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("--passphrase-file"),
                    trailingSpace, QStringLiteral("list")})
            .exitCode,
        3);
    const CliResult missing =
        cli.runRaw({QStringLiteral("--journal"), cli.journal(), QStringLiteral("--passphrase-file"),
                    cli.path(QStringLiteral("nope.txt")), QStringLiteral("list")});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.errText().contains(QStringLiteral("nope.txt")));
}

QTEST_GUILESS_MAIN(tst_CliPassphrase)
#include "tst_CliPassphrase.moc"
