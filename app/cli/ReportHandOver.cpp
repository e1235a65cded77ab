#include "app/cli/ReportHandOver.h"

#include "app/cli/CliContext.h"
#include "app/cli/Wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace aftercare::cli::ReportHandOver {

using core::Error;

namespace {

const QString toolName = QStringLiteral("aftercare-report");
const QByteArray toolPrefix = QByteArrayLiteral("aftercare-report: ");

// Closes a file descriptor once, when its owner goes out of scope.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

core::Status systemError(const QString& what)
{
    return core::fail(Error::Kind::Other, QStringLiteral("%1: %2").arg(
                                              what, QString::fromLocal8Bit(std::strerror(errno))));
}

// The passphrase goes through a pipe that becomes the tool's standard input: it is never in
// the tool's arguments or environment, both of which other processes can read in /proc. The
// whole secret is written before the tool starts (a passphrase is far smaller than a pipe's
// buffer; the write end is non-blocking so an oversized one fails instead of hanging), and the
// write end is closed, so the tool reads it and then end of file.
core::Status fillPipe(int writeEnd, core::SecretBytes& passphrase, const QByteArray& talkAbout)
{
    const auto* begin = passphrase.data();
    const auto* end = begin + passphrase.size();
    if (std::find(begin, end, '\n') != end || (end != begin && end[-1] == '\r'))
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("a passphrase with a line break in it cannot be handed "
                                  "over to %1")
                              .arg(toolName));
    if (::fcntl(writeEnd, F_SETFL, O_NONBLOCK) != 0)
        return systemError(Cli::tr("could not prepare the passphrase for %1").arg(toolName));
    const ssize_t written = ::write(writeEnd, passphrase.data(), passphrase.size());
    const ssize_t newline = written == ssize_t(passphrase.size()) ? ::write(writeEnd, "\n", 1) : 0;
    passphrase.clear();
    if (newline != 1)
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("the passphrase is too long to hand over to %1").arg(toolName));
    if (!talkAbout.isEmpty() && ::write(writeEnd, talkAbout.constData(),
                                        std::size_t(talkAbout.size())) != ssize_t(talkAbout.size()))
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("the words for the first page are too long to hand "
                                  "over to %1")
                              .arg(toolName));
    return {};
}

// This process's environment without any passphrase variable: the tool gets its secret from
// the pipe only.
std::vector<char*> childEnvironment(QList<QByteArray>& storage)
{
    std::vector<char*> pointers;
    for (char** variable = environ; variable && *variable; ++variable) {
        if (std::strncmp(*variable, "AFTERCARE_", 10) == 0 &&
            std::strstr(*variable, "PASSPHRASE") != nullptr)
            continue;
        if (std::strncmp(*variable, "QT_QPA_PLATFORM=", 16) == 0)
            continue;
        pointers.push_back(*variable);
    }
    // The tool never opens a window, so it works over SSH and without a display.
    storage << QByteArrayLiteral("QT_QPA_PLATFORM=offscreen");
    pointers.push_back(storage.last().data());
    pointers.push_back(nullptr);
    return pointers;
}

// Everything the tool writes to stderr, until it exits and closes its end.
QByteArray readAll(int fd)
{
    QByteArray all;
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0) {
            all.append(chunk, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return all;
    }
}

// The tool's exit codes are aftercare-cli's; this kind gives the same one back.
Error::Kind kindFor(int exitCode)
{
    switch (exitCode) {
    case 2:
        return Error::Kind::Usage;
    case 3:
        return Error::Kind::WrongSecret;
    case 4:
        return Error::Kind::InvalidInput;
    case 5:
        return Error::Kind::Damaged;
    default:
        return Error::Kind::Other;
    }
}

// What the tool said, in its own words without its name (aftercare-cli's prefix replaces it).
// Other lines are Qt's own warnings (fonts, runtime folders), shown only when the tool said
// nothing itself.
QString toolMessage(const QByteArray& text)
{
    QStringList own;
    QStringList other;
    for (const QByteArray& line : text.trimmed().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        // Its pointer to its own --help; aftercare-cli adds one to its own.
        if (line.startsWith(toolPrefix + "Try \"aftercare-report"))
            continue;
        if (line.startsWith(toolPrefix))
            own << QString::fromUtf8(line.mid(toolPrefix.size()));
        else
            other << QString::fromUtf8(line);
    }
    return (own.isEmpty() ? other : own).join(QLatin1Char('\n'));
}

} // namespace

QString toolPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(toolName);
}

core::Status requireTool()
{
    const QFileInfo tool(toolPath());
    if (tool.isFile() && tool.isExecutable())
        return {};
    return core::fail(Error::Kind::NotFound,
                      Cli::tr("a PDF is made by %1, which should be installed next to "
                              "aftercare-cli (%2) but is not there; reinstall Aftercare, "
                              "or export --format json or csv instead")
                          .arg(toolName, QDir::toNativeSeparators(tool.absoluteFilePath())));
}

core::Status run(const QStringList& arguments, core::SecretBytes& passphrase,
                 const QByteArray& talkAbout)
{
    int input[2] = {-1, -1};
    int errors[2] = {-1, -1};
    if (::pipe2(input, O_CLOEXEC) != 0) {
        passphrase.clear();
        return systemError(Cli::tr("could not start %1").arg(toolName));
    }
    Fd inputRead(input[0]);
    Fd inputWrite(input[1]);
    if (auto filled = fillPipe(inputWrite.get(), passphrase, talkAbout); !filled)
        return filled;
    inputWrite.reset();
    if (::pipe2(errors, O_CLOEXEC) != 0)
        return systemError(Cli::tr("could not start %1").arg(toolName));
    Fd errorsRead(errors[0]);
    Fd errorsWrite(errors[1]);

    const QByteArray program = QFile::encodeName(toolPath());
    QList<QByteArray> argumentBytes{program};
    for (const QString& argument : arguments)
        argumentBytes << argument.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QList<QByteArray> environmentStorage;
    std::vector<char*> envp = childEnvironment(environmentStorage);

    // The pipes' other ends carry O_CLOEXEC, so the tool inherits only these two.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, inputRead.get(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errorsWrite.get(), STDERR_FILENO);
    pid_t pid = -1;
    const int spawned =
        ::posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    inputRead.reset();
    errorsWrite.reset();
    if (spawned != 0) {
        errno = spawned;
        return systemError(Cli::tr("could not start %1").arg(toolName));
    }

    const QString said = toolMessage(readAll(errorsRead.get()));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return systemError(Cli::tr("lost track of %1").arg(toolName));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        if (!said.isEmpty())
            CliContext::message(said);
        return {};
    }
    if (!WIFEXITED(status))
        return core::fail(Error::Kind::Other,
                          Cli::tr("%1 stopped before it finished (signal %2); nothing "
                                  "was written")
                              .arg(toolName)
                              .arg(WIFSIGNALED(status) ? WTERMSIG(status) : 0));
    return core::fail(kindFor(WEXITSTATUS(status)),
                      said.isEmpty() ? Cli::tr("%1 could not make the PDF").arg(toolName) : said);
}

} // namespace aftercare::cli::ReportHandOver
