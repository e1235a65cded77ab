// `init`: creates a new journal and hands over its recovery code once.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/RecoveryCodeOutput.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

using core::Error;

class InitCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("init"),
            .synopsis = QStringLiteral("[--recovery-code-file FILE]"),
            .summary = Cli::tr("create a new journal"),
            .description = Cli::tr(
                "Creates a new encrypted journal in the journal folder, protected by the\n"
                "passphrase you give. Prints its recovery code on stdout (alone, so a script can\n"
                "capture it) or writes it to a new file readable only by you. The code is the\n"
                "only way back in if the passphrase is lost, and it is shown only this once."),
            .options = {{QStringLiteral("recovery-code-file"), QStringLiteral("FILE"),
                         Cli::tr("write the recovery code to FILE (must not exist yet)")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString dir = context.journalDir();
        if (core::Journal::exists(dir))
            return core::fail(Error::Kind::AlreadyExists,
                              Cli::tr("there is already a journal in %1; nothing was "
                                      "changed")
                                  .arg(dir));
        const QString codeFile = arguments.value(QStringLiteral("recovery-code-file"));
        if (auto ok = RecoveryCodeOutput::checkTarget(codeFile); !ok)
            return ok;
        auto passphrase = context.readPassphrase(/*isNew=*/true);
        if (!passphrase)
            return std::unexpected(passphrase.error());

        auto created = core::Journal::create(dir, *passphrase);
        passphrase->clear();
        if (!created)
            return std::unexpected(created.error());
        CliContext::message(Cli::tr("Created a new journal in %1.").arg(dir));
        const core::Status delivered =
            RecoveryCodeOutput::deliver(context, created->recoveryCode, codeFile);
        created->recoveryCode.clear();
        created->journal->lock();
        return delivered;
    }
};

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace aftercare::cli
