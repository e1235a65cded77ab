// `check`: a thorough integrity check of the journal database.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

class CheckCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("check"),
            .synopsis = QString(),
            .summary = Cli::tr("check the journal for damage"),
            .description = Cli::tr(
                "Unlocks the journal and reads every page of it. Prints \"ok\" when all is well\n"
                "(and then takes the day's automatic snapshot); otherwise says what is wrong and\n"
                "exits with 5. The journal itself is never changed, so it is safe to run on a\n"
                "journal you are worried about."),
        };
    }

    core::Status run(CliContext& context, const ParsedArguments&) override
    {
        // No snapshot before the check: a damaged journal must not replace a good snapshot.
        auto journal = context.openJournal(CliContext::Snapshot::Skip);
        if (!journal)
            return std::unexpected(journal.error());
        if (auto checked = (*journal)->store().checkIntegrity(/*thorough=*/true); !checked)
            return checked;
        context.writeLine(QStringLiteral("ok"));
        // A check is asked for when someone worries about their journal: a snapshot that could
        // not be written is part of the answer, so it fails the command instead of only warning.
        if (auto taken = (*journal)->takeDailySnapshot(); !taken)
            return core::fail(taken.error().kind(),
                              QStringLiteral("The journal itself is sound, but today's snapshot "
                                             "could not be taken. %1")
                                  .arg(taken.error().message()));
        return {};
    }
};

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace aftercare::cli
