// `import`: adds the contents of an aftercare-journal JSON file, all or nothing.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/InputFile.h"
#include "app/cli/Wording.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/JsonFormat.h"

namespace aftercare::cli {

class ImportCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("import"),
            .synopsis = QStringLiteral("FILE"),
            .summary = Cli::tr("import an exported journal (JSON)"),
            .description = Cli::tr(
                "Adds the partners, entries and check-ins of an aftercare-journal JSON file (as\n"
                "written by \"export --format json\"). The whole file is checked first; if\n"
                "anything in it is not acceptable, nothing is added. Records whose id is already\n"
                "in the journal are skipped. Prints how many were added and skipped."),
            .minPositional = 1,
            .maxPositional = 1,
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString path = arguments.positional().first();
        auto bytes = InputFile::read(path, core::JsonFormat::maxDocumentBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto document = core::JsonFormat::readDocument(*bytes);
        if (!document)
            return core::fail(
                document.error().kind(),
                Cli::tr("%1: %2; nothing was imported").arg(path, document.error().message()));

        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        auto counts = core::JournalExchange::import((*journal)->store(), *document);
        if (!counts)
            return std::unexpected(counts.error());
        context.writeLine(Cli::tr("added %1, skipped %2").arg(counts->added).arg(counts->skipped));
        return {};
    }
};

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace aftercare::cli
