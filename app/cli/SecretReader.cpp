#include "app/cli/SecretReader.h"
#include "app/cli/Wording.h"

#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace aftercare::cli::SecretReader {

using core::Error;
using core::SecretBytes;

namespace {

// A line longer than this is not a passphrase; it is probably the wrong file.
constexpr qint64 maxSecretFileBytes = 64 * 1024;
constexpr std::size_t maxPromptBytes = 4096;

// The terminal settings to put back if the user presses Ctrl-C while echo is off.
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndReraise(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        m_oldInt = std::signal(SIGINT, restoreTerminalAndReraise);
        m_oldTerm = std::signal(SIGTERM, restoreTerminalAndReraise);
        m_oldHup = std::signal(SIGHUP, restoreTerminalAndReraise);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
            g_echoOff = 1;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoOff = 0;
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        std::signal(SIGHUP, m_oldHup);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
    void (*m_oldHup)(int) = SIG_DFL;
};

// The prompt goes to the terminal itself so it shows even when stderr is redirected.
void writeToTerminal(const QByteArray& text)
{
    if (FILE* tty = std::fopen("/dev/tty", "w")) {
        std::fwrite(text.constData(), 1, std::size_t(text.size()), tty);
        std::fclose(tty);
        return;
    }
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
    std::fflush(stderr);
}

core::Status checkNotEmpty(const SecretBytes& secret, const QString& what, const QString& origin)
{
    if (secret.isEmpty())
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("the %1 from %2 is empty").arg(what, origin));
    return {};
}

} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

core::Result<SecretBytes> readFirstLine(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::fail(
            Error::Kind::InvalidInput,
            Cli::tr("cannot read the %1 file %2: %3").arg(what, path, file.errorString()));
    }
    if (file.size() > maxSecretFileBytes) {
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("the %1 file %2 is larger than %3 KiB; is it the right file?")
                              .arg(what, path)
                              .arg(maxSecretFileBytes / 1024));
    }
    QByteArray bytes = file.read(maxSecretFileBytes);
    qsizetype length = bytes.indexOf('\n');
    if (length < 0)
        length = bytes.size();
    if (length > 0 && bytes[length - 1] == '\r')
        --length;
    SecretBytes secret(std::size_t(length > 0 ? length : 0));
    if (length > 0)
        std::memcpy(secret.data(), bytes.constData(), std::size_t(length));
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    if (auto ok = checkNotEmpty(secret, what, Cli::tr("the first line of %1").arg(path)); !ok)
        return std::unexpected(ok.error());
    return secret;
}

core::Result<SecretBytes> prompt(const QString& text)
{
    if (!stdinIsTerminal())
        return core::fail(Error::Kind::Usage, Cli::tr("standard input is not a terminal"));
    SecretBytes buffer(maxPromptBytes);
    std::size_t length = 0;
    bool complete = false;
    {
        // Echo goes off before the prompt shows, so nothing typed in answer to it is echoed.
        EchoOff echoOff;
        writeToTerminal(text.toUtf8());
        unsigned char c = 0;
        while (length < buffer.size()) {
            const ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n <= 0 || c == '\n') {
                complete = n > 0 || length > 0;
                break;
            }
            buffer.data()[length++] = c;
        }
        if (length == buffer.size())
            complete = false;
        c = 0;
    }
    writeToTerminal("\n");
    if (!complete) {
        return core::fail(Error::Kind::InvalidInput,
                          length == buffer.size()
                              ? Cli::tr("that was longer than %1 bytes").arg(maxPromptBytes)
                              : Cli::tr("no passphrase was typed"));
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    SecretBytes secret(length);
    if (length > 0)
        std::memcpy(secret.data(), buffer.data(), length);
    return secret;
}

core::Result<SecretBytes> read(const SecretSource& source)
{
    if (!source.filePath.isEmpty())
        return readFirstLine(source.filePath, source.what);

    const QByteArray name = source.environment.toLatin1();
    if (!qEnvironmentVariableIsEmpty(name.constData())) {
        QByteArray value = qgetenv(name.constData());
        return SecretBytes::takeFrom(value);
    }

    if (!stdinIsTerminal()) {
        return core::fail(Error::Kind::Usage,
                          Cli::tr("no %1 given: put it in a file and pass %2 FILE, set the "
                                  "environment variable %3, or run this in a terminal to "
                                  "be asked for it")
                              .arg(source.what, source.fileOption, source.environment));
    }

    const QString label = source.what.left(1).toUpper() + source.what.mid(1);
    auto first = prompt(QStringLiteral("%1: ").arg(label));
    if (!first)
        return first;
    if (auto ok = checkNotEmpty(*first, source.what, Cli::tr("the terminal")); !ok)
        return std::unexpected(ok.error());
    if (!source.isNew)
        return first;
    auto again = prompt(Cli::tr("%1 again, to be sure: ").arg(label));
    if (!again)
        return again;
    if (!first->equals(*again))
        return core::fail(
            Error::Kind::InvalidInput,
            Cli::tr("the two %1s you typed differ; nothing was changed").arg(source.what));
    return first;
}

} // namespace aftercare::cli::SecretReader
