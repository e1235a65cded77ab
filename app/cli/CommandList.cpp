#include "app/cli/CommandList.h"

namespace aftercare::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const auto make :
         {&makeInitCommand, &makeAddCommand, &makeListCommand, &makeTagsCommand, &makeShowCommand,
          &makeDeleteCommand, &makeImportCommand, &makeExportCommand, &makePasswdCommand,
          &makeCheckCommand, &makeBackupCommand, &makeRestoreCommand, &makeTrendsCommand,
          &makeCheckinCommand, &makeCheckinsCommand, &makeRecoveryCodeCommand,
          &makeSafetyPlanCommand})
        commands.push_back(make());
    return commands;
}

} // namespace aftercare::cli
