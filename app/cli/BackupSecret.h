// Where the passphrase of a portable backup comes from, for `backup` and `restore`.
#pragma once

#include "app/cli/ArgumentParser.h"
#include "app/cli/SecretReader.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

inline OptionSpec backupPassphraseOption()
{
    return {QStringLiteral("backup-passphrase-file"), QStringLiteral("FILE"),
            Cli::tr("read the backup passphrase from the first line of FILE (else "
                    "AFTERCARE_BACKUP_PASSPHRASE, else a prompt)")};
}

inline SecretSource backupSecretSource(const ParsedArguments& arguments, bool isNew)
{
    return {.what = Cli::tr("backup passphrase"),
            .fileOption = QStringLiteral("--backup-passphrase-file"),
            .filePath = arguments.value(QStringLiteral("backup-passphrase-file")),
            .environment = QStringLiteral("AFTERCARE_BACKUP_PASSPHRASE"),
            .isNew = isNew};
}

} // namespace aftercare::cli
