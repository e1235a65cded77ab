// Splits a command line into options and positional arguments against a declared list of
// options, so every command rejects what it does not understand with a usage error (exit 2).
#pragma once

#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace aftercare::cli {

struct OptionSpec
{
    QString name;      // without the leading "--"
    QString valueName; // e.g. "FILE"; empty for a flag
    QString help;
    // May be given more than once (values() lists them all); other options only once.
    bool repeatable = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

class ParsedArguments
{
public:
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    // Every value of a repeatable option, in the order given (value() is the last).
    QStringList values(const QString& name) const { return m_repeated.value(name); }
    const QStringList& positional() const { return m_positional; }
    // Everything after the first positional argument when parsing stopped there.
    const QStringList& rest() const { return m_rest; }

private:
    friend class ArgumentParser;
    QHash<QString, QString> m_values; // flags map to an empty string
    QHash<QString, QStringList> m_repeated;
    QStringList m_positional;
    QStringList m_rest;
};

class ArgumentParser
{
public:
    enum class Mode
    {
        AllArguments,          // options may appear anywhere
        StopAtFirstPositional, // the first positional (a command name) ends parsing
    };

    explicit ArgumentParser(QList<OptionSpec> options) : m_options(std::move(options)) {}

    // Accepts "--name value", "--name=value", "--" (ends options) and "-" as a positional.
    core::Result<ParsedArguments> parse(const QStringList& arguments,
                                        Mode mode = Mode::AllArguments) const;

    // The options as aligned help lines.
    static QString optionsHelp(const QList<OptionSpec>& options);

private:
    const OptionSpec* find(const QString& name) const;

    QList<OptionSpec> m_options;
};

} // namespace aftercare::cli
