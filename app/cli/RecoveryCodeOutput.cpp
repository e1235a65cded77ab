#include "app/cli/RecoveryCodeOutput.h"

#include "app/cli/CliContext.h"
#include "app/cli/Wording.h"
#include "core/exchange/SafeFile.h"

#include <QFileInfo>
#include <sodium.h>

namespace aftercare::cli::RecoveryCodeOutput {

using core::Error;

core::Status checkTarget(const QString& filePath)
{
    if (!filePath.isEmpty() && QFileInfo::exists(filePath))
        return core::fail(Error::Kind::AlreadyExists,
                          Cli::tr("%1 already exists and was left alone (it might hold "
                                  "another journal's recovery code); choose a new file")
                              .arg(filePath));
    return filePath.isEmpty() ? core::Status() : core::SafeFile::checkTarget(filePath);
}

core::Status deliver(CliContext& context, const core::SecretBytes& code, const QString& filePath,
                     const QString& done)
{
    QByteArray line(reinterpret_cast<const char*>(code.data()), qsizetype(code.size()));
    line += '\n';
    core::Status written = checkTarget(filePath);
    if (written && !filePath.isEmpty())
        written = core::SafeFile::write(filePath, line);
    if (filePath.isEmpty() || !written)
        context.write(line);
    sodium_memzero(line.data(), std::size_t(line.size()));
    if (!written)
        return core::fail(written.error().kind(),
                          Cli::tr("%1. %2; its recovery code was printed above instead: "
                                  "keep it somewhere safe, it will not be shown again")
                              .arg(written.error().message(),
                                   done.isEmpty() ? Cli::tr("Your journal was created") : done));

    const QString where = filePath.isEmpty()
                              ? Cli::tr("Above is your recovery code.")
                              : Cli::tr("Your recovery code is in %1 (readable only by "
                                        "you).")
                                    .arg(filePath);
    CliContext::message(where +
                        Cli::tr(" If you ever forget your passphrase, it is the only way back into "
                                "your journal, and it will not be shown again. Write it down or "
                                "keep it in a password manager, somewhere only you can reach."));
    return {};
}

} // namespace aftercare::cli::RecoveryCodeOutput
