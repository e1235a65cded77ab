// The factories of the individual commands, one source file each; allCommands() lists them.
#pragma once

#include "app/cli/Command.h"

#include <memory>

namespace aftercare::cli {

std::shared_ptr<Command> makeInitCommand();
std::shared_ptr<Command> makeAddCommand();
std::shared_ptr<Command> makeListCommand();
std::shared_ptr<Command> makeShowCommand();
std::shared_ptr<Command> makeDeleteCommand();
std::shared_ptr<Command> makeImportCommand();
std::shared_ptr<Command> makeExportCommand();
std::shared_ptr<Command> makePasswdCommand();
std::shared_ptr<Command> makeCheckCommand();
std::shared_ptr<Command> makeBackupCommand();
std::shared_ptr<Command> makeRestoreCommand();
std::shared_ptr<Command> makeTrendsCommand();
std::shared_ptr<Command> makeCheckinCommand();
std::shared_ptr<Command> makeCheckinsCommand();

} // namespace aftercare::cli
