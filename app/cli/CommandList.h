// The factories of the individual commands, one source file each; allCommands() lists them.
#pragma once

#include "app/cli/Command.h"

#include <memory>

namespace aftercare::cli {

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeAddCommand();
std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeTagsCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeDeleteCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makePasswdCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeTrendsCommand();
std::unique_ptr<Command> makeCheckinCommand();
std::unique_ptr<Command> makeCheckinsCommand();
std::unique_ptr<Command> makeRecoveryCodeCommand();
std::unique_ptr<Command> makeSafetyPlanCommand();

} // namespace aftercare::cli
