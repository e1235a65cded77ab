// `passwd`: changes the journal passphrase, unlocking with the old one or the recovery code.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/SecretReader.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

class PasswdCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("passwd"),
            .synopsis = QStringLiteral("[--new-passphrase-file FILE] [--recovery-code-file FILE]"),
            .summary = Cli::tr("change the passphrase (or set a new one with the recovery "
                               "code)"),
            .description = Cli::tr(
                "Changes the journal passphrase. The journal is unlocked with the current\n"
                "passphrase (--passphrase-file, AFTERCARE_PASSPHRASE or a prompt) or, if it is\n"
                "lost, with the recovery code from --recovery-code-file. The new passphrase\n"
                "comes from --new-passphrase-file, else AFTERCARE_NEW_PASSPHRASE, else you are\n"
                "asked twice. The journal gets a new key and is re-encrypted under it, so the\n"
                "old passphrase stops working (also with any copy of the old key file); the\n"
                "recovery code stays valid. The daily snapshots in backups/ are deleted (they\n"
                "would open with the old passphrase) and a new one is taken. A copy of the\n"
                "journal folder made before the change still opens with the old passphrase."),
            .options = {{QStringLiteral("new-passphrase-file"), QStringLiteral("FILE"),
                         Cli::tr("read the new passphrase from the first line of FILE")},
                        {QStringLiteral("recovery-code-file"), QStringLiteral("FILE"),
                         Cli::tr("unlock with the recovery code in FILE instead of the "
                                 "current passphrase")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        if (auto exists = context.requireJournal(); !exists)
            return exists;
        // Every secret is gathered before the slow unlock, so a missing one fails at once.
        const QString codeFile = arguments.value(QStringLiteral("recovery-code-file"));
        auto oldSecret = codeFile.isEmpty()
                             ? context.readPassphrase()
                             : SecretReader::readFirstLine(codeFile, Cli::tr("recovery code"));
        if (!oldSecret)
            return std::unexpected(oldSecret.error());
        auto newPassphrase =
            SecretReader::read({.what = Cli::tr("new passphrase"),
                                .fileOption = QStringLiteral("--new-passphrase-file"),
                                .filePath = arguments.value(QStringLiteral("new-passphrase-file")),
                                .environment = QStringLiteral("AFTERCARE_NEW_PASSPHRASE"),
                                .isNew = true});
        if (!newPassphrase)
            return std::unexpected(newPassphrase.error());

        auto journal =
            codeFile.isEmpty()
                ? context.openJournalWith(*oldSecret, CliContext::Snapshot::Take)
                : core::Journal::unlockWithRecoveryCode(context.journalDir(), *oldSecret);
        // With the recovery code at hand it is sealed afresh (this also carries a code from a
        // key file made before re-keying existed over to the new key).
        core::SecretBytes recoveryCode = codeFile.isEmpty() ? core::SecretBytes() : *oldSecret;
        oldSecret->clear();
        if (!journal)
            return std::unexpected(journal.error());
        if (!codeFile.isEmpty())
            CliContext::takeDailySnapshot(**journal);
        auto plan = (*journal)->planRekey(*newPassphrase, recoveryCode);
        newPassphrase->clear();
        recoveryCode.clear();
        if (!plan) {
            if (plan.error().kind() == core::Error::Kind::Usage &&
                !(*journal)->keepsRecoveryCodeOnRekey())
                return core::fail(core::Error::Kind::InvalidInput,
                                  plan.error().message() +
                                      Cli::tr(" Run `aftercare-cli recovery-code --output "
                                              "FILE`, or give the current code with "
                                              "--recovery-code-file."));
            return std::unexpected(plan.error());
        }
        if (const core::Status changed = (*journal)->applyRekey(*plan); !changed)
            return changed;
        CliContext::takeDailySnapshot(**journal);
        CliContext::message(
            Cli::tr("Your passphrase was changed and the journal re-encrypted with a new key. "
                    "Your recovery code still works. Earlier daily snapshots were deleted and a "
                    "new one taken. Copies of the journal folder made before now still open with "
                    "the old passphrase."));
        return {};
    }
};

std::unique_ptr<Command> makePasswdCommand()
{
    return std::make_unique<PasswdCommand>();
}

} // namespace aftercare::cli
