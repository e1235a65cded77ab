#include "core/i18n/Translations.h"

#include <memory>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aftercare::core::Translations {

namespace {

const QString kResourceDir = QStringLiteral(":/aftercare/i18n");

// Owned by the application object, so they live exactly as long as it can use them.
QTranslator* s_own = nullptr;
QTranslator* s_qt = nullptr;
QString s_current = QStringLiteral("en");

void remove(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString current()
{
    return s_current;
}

QString resolve(const QString& language)
{
    const QStringList wanted =
        language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    for (const QString& tag : wanted) {
        // "de-DE", "de_AT", "de" all mean German; the region only matters for the crisis lines.
        const QString code = QLocale(tag).name().section(u'_', 0, 0);
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString install(const QString& language)
{
    remove(s_own);
    remove(s_qt);
    const QString code = resolve(language);
    s_current = QStringLiteral("en");
    auto* app = QCoreApplication::instance();
    // English is the source language; its file only holds the plural forms ("1 entry").
    auto own = std::make_unique<QTranslator>(app);
    if (!own->load(QStringLiteral("aftercare_%1").arg(code), kResourceDir))
        return code == u"en" ? code : install(QStringLiteral("en"));
    s_own = own.release();
    QCoreApplication::installTranslator(s_own);
    s_current = code;
    if (code == u"en")
        return code;
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt.release();
        QCoreApplication::installTranslator(s_qt);
    }
    return code;
}

} // namespace aftercare::core::Translations
