// `show`: one entry, labelled, or as its JSON object.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/EntryId.h"
#include "app/cli/EntryText.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

class ShowCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("show"),
            .synopsis = QStringLiteral("ID [--json]"),
            .summary = Cli::tr("show one entry"),
            .description = Cli::tr(
                "Shows the entry with the given id (see \"list\"), one field per line, or with\n"
                "--json as a JSON entry object."),
            .options = {{QStringLiteral("json"), {}, Cli::tr("print a JSON object")}},
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
        core::JournalStore& store = (*journal)->store();
        auto entry = store.entry(id);
        if (!entry)
            return std::unexpected(entry.error());
        if (arguments.isSet(QStringLiteral("json"))) {
            context.write(EntryText::jsonObject(*entry));
            return {};
        }
        auto partners = store.partners();
        if (!partners)
            return std::unexpected(partners.error());
        context.write(EntryText::details(*entry, *partners).toUtf8());
        return {};
    }
};

std::unique_ptr<Command> makeShowCommand()
{
    return std::make_unique<ShowCommand>();
}

} // namespace aftercare::cli
