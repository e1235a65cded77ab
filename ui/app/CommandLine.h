// The desktop app's command line, parsed before any window exists so --help and --version work
// without a display.
#pragma once

#include <QString>
#include <QStringList>

namespace aftercare::ui {

struct CommandLine
{
    enum class Action
    {
        Run,
        Help,
        Version,
        Error
    };

    Action action = Action::Run;
    QString journalDir; // absolute; empty = the default location
    bool demo = false;
    QString screenshotDir; // hidden option for scripts/screenshots
    QString error;         // for Action::Error, one line

    static CommandLine parse(const QStringList& arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace aftercare::ui
