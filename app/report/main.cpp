// aftercare-report: the therapist summary as a PDF, from a terminal. Making a PDF needs QtGui
// (fonts, painting), and aftercare-cli links only the core, so the PDF lives in this separate
// small tool; `aftercare-cli export --format pdf` hands its arguments over to it. It never opens
// a window (it runs on the offscreen platform), so it works over SSH and in scripts.
#include "app/cli/InputFile.h"
#include "app/cli/SecretReader.h"
#include "app/cli/Wording.h"
#include "core/Clock.h"
#include "core/demo/DemoData.h"
#include "core/exchange/SafeFile.h"
#include "core/Hardening.h"
#include "core/i18n/Translations.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/Journal.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPageSize.h"
#include "ui/report/ReportPdfWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <sodium.h>

using namespace aftercare;
using cli::Cli;
using core::Error;

namespace {

constexpr int exitUsage = 2;
// --demo: about as much as the app's demo journal holds (a year and a half of reflections).
constexpr int demoEntries = 250;
constexpr int demoDays = 540;

void message(const QString& text)
{
    QTextStream(stderr) << "aftercare-report: " << text << Qt::endl;
}

int failWith(const Error& error)
{
    message(error.message());
    return error.exitCode();
}

int usage(const QString& text)
{
    message(text);
    message(Cli::tr("Try \"aftercare-report --help\"."));
    return exitUsage;
}

// A calendar day, YYYY-MM-DD; a full ISO 8601 date-time counts as its own day.
core::Result<QDate> parseDay(const QString& text, const QString& option)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        day = QDateTime::fromString(text, Qt::ISODate).date();
    if (!day.isValid())
        return core::fail(
            Error::Kind::InvalidInput,
            QStringLiteral("--%1: \"%2\" is not a date like 2025-06-30").arg(option, text));
    return day;
}

struct Arguments
{
    QString journal;
    QString passphraseFile;
    std::optional<core::SecretBytes> passphrase; // read with the words from standard input
    QString output;
    core::ReportOptions options;
    QPageSize paper;
};

// The words for the first page, from a file or ("-") standard input — never from the command
// line. When the passphrase comes from standard input too, it is the first line and the words
// are the rest (how aftercare-cli hands both over in one pipe).
core::Status readTalkAbout(const QString& file, Arguments& a)
{
    if (file.isEmpty())
        return {};
    constexpr qint64 maxBytes = 128 * 1024;
    auto bytes = cli::InputFile::read(file, maxBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    qsizetype start = 0;
    if (file == u"-" && (a.passphraseFile == u"-" || a.passphraseFile == u"/dev/stdin")) {
        qsizetype end = bytes->indexOf('\n');
        if (end < 0)
            end = bytes->size();
        start = std::min(end + 1, bytes->size());
        if (end > 0 && bytes->at(end - 1) == '\r')
            --end;
        QByteArray line = bytes->left(end);
        a.passphrase = core::SecretBytes::takeFrom(line);
        sodium_memzero(bytes->data(), std::size_t(start));
    }
    a.options.talkAbout = QString::fromUtf8(bytes->mid(start));
    return {};
}

core::Result<Arguments> parse(QCommandLineParser& parser)
{
    Arguments a;
    a.output = parser.value(QStringLiteral("output"));
    if (a.output.isEmpty())
        return core::fail(Error::Kind::Usage, Cli::tr("--output FILE is required"));
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != u"pdf")
        return core::fail(Error::Kind::Usage,
                          Cli::tr("--format: \"%1\" is not pdf (aftercare-cli export "
                                  "writes json and csv)")
                              .arg(format));
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        auto day = parseDay(parser.value(option), option);
        if (!day)
            return std::unexpected(day.error());
        (option == u"from" ? a.options.from : a.options.to) = *day;
    }
    if (a.options.from.isValid() && a.options.to.isValid() && a.options.from > a.options.to)
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("--from is after --to: nothing could be in between"));
    if (parser.isSet(QStringLiteral("sections"))) {
        auto sections = core::parseReportSections(parser.value(QStringLiteral("sections")));
        if (!sections)
            return std::unexpected(sections.error());
        a.options.sections = *sections;
    }
    a.options.includeNotes = parser.isSet(QStringLiteral("include-notes"));
    a.options.realPartnerNames = parser.isSet(QStringLiteral("real-partner-names"));

    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper.isEmpty())
        a.paper = ui::ReportPageSize::forLocale(QLocale::system());
    else if (paper == u"a4")
        a.paper = QPageSize(QPageSize::A4);
    else if (paper == u"letter")
        a.paper = QPageSize(QPageSize::Letter);
    else
        return core::fail(Error::Kind::Usage,
                          Cli::tr("--paper: \"%1\" is not a4 or letter").arg(paper));

    a.journal = parser.value(QStringLiteral("journal"));
    if (a.journal.isEmpty())
        a.journal = core::Journal::defaultLocation();
    a.passphraseFile = parser.value(QStringLiteral("passphrase-file"));
    if (auto read = readTalkAbout(parser.value(QStringLiteral("talk-about-file")), a); !read)
        return std::unexpected(read.error());
    return a;
}

