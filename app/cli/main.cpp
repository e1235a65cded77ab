// aftercare-cli: the journal from a terminal. Links only the core.
#include "app/cli/CliApplication.h"
#include "core/Hardening.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    aftercare::core::hardenProcess();
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default journal folder.
    QCoreApplication::setApplicationName(QStringLiteral("Aftercare"));
    QCoreApplication::setOrganizationName(QStringLiteral("Aftercare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERCARE_VERSION));
    // The language of the system (LANG, LANGUAGE): --help, messages and the safety message.
    aftercare::core::Translations::install();
    aftercare::cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
