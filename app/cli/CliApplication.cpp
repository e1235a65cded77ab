#include "app/cli/CliApplication.h"

#include "app/cli/CliContext.h"
#include "app/cli/Wording.h"
#include "core/storage/Journal.h"

#include <algorithm>

namespace aftercare::cli {

using core::Error;

namespace {

constexpr int exitUsage = 2;

Command* findCommand(const std::vector<std::unique_ptr<Command>>& commands, const QString& name)
{
    for (const auto& command : commands) {
        if (command->spec().name == name)
            return command.get();
    }
    return nullptr;
}

} // namespace

QList<OptionSpec> CliApplication::commonOptions()
{
    return {
        {QStringLiteral("journal"), QStringLiteral("DIR"),
         Cli::tr("the journal folder (default: %1)").arg(core::Journal::defaultLocation())},
        {QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
         Cli::tr("read the journal passphrase from the first line of FILE")},
        {QStringLiteral("help"), {}, Cli::tr("show this help")},
    };
}

int CliApplication::run(const QStringList& arguments)
{
    const auto commands = allCommands();
    QList<OptionSpec> globalOptions = commonOptions();
    globalOptions << OptionSpec{
        QStringLiteral("version"), {}, Cli::tr("show the version and exit")};

    auto parsed =
        ArgumentParser(globalOptions).parse(arguments, ArgumentParser::Mode::StopAtFirstPositional);
    if (!parsed)
        return usageError(parsed.error().message(), QStringLiteral("aftercare-cli --help"));

    if (parsed->isSet(QStringLiteral("version"))) {
        std::fputs("aftercare-cli " AFTERCARE_VERSION "\n", stdout);
        return 0;
    }
    const bool wantsHelp = parsed->isSet(QStringLiteral("help"));
    if (parsed->positional().isEmpty()) {
        if (wantsHelp) {
            std::fputs(globalHelp(commands).toUtf8().constData(), stdout);
            return 0;
        }
        return usageError(Cli::tr("no command given"), QStringLiteral("aftercare-cli --help"));
    }

    const QString name = parsed->positional().first();
    QStringList rest = parsed->rest();
    if (name == u"help") {
        if (rest.isEmpty()) {
            std::fputs(globalHelp(commands).toUtf8().constData(), stdout);
            return 0;
        }
        const auto command = findCommand(commands, rest.first());
        if (!command)
            return usageError(Cli::tr("there is no command \"%1\"").arg(rest.first()),
                              QStringLiteral("aftercare-cli --help"));
        std::fputs(commandHelp(command->spec()).toUtf8().constData(), stdout);
        return 0;
    }

    const auto command = findCommand(commands, name);
    if (!command)
        return usageError(Cli::tr("there is no command \"%1\"").arg(name),
                          QStringLiteral("aftercare-cli --help"));
    if (wantsHelp)
        rest.prepend(QStringLiteral("--help"));
    return runCommand(*command, parsed->value(QStringLiteral("journal")),
                      parsed->value(QStringLiteral("passphrase-file")), rest);
}

int CliApplication::runCommand(Command& command, const QString& journalDir,
                               const QString& passphraseFile, const QStringList& arguments)
{
    const CommandSpec spec = command.spec();
    const QString hint = QStringLiteral("aftercare-cli %1 --help").arg(spec.name);
    QList<OptionSpec> options = spec.options;
    for (const OptionSpec& common : commonOptions()) {
        const bool overridden = std::ranges::any_of(
            options, [&](const OptionSpec& own) { return own.name == common.name; });
        if (!overridden)
            options << common;
    }

    auto parsed = ArgumentParser(options).parse(arguments);
    if (!parsed)
        return usageError(parsed.error().message(), hint);
    if (parsed->isSet(QStringLiteral("help"))) {
        std::fputs(commandHelp(spec).toUtf8().constData(), stdout);
        return 0;
    }
    const auto count = parsed->positional().size();
    if (count < spec.minPositional)
        return usageError(
            Cli::tr("%1: missing argument (usage: %1 %2)").arg(spec.name, spec.synopsis), hint);
    if (count > spec.maxPositional)
        return usageError(Cli::tr("%1: unexpected argument \"%2\"")
                              .arg(spec.name, parsed->positional().at(spec.maxPositional)),
                          hint);

    CliContext context(journalDir.isEmpty() ? core::Journal::defaultLocation() : journalDir,
                       passphraseFile);
    context.applyCommandOptions(*parsed);
    const core::Status status = command.run(context, *parsed);
    if (status)
        return 0;
    if (status.error().kind() == Error::Kind::Usage)
        return usageError(status.error().message(), hint);
    CliContext::message(status.error().message());
    return status.error().exitCode();
}

int CliApplication::usageError(const QString& message, const QString& helpHint)
{
    CliContext::message(Cli::tr("%1 (see \"%2\")").arg(message, helpHint));
    return exitUsage;
}

QString CliApplication::globalHelp(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString out = Cli::tr(
        "usage: aftercare-cli [--journal DIR] COMMAND [ARGUMENTS]\n\n"
        "Your Aftercare journal from a terminal. Everything stays encrypted on this computer.\n\n"
        "commands:\n");
    qsizetype width = 0;
    for (const auto& command : commands)
        width = std::max(width, command->spec().name.size());
    for (const auto& command : commands) {
        const CommandSpec spec = command->spec();
        out += QStringLiteral("  %1  %2\n").arg(spec.name.leftJustified(width), spec.summary);
    }
    QList<OptionSpec> options = commonOptions();
    options << OptionSpec{QStringLiteral("version"), {}, Cli::tr("show the version")};
    out += Cli::tr("\noptions:\n") + ArgumentParser::optionsHelp(options);
    out += Cli::tr(
        "\nThe journal passphrase is read from --passphrase-file FILE (its first line), else from "
        "the\nenvironment variable AFTERCARE_PASSPHRASE, else asked for when run in a terminal.\n"
        "\nexit codes: 0 done, 2 usage error, 3 wrong passphrase or recovery code, 4 invalid "
        "input,\n5 journal in use or damaged, 1 anything else.\n"
        "\"aftercare-cli COMMAND --help\" describes one command.\n");
    return out;
}

QString CliApplication::commandHelp(const CommandSpec& spec)
{
    QString out = Cli::tr("usage: aftercare-cli [--journal DIR] %1 %2\n\n%3\n")
                      .arg(spec.name, spec.synopsis, spec.description);
    QList<OptionSpec> options = spec.options;
    for (const OptionSpec& common : commonOptions()) {
        if (!std::ranges::any_of(options,
                                 [&](const OptionSpec& o) { return o.name == common.name; }))
            options << common;
    }
    out += Cli::tr("\noptions:\n") + ArgumentParser::optionsHelp(options);
    return out;
}

} // namespace aftercare::cli
