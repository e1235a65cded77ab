// `export`: the journal, or a date range of it, as JSON or CSV.
#include "CliContext.h"
#include "CommandList.h"
#include "DateArgument.h"
#include "exchange/CsvFormat.h"
#include "exchange/JournalExchange.h"
#include "exchange/JsonFormat.h"
#include "exchange/SafeFile.h"
#include "Wording.h"

namespace aftercare::cli {

using core::Error;

class ExportCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("export"),
            .synopsis =
                QStringLiteral("--format json|csv [--from DATE] [--to DATE] [--output FILE]"),
            .summary = QStringLiteral("export entries as JSON or CSV (not encrypted)"),
            .description = QStringLiteral(
                "Writes the journal (or the entries between --from and --to) as an\n"
                "aftercare-journal JSON file, which \"import\" reads back, or as CSV for a\n"
                "spreadsheet. Goes to stdout, or to FILE, which is replaced only once the new\n"
                "file is complete. The result is NOT encrypted; for a protected copy use\n"
                "\"backup\"."),
            .options = {{QStringLiteral("format"), QStringLiteral("json|csv"),
                         QStringLiteral("the file format (required)")},
                        {QStringLiteral("from"), QStringLiteral("DATE"),
                         QStringLiteral("only entries on or after DATE")},
                        {QStringLiteral("to"), QStringLiteral("DATE"),
                         QStringLiteral("only entries on or before DATE")},
                        {QStringLiteral("output"), QStringLiteral("FILE"),
                         QStringLiteral("write to FILE instead of stdout")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString format = arguments.value(QStringLiteral("format"));
        if (format != u"json" && format != u"csv")
            return core::fail(
                Error::Kind::Usage,
                format.isEmpty()
                    ? QStringLiteral("export needs --format json or --format csv")
                    : QStringLiteral("--format: \"%1\" is not json or csv").arg(format));
        auto range = DateArgument::range(arguments);
        if (!range)
            return std::unexpected(range.error());
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
        CliContext::message(
            QStringLiteral("Exported %1 to %2. That file is not "
                           "encrypted: keep it somewhere private.")
                .arg(countOf(document->entries.size(), "entry", "entries"), output));
        return {};
    }
};

std::shared_ptr<Command> makeExportCommand()
{
    return std::make_shared<ExportCommand>();
}

} // namespace aftercare::cli