// Unlocks the journal, reads the period and locks it again before the slow layout starts.
core::Result<core::TherapistReport> reportFromJournal(const Arguments& arguments,
                                                      const QDateTime& now)
{
    if (!core::Journal::exists(arguments.journal))
        return core::fail(Error::Kind::NotFound,
                          Cli::tr("There is no journal in %1. Create one with the app or "
                                  "\"aftercare-cli init\", or try --demo.")
                              .arg(arguments.journal));
    // Before the slow parts (key derivation, layout): a folder that does not exist fails now.
    if (auto target = core::SafeFile::checkTarget(arguments.output); !target)
        return std::unexpected(target.error());
    auto passphrase =
        arguments.passphrase
            ? core::Result<core::SecretBytes>(*arguments.passphrase)
            : cli::SecretReader::read(cli::SecretSource{
                  QStringLiteral("passphrase"), QStringLiteral("--passphrase-file"),
                  arguments.passphraseFile, QStringLiteral("AFTERCARE_PASSPHRASE"), false});
    if (!passphrase)
        return std::unexpected(passphrase.error());
    auto journal = core::Journal::unlock(arguments.journal, *passphrase);
    passphrase->clear();
    if (!journal)
        return std::unexpected(journal.error());
    auto report = core::ReportBuilder::build((*journal)->store(), arguments.options, now);
    (*journal)->lock();
    return report;
}

} // namespace

int main(int argc, char* argv[])
{
    core::hardenProcess();
    // Never a window: fonts and painting work the same on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The same names as the app and the CLI, so all three find the same default journal.
    QApplication::setApplicationName(QStringLiteral("Aftercare"));
    QApplication::setOrganizationName(QStringLiteral("Aftercare"));
    QApplication::setApplicationVersion(QStringLiteral(AFTERCARE_VERSION));
    // The language of the system (LANG, LANGUAGE), like aftercare-cli, which starts this tool.
    core::Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a summary of the journal to share with a therapist, as a PDF. Notes and "
                "partner names stay out unless you ask for them. The PDF is NOT encrypted."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("output"),
         Cli::tr("Write the PDF to FILE (required); an existing "
                 "file is replaced only once the new one is "
                 "complete."),
         QStringLiteral("FILE")},
        {QStringLiteral("from"), Cli::tr("Start on DATE (default: the first reflection)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), Cli::tr("End on DATE (default: today)."), QStringLiteral("DATE")},
        {QStringLiteral("include-notes"), Cli::tr("Include notes and thoughts.")},
        {QStringLiteral("real-partner-names"),
         Cli::tr("Show partners' labels instead of Partner A, B…")},
        {QStringLiteral("sections"),
         Cli::tr("Only these sections, comma-separated: overview, charts, findings, "
                 "checkins, partners, tags, entries, legend. Default: all but tags (your "
                 "own labels are in the summary only when you name them here)."),
         QStringLiteral("LIST")},
        {QStringLiteral("talk-about-file"),
         Cli::tr("A few words for the first page (what you would like to talk about), "
                 "read from FILE, or from standard input for -; after the passphrase's "
                 "line when that comes from standard input too."),
         QStringLiteral("FILE")},
        {QStringLiteral("paper"), Cli::tr("a4 or letter (default: from your locale)."),
         QStringLiteral("SIZE")},
        {QStringLiteral("format"), Cli::tr("Accepted for aftercare-cli; must be pdf."),
         QStringLiteral("pdf")},
        {QStringLiteral("demo"),
         Cli::tr("Summarise a generated demo journal instead of yours (to try it out or "
                 "for screenshots); no journal or passphrase is needed.")},
        {QStringLiteral("journal"),
         Cli::tr("The journal folder (default: %1).").arg(core::Journal::defaultLocation()),
         QStringLiteral("DIR")},
        {QStringLiteral("passphrase-file"),
         Cli::tr("Read the passphrase from the first line of FILE (else "
                 "AFTERCARE_PASSPHRASE, else a prompt)."),
         QStringLiteral("FILE")},
    });
    if (!parser.parse(QApplication::arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "aftercare-report " << AFTERCARE_VERSION << Qt::endl;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(
            Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    auto arguments = parse(parser);
    if (!arguments)
        return arguments.error().kind() == Error::Kind::Usage ? usage(arguments.error().message())
                                                              : failWith(arguments.error());
    const QDateTime now = core::Clock::instance().now();
    core::Result<core::TherapistReport> report = core::fail(Error::Kind::Other, {});
    if (parser.isSet(QStringLiteral("demo"))) {
        if (auto target = core::SafeFile::checkTarget(arguments->output); !target)
            return failWith(target.error());
        const core::JournalDocument demo = core::DemoData::generate(demoEntries, now, demoDays);
        report = core::ReportBuilder::build({demo.entries, demo.checkIns, demo.partners, {}},
                                            arguments->options, now);
        report->cover.privacyNotes.prepend(
            Cli::tr("DEMO: made from generated example data, not from anyone's journal."));
    } else {
        report = reportFromJournal(*arguments, now);
    }
    if (!report)
        return failWith(report.error());
    const ui::ReportDocument document(*report, arguments->paper);
    const auto bytes = ui::ReportPdfWriter::write(document);
    if (!bytes)
        return failWith(bytes.error());
    if (auto written = core::SafeFile::write(arguments->output, *bytes); !written)
        return failWith(written.error());
    message(Cli::tr("Wrote a %n-page summary to %1. It is not encrypted: keep it "
                    "somewhere private.",
                    nullptr, document.pageCount())
                .arg(arguments->output));
    return 0;
}
