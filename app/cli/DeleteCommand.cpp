// `delete`: removes one entry.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/EntryId.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

class DeleteCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("delete"),
            .synopsis = QStringLiteral("ID"),
            .summary = Cli::tr("delete one entry"),
            .description = Cli::tr(
                "Deletes the entry with the given id (see \"list\"). The automatic daily\n"
                "snapshots in the journal folder still hold it until they are rotated out."),
            .minPositional = 1,
            .maxPositional = 1,
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString id = arguments.positional().first();
        if (auto ok = checkEntryId(id); !ok)
            return ok;
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        if (auto deleted = (*journal)->store().deleteEntry(id); !deleted)
            return deleted;
        CliContext::message(Cli::tr("Deleted entry %1.").arg(id));
        return {};
    }
};

std::unique_ptr<Command> makeDeleteCommand()
{
    return std::make_unique<DeleteCommand>();
}

} // namespace aftercare::cli
