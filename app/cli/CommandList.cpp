#include "app/cli/CommandList.h"

namespace aftercare::cli {

QList<std::shared_ptr<Command>> allCommands()
{
    return {makeInitCommand(),    makeAddCommand(),     makeListCommand(),    makeShowCommand(),
            makeDeleteCommand(),  makeImportCommand(),  makeExportCommand(),  makePasswdCommand(),
            makeCheckCommand(),   makeBackupCommand(),  makeRestoreCommand(), makeTrendsCommand(),
            makeCheckinCommand(), makeCheckinsCommand()};
}

} // namespace aftercare::cli
