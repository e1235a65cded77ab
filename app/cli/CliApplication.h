// The top level of aftercare-cli: global options, --help/--version, picking the command, and
// turning an Error into a message on stderr and an exit code.
#pragma once

#include "app/cli/Command.h"

#include <QStringList>

namespace aftercare::cli {

class CliApplication
{
public:
    // `arguments` excludes the program name. Returns the process exit code.
    int run(const QStringList& arguments);

private:
    int runCommand(Command& command, const QString& journalDir, const QString& passphraseFile,
                   const QStringList& arguments);
    static int usageError(const QString& message, const QString& helpHint);
    static QString globalHelp(const std::vector<std::unique_ptr<Command>>& commands);
    static QString commandHelp(const CommandSpec& spec);
    static QList<OptionSpec> commonOptions();
};

} // namespace aftercare::cli
