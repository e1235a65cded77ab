// `backup`: the whole journal in one file encrypted with a backup passphrase.
#include "app/cli/BackupSecret.h"
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/Wording.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/PortableBackup.h"
#include "core/exchange/SafeFile.h"

namespace aftercare::cli {

using core::Error;

class BackupCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("backup"),
            .synopsis = QStringLiteral("--output FILE [--backup-passphrase-file FILE]"),
            .summary = Cli::tr("write an encrypted backup you can restore elsewhere"),
            .description = Cli::tr(
                "Writes the whole journal to FILE, encrypted with a backup passphrase of its\n"
                "own, so it can be kept on another disk and restored on another computer with\n"
                "\"restore\". Without the backup passphrase the file cannot be opened by anyone,\n"
                "you included."),
            .options = {{QStringLiteral("output"), QStringLiteral("FILE"),
                         Cli::tr("where to write the backup (required)")},
                        backupPassphraseOption()},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString output = arguments.value(QStringLiteral("output"));
        if (output.isEmpty())
            return core::fail(Error::Kind::Usage, Cli::tr("backup needs --output FILE"));
        if (auto writable = core::SafeFile::checkTarget(output); !writable)
            return writable;
        if (auto exists = context.requireJournal(); !exists)
            return exists;
        auto passphrase = context.readPassphrase();
        if (!passphrase)
            return std::unexpected(passphrase.error());
        auto backupPassphrase = SecretReader::read(backupSecretSource(arguments, /*isNew=*/true));
        if (!backupPassphrase)
            return std::unexpected(backupPassphrase.error());

        auto journal = context.openJournalWith(*passphrase, CliContext::Snapshot::Take);
        if (!journal)
            return std::unexpected(journal.error());
        auto document = core::JournalExchange::collect((*journal)->store());
        if (!document)
            return std::unexpected(document.error());
        const core::Status written =
            core::PortableBackup::write(output, *document, *backupPassphrase);
        backupPassphrase->clear();
        if (!written)
            return written;
        CliContext::message(Cli::tr("Wrote an encrypted backup of %1 to %2. You "
                                    "will need the backup passphrase to restore it.")
                                .arg(entryCount(document->entries.size()), output));
        return {};
    }
};

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace aftercare::cli
