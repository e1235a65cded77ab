// `list`: entries, newest first, as a table or as JSON.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/DateArgument.h"
#include "app/cli/EntryText.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

class ListCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("list"),
            .synopsis = QStringLiteral("[--json] [--from DATE] [--to DATE] [--tag LABEL]..."),
            .summary = Cli::tr("list entries, newest first"),
            .description = Cli::tr(
                "Lists entries, newest first, as a table (date, tears, tension, thoughts,\n"
                "reasons, how much it bothers you, id) or with --json as a JSON array of entry\n"
                "objects. DATE is YYYY-MM-DD (--from: the start of that day, --to: its end) or a\n"
                "date and time such as 2026-11-26T21:30. --tag may be given more than once: only\n"
                "entries with every one of those tags are listed (upper and lower case do not\n"
                "matter)."),
            .options = {{QStringLiteral("json"), {}, Cli::tr("print a JSON array")},
                        {QStringLiteral("from"), QStringLiteral("DATE"),
                         Cli::tr("only entries on or after DATE")},
                        {QStringLiteral("to"), QStringLiteral("DATE"),
                         Cli::tr("only entries on or before DATE")},
                        {QStringLiteral("tag"), QStringLiteral("LABEL"),
                         Cli::tr("only entries with this tag (repeatable: all must match)"), true}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        auto range = DateArgument::range(arguments);
        if (!range)
            return std::unexpected(range.error());
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        core::EntryQuery query;
        query.from = range->from;
        query.to = range->to;
        query.tags = arguments.values(QStringLiteral("tag"));
        auto entries = (*journal)->store().entries(query);
        if (!entries)
            return std::unexpected(entries.error());

        if (arguments.isSet(QStringLiteral("json"))) {
            context.write(EntryText::jsonArray(*entries));
        } else if (entries->isEmpty()) {
            CliContext::message(!query.tags.isEmpty() ? Cli::tr("no entries with those tags")
                                : range->from.isValid() || range->to.isValid()
                                    ? Cli::tr("no entries in that range")
                                    : Cli::tr("the journal has no entries yet"));
        } else {
            context.write(EntryText::table(*entries).toUtf8());
        }
        return {};
    }
};

std::unique_ptr<Command> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace aftercare::cli
