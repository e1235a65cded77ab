// Every test process speaks English with its plural forms ("1 entry", "2 entries"), as the
// programs do after Translations::install(): %n strings need the English .qm for their
// singular. Linked into each test as an object, so no test can forget it.
#include "core/i18n/Translations.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    aftercare::core::Translations::install(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
