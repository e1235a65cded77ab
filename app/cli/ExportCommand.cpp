// `export`: the journal, or a date range of it, as JSON or CSV; or the therapist summary as PDF,
// which aftercare-report makes (see ReportHandOver).
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/DateArgument.h"
#include "app/cli/InputFile.h"
#include "app/cli/ReportHandOver.h"
#include "app/cli/Wording.h"
#include "core/exchange/CsvFormat.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/SafeFile.h"
#include "core/report/ReportOptions.h"

namespace aftercare::cli {

using core::Error;

class ExportCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("export"),
            .synopsis = QStringLiteral("--format json|csv|pdf [--from DATE] [--to DATE] [--output "
                                       "FILE] [PDF OPTIONS]"),
            .summary = Cli::tr("export entries as JSON or CSV, or a summary as PDF (not "
                               "encrypted)"),
            .description = Cli::tr(
                "Writes the journal (or the entries between --from and --to) as an\n"
                "aftercare-journal JSON file, which \"import\" reads back, or as CSV for a\n"
                "spreadsheet. Goes to stdout, or to FILE, which is replaced only once the new\n"
                "file is complete.\n\n"
                "--format pdf writes the summary to share with a therapist (the same as the\n"
                "app's Export page) to FILE; --output is required. Notes and partners' labels\n"
                "stay out unless you ask for them. The PDF is made by aftercare-report, which\n"
                "is installed next to aftercare-cli.\n\n"
                "The result is NOT encrypted; for a protected copy use \"backup\"."),
            .options = {{QStringLiteral("format"), QStringLiteral("json|csv|pdf"),
                         Cli::tr("the file format (required)")},
                        {QStringLiteral("from"), QStringLiteral("DATE"),
                         Cli::tr("only entries on or after DATE")},
                        {QStringLiteral("to"), QStringLiteral("DATE"),
                         Cli::tr("only entries on or before DATE")},
                        {QStringLiteral("output"), QStringLiteral("FILE"),
                         Cli::tr("write to FILE instead of stdout (required for pdf)")},
                        {QStringLiteral("include-notes"), QString(),
                         Cli::tr("pdf: include notes and thoughts")},
                        {QStringLiteral("real-partner-names"), QString(),
                         Cli::tr("pdf: partners' labels instead of Partner A, B…")},
                        {QStringLiteral("sections"), QStringLiteral("LIST"),
                         Cli::tr("pdf: only these sections, comma-separated: overview, charts, "
                                 "findings, checkins, partners, tags, entries, legend (default: "
                                 "all but tags, your own labels)")},
                        {QStringLiteral("talk-about-file"), QStringLiteral("FILE"),
                         Cli::tr("pdf: a few words for the first page, read from FILE")},
                        {QStringLiteral("talk-about"), QStringLiteral("-"),
                         Cli::tr("pdf: the same, read from standard input")},
                        {QStringLiteral("paper"), QStringLiteral("a4|letter"),
                         Cli::tr("pdf: the paper size (default: from your locale)")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString format = arguments.value(QStringLiteral("format"));
        if (format != u"json" && format != u"csv" && format != u"pdf")
            return core::fail(
                Error::Kind::Usage,
                format.isEmpty() ? Cli::tr("export needs --format json, csv or pdf")
                                 : Cli::tr("--format: \"%1\" is not json, csv or pdf").arg(format));
        if (format != u"pdf") {
            for (const char* pdfOnly : {"include-notes", "real-partner-names", "sections",
                                        "talk-about", "talk-about-file", "paper"}) {
                if (arguments.isSet(QLatin1String(pdfOnly)))
                    return core::fail(
                        Error::Kind::Usage,
                        Cli::tr("--%1 is for --format pdf only").arg(QLatin1String(pdfOnly)));
            }
        }
        auto range = DateArgument::range(arguments);
        if (!range)
            return std::unexpected(range.error());
        if (format == u"pdf")
            return exportPdf(context, arguments, *range);
        const QString output = arguments.value(QStringLiteral("output"));
        if (!output.isEmpty()) {
            if (auto writable = core::SafeFile::checkTarget(output); !writable)
                return writable;
        }

        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        auto document = core::JournalExchange::collect((*journal)->store(), range->from, range->to);
        if (!document)
            return std::unexpected(document.error());
        const QByteArray bytes =
            format == u"json" ? core::JsonFormat::writeDocument(*document)
                              : core::CsvFormat::write(document->entries, document->partners);

        if (output.isEmpty()) {
            context.write(bytes);
            return {};
        }
        if (auto written = core::SafeFile::write(output, bytes); !written)
            return written;
        CliContext::message(Cli::tr("Exported %1 to %2. That file is not "
                                    "encrypted: keep it somewhere private.")
                                .arg(entryCount(document->entries.size()), output));
        return {};
    }

private:
    // Checks everything it can itself (so mistakes are reported the same way as for the other
    // formats, before any passphrase is asked for), then hands over to aftercare-report.
    static core::Status exportPdf(CliContext& context, const ParsedArguments& arguments,
                                  const DateArgument::Range& range)
    {
        const QString output = arguments.value(QStringLiteral("output"));
        if (output.isEmpty())
            return core::fail(Error::Kind::Usage,
                              Cli::tr("--format pdf needs --output FILE (a PDF is not "
                                      "written to the terminal)"));
        if (arguments.isSet(QStringLiteral("sections"))) {
            if (auto sections =
                    core::parseReportSections(arguments.value(QStringLiteral("sections")));
                !sections)
                return std::unexpected(sections.error());
        }
        const QString paper = arguments.value(QStringLiteral("paper")).toLower();
        if (!paper.isEmpty() && paper != u"a4" && paper != u"letter")
            return core::fail(Error::Kind::Usage,
                              Cli::tr("--paper: \"%1\" is not a4 or letter").arg(paper));
        auto talkAbout = readTalkAbout(arguments);
        if (!talkAbout)
            return std::unexpected(talkAbout.error());
        if (auto tool = ReportHandOver::requireTool(); !tool)
            return tool;
        if (auto journal = context.requireJournal(); !journal)
            return journal;
        if (auto writable = core::SafeFile::checkTarget(output); !writable)
            return writable;

        QStringList tool{QStringLiteral("--journal"), context.journalDir(),
                         QStringLiteral("--output"), output,
                         // The pipe ReportHandOver connects to the tool's standard input.
                         QStringLiteral("--passphrase-file"), QStringLiteral("/dev/stdin")};
        if (range.from.isValid())
            tool << QStringLiteral("--from") << range.from.date().toString(Qt::ISODate);
        if (range.to.isValid())
            tool << QStringLiteral("--to") << range.to.date().toString(Qt::ISODate);
        for (const char* flag : {"include-notes", "real-partner-names"}) {
            if (arguments.isSet(QLatin1String(flag)))
                tool << QStringLiteral("--") + QLatin1String(flag);
        }
        for (const char* option : {"sections", "paper"}) {
            if (arguments.isSet(QLatin1String(option)))
                tool << QStringLiteral("--") + QLatin1String(option)
                     << arguments.value(QLatin1String(option));
        }
        // The words follow the passphrase on the tool's standard input, never in its argv.
        if (!talkAbout->isEmpty())
            tool << QStringLiteral("--talk-about-file") << QStringLiteral("-");
        auto passphrase = context.readPassphrase();
        if (!passphrase)
            return std::unexpected(passphrase.error());
        return ReportHandOver::run(tool, *passphrase, *talkAbout);
    }

    // What the user would like to talk about, from --talk-about-file or stdin ("--talk-about -").
    // Text on the command line itself is refused: other programs can read a process's arguments
    // in /proc, and the shell keeps them in its history.
    static core::Result<QByteArray> readTalkAbout(const ParsedArguments& arguments)
    {
        const bool fromStdin = arguments.isSet(QStringLiteral("talk-about"));
        const QString file = arguments.value(QStringLiteral("talk-about-file"));
        if (fromStdin && arguments.value(QStringLiteral("talk-about")) != u"-")
            return core::fail(
                Error::Kind::Usage,
                Cli::tr("--talk-about no longer takes the words on the command line, "
                        "where other programs and your shell history can see them. Put "
                        "them in a file and use --talk-about-file FILE, or pipe them in "
                        "with --talk-about -"));
        if (fromStdin && !file.isEmpty())
            return core::fail(Error::Kind::Usage,
                              Cli::tr("give either --talk-about-file or --talk-about -, "
                                      "not both"));
        if (!fromStdin && file.isEmpty())
            return QByteArray();
        return InputFile::read(fromStdin ? QStringLiteral("-") : file,
                               ReportHandOver::maxTalkAboutBytes);
    }
};

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace aftercare::cli
