// Chooses the language Aftercare speaks (the system's, or one the user picked) and installs the
// matching compiled translation for the GUI, aftercare-cli and aftercare-report alike.
#pragma once

#include <QString>
#include <QStringList>

namespace aftercare::core::Translations {

// The languages with a translation, as language codes; English is the source and always there.
QStringList available();

// Installs the translation for `language` ("de", "en"), or for the system's preferred languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when `language` is empty. Also loads Qt's own strings
// (standard buttons, context menus) when the system has them. Needs a QCoreApplication; calling
// it again replaces the earlier choice. Returns the language now in effect ("en" when none fits).
QString install(const QString& language = QString());

// The language installed last ("en" before any install()).
QString current();

// The language install() would pick for `language` without installing anything.
QString resolve(const QString& language);

} // namespace aftercare::core::Translations
