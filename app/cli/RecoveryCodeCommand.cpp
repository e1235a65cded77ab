// `recovery-code`: replaces the recovery code with a new one (re-keying the journal), written
// once into a new private file.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/RecoveryCodeOutput.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

using core::Error;

class RecoveryCodeCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("recovery-code"),
            .synopsis = QStringLiteral("--output FILE"),
            .summary = Cli::tr("make a new recovery code (the old one stops working)"),
            .description = Cli::tr(
                "Makes a new recovery code and writes it to FILE, a new file readable only by\n"
                "you (it must not exist yet). The journal is unlocked with your passphrase and\n"
                "re-encrypted under a new key, so the old recovery code stops working at once,\n"
                "also with any copy of the old key file. The daily snapshots made before are\n"
                "deleted and a new one is taken. A copy of the journal folder made before now\n"
                "still opens with the old code. The new code is shown only this once."),
            .options = {{QStringLiteral("output"), QStringLiteral("FILE"),
                         Cli::tr("write the new recovery code to FILE (must not exist)")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        if (auto exists = context.requireJournal(); !exists)
            return exists;
        const QString output = arguments.value(QStringLiteral("output"));
        if (output.isEmpty())
            return core::fail(Error::Kind::Usage,
                              Cli::tr("say where the new recovery code goes with --output "
                                      "FILE (a new file; it is shown only once)"));
        if (auto ok = RecoveryCodeOutput::checkTarget(output); !ok)
            return ok;
        auto passphrase = context.readPassphrase();
        if (!passphrase)
            return std::unexpected(passphrase.error());
        // The passphrase slot is sealed afresh for the new key, so it is needed again after the
        // unlock (which wipes the copy it is given).
        core::SecretBytes unlockWith = *passphrase;
        auto journal = context.openJournalWith(unlockWith, CliContext::Snapshot::Skip);
        if (!journal) {
            passphrase->clear();
            return std::unexpected(journal.error());
        }
        auto code = (*journal)->replaceRecoveryCode(*passphrase);
        passphrase->clear();
        if (!code)
            return std::unexpected(code.error());
        CliContext::takeDailySnapshot(**journal);
        const core::Status delivered = RecoveryCodeOutput::deliver(
            context, *code, output, Cli::tr("The recovery code was replaced"));
        code->clear();
        CliContext::message(Cli::tr("The old recovery code no longer opens this journal. "
                                    "Copies of the journal folder made before now still "
                                    "open with it."));
        return delivered;
    }
};

std::unique_ptr<Command> makeRecoveryCodeCommand()
{
    return std::make_unique<RecoveryCodeCommand>();
}

} // namespace aftercare::cli
