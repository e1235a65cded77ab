#include "ui/app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace aftercare::ui {

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption journal(QStringLiteral("journal"), QString(), QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"), QString());
    const QCommandLineOption screenshots(QStringLiteral("screenshot-dir"), QString(),
                                         QStringLiteral("dir"));
    parser.addOptions({help, version, journal, demo, screenshots});

    CommandLine line;
    if (!parser.parse(arguments)) {
        line.action = Action::Error;
        line.error = parser.errorText();
        return line;
    }
    if (!parser.positionalArguments().isEmpty()) {
        line.action = Action::Error;
        line.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                         .arg(parser.positionalArguments().constFirst());
        return line;
    }
    if (parser.isSet(help)) {
        line.action = Action::Help;
        return line;
    }
    if (parser.isSet(version)) {
        line.action = Action::Version;
        return line;
    }
    if (parser.isSet(journal) && parser.isSet(demo)) {
        line.action = Action::Error;
        line.error = QCoreApplication::translate(
            "CommandLine", "--demo always uses a temporary journal; leave out --journal.");
        return line;
    }
    if (parser.isSet(journal)) {
        const QString dir = parser.value(journal);
        if (dir.trimmed().isEmpty()) {
            line.action = Action::Error;
            line.error = QCoreApplication::translate("CommandLine", "--journal needs a folder.");
            return line;
        }
        line.journalDir = QDir::cleanPath(QDir::current().absoluteFilePath(dir));
    }
    line.demo = parser.isSet(demo);
    if (parser.isSet(screenshots))
        line.screenshotDir =
            QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(screenshots)));
    return line;
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: aftercare [options]\n"
        "\n"
        "Aftercare is a private, encrypted journal for reflecting on tears, sadness or\n"
        "irritability during or after sex. Everything stays on this computer.\n"
        "\n"
        "Options:\n"
        "  --journal DIR   Open (or create) the journal in DIR instead of the default\n"
        "                  folder (%1).\n"
        "  --demo          Explore a throwaway demo journal with made-up entries. It lives\n"
        "                  in a temporary folder and is deleted when you quit.\n"
        "  -h, --help      Show this help and exit.\n"
        "  -v, --version   Show the version and exit.\n"
        "\n"
        "The command-line tool aftercare-cli works with the same journals.\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("aftercare %1\n").arg(QStringLiteral(AFTERCARE_VERSION));
}

} // namespace aftercare::ui
