#include "app/cli/ArgumentParser.h"
#include "app/cli/Wording.h"

#include <algorithm>

namespace aftercare::cli {

using core::Error;

const OptionSpec* ArgumentParser::find(const QString& name) const
{
    for (const OptionSpec& option : m_options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

core::Result<ParsedArguments> ArgumentParser::parse(const QStringList& arguments, Mode mode) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool looksLikeOption = argument.startsWith(QLatin1Char('-')) && argument != u"-";
        if (optionsEnded || !looksLikeOption) {
            if (mode == Mode::StopAtFirstPositional) {
                parsed.m_positional << argument;
                parsed.m_rest = arguments.mid(i + 1);
                return parsed;
            }
            parsed.m_positional << argument;
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!argument.startsWith(u"--")) {
            return core::fail(
                Error::Kind::Usage,
                Cli::tr("unknown option %1 (options are spelled --name)").arg(argument));
        }
        QString name = argument.mid(2);
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const OptionSpec* option = find(name);
        if (!option)
            return core::fail(Error::Kind::Usage, Cli::tr("unknown option --%1").arg(name));
        if (parsed.m_values.contains(name) && !option->repeatable)
            return core::fail(Error::Kind::Usage,
                              Cli::tr("--%1 is given more than once").arg(name));
        if (!option->takesValue()) {
            if (hasInlineValue)
                return core::fail(Error::Kind::Usage,
                                  Cli::tr("--%1 does not take a value").arg(name));
            parsed.m_values.insert(name, QString());
            continue;
        }
        if (hasInlineValue) {
            parsed.m_values.insert(name, inlineValue);
        } else if (i + 1 < arguments.size()) {
            parsed.m_values.insert(name, arguments[++i]);
        } else {
            return core::fail(Error::Kind::Usage,
                              Cli::tr("--%1 needs a value (%2)").arg(name, option->valueName));
        }
        if (parsed.m_values.value(name).isEmpty())
            return core::fail(
                Error::Kind::Usage,
                Cli::tr("--%1 needs a non-empty value (%2)").arg(name, option->valueName));
        if (option->repeatable)
            parsed.m_repeated[name] << parsed.m_values.value(name);
    }
    return parsed;
}

QString ArgumentParser::optionsHelp(const QList<OptionSpec>& options)
{
    QStringList left;
    qsizetype width = 0;
    for (const OptionSpec& option : options) {
        QString text = QStringLiteral("--") + option.name;
        if (option.takesValue())
            text += QLatin1Char(' ') + option.valueName;
        width = std::max(width, text.size());
        left << text;
    }
    QString out;
    for (qsizetype i = 0; i < options.size(); ++i)
        out += QStringLiteral("  %1  %2\n").arg(left[i].leftJustified(width), options[i].help);
    return out;
}

} // namespace aftercare::cli
