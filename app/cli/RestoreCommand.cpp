// `restore`: a portable backup becomes a new journal in a new folder.
#include "app/cli/BackupSecret.h"
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/RecoveryCodeOutput.h"
#include "app/cli/Wording.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/PortableBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aftercare::cli {

using core::Error;

class RestoreCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("restore"),
            .synopsis = QStringLiteral("FILE --journal NEWDIR [--backup-passphrase-file FILE] "
                                       "[--recovery-code-file FILE]"),
            .summary = Cli::tr("make a new journal from an encrypted backup"),
            .description = Cli::tr(
                "Opens the backup FILE with its backup passphrase and creates a new journal in\n"
                "NEWDIR holding everything in it, protected by the journal passphrase you give\n"
                "(--passphrase-file, AFTERCARE_PASSPHRASE or a prompt). A folder that already\n"
                "holds a journal is refused. Prints the new journal's recovery code like "
                "\"init\"."),
            .options = {backupPassphraseOption(),
                        {QStringLiteral("recovery-code-file"), QStringLiteral("FILE"),
                         Cli::tr("write the new recovery code to FILE (must not exist "
                                 "yet)")}},
            .minPositional = 1,
            .maxPositional = 1,
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString backupFile = arguments.positional().first();
        const QString dir = context.journalDir();
        if (core::Journal::exists(dir))
            return core::fail(Error::Kind::AlreadyExists,
                              Cli::tr("there is already a journal in %1; restore only "
                                      "creates a new journal, so pass --journal with a new "
                                      "folder")
                                  .arg(dir));
        const QString codeFile = arguments.value(QStringLiteral("recovery-code-file"));
        if (auto ok = RecoveryCodeOutput::checkTarget(codeFile); !ok)
            return ok;
        if (!QFileInfo::exists(backupFile))
            return core::fail(Error::Kind::InvalidInput,
                              Cli::tr("there is no backup file %1").arg(backupFile));

        auto backupPassphrase = SecretReader::read(backupSecretSource(arguments, /*isNew=*/false));
        if (!backupPassphrase)
            return std::unexpected(backupPassphrase.error());
        auto document = core::PortableBackup::read(backupFile, *backupPassphrase);
        backupPassphrase->clear();
        if (!document)
            return std::unexpected(document.error());
        auto passphrase = context.readPassphrase(/*isNew=*/true);
        if (!passphrase)
            return std::unexpected(passphrase.error());

        const bool folderExisted = QFileInfo::exists(dir);
        auto created = core::Journal::create(dir, *passphrase);
        passphrase->clear();
        if (!created)
            return std::unexpected(created.error());
        auto counts = core::JournalExchange::import(created->journal->store(), *document);
        if (!counts) {
            created->recoveryCode.clear();
            created->journal->lock();
            removeHalfRestoredJournal(dir, folderExisted);
            return core::fail(
                counts.error().kind(),
                Cli::tr("%1; the new journal was removed again").arg(counts.error().message()));
        }
        CliContext::message(Cli::tr("Restored %1 and %2 into a new journal in %3.")
                                .arg(entryCount(document->entries.size()),
                                     checkInCount(document->checkIns.size()), dir));
        const core::Status delivered =
            RecoveryCodeOutput::deliver(context, created->recoveryCode, codeFile);
        created->recoveryCode.clear();
        created->journal->lock();
        return delivered;
    }

private:
    // Only what this command created goes: the whole folder if it made it, else the journal's
    // own files.
    static void removeHalfRestoredJournal(const QString& dir, bool folderExisted)
    {
        if (!folderExisted) {
            QDir(dir).removeRecursively();
            return;
        }
        const QString database = core::Journal::databasePath(dir);
        for (const QString& file :
             {database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
              core::Journal::keySlotPath(dir), core::Journal::lockFilePath(dir)})
            QFile::remove(file);
        QDir(core::Journal::backupsPath(dir)).removeRecursively();
    }
};

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace aftercare::cli
