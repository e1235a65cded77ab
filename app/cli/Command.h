// One subcommand of aftercare-cli: what it accepts (for parsing and --help) and what it does.
#pragma once

#include "app/cli/ArgumentParser.h"
#include "core/Error.h"

#include <memory>
#include <QList>
#include <QString>
#include <vector>

namespace aftercare::cli {

class CliContext;

struct CommandSpec
{
    QString name = {};
    QString synopsis = {};    // what follows the name in the usage line, e.g. "[FILE | -]"
    QString summary = {};     // one line for the global help
    QString description = {}; // a paragraph or two for the command's own --help
    QList<OptionSpec> options = {};
    int minPositional = 0;
    int maxPositional = 0;
};

class Command
{
public:
    virtual ~Command() = default;
    virtual CommandSpec spec() const = 0;
    // Errors are returned, not printed: the caller prints them and picks the exit code.
    virtual core::Status run(CliContext& context, const ParsedArguments& arguments) = 0;
};

// Every command, in the order the global help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace aftercare::cli
