// The German translation is complete and well-formed: every string translated and finished, the
// same %1…%9 placeholders as the English source, %n plurals with both German forms, and nothing
// in the code that lupdate would add to the .ts file. Also that the compiled translations load.
#include "core/i18n/DateFormats.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace aftercare::core;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList forms;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::EndDocument) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.forms << xml.readElementText();
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found << match.captured(0);
    found.sort();
    return found;
}

QString where(const Message& m)
{
    return m.context + QStringLiteral(" | ") + m.source.left(80);
}

const QString kGermanTs = QStringLiteral(AFTERCARE_TRANSLATIONS_DIR "/aftercare_de.ts");

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGermanStringIsTranslatedAndFinished();
    void placeholdersMatchTheSource();
    void theTsFileHoldsEveryStringInTheCode();
    void germanLoadsFromTheResources();
    void englishKeepsItsPluralForms();
    void unknownLanguagesFallBackToEnglish();
};

void tst_Translations::everyGermanStringIsTranslatedAndFinished()
{
    QString error;
    const QList<Message> messages = readTs(kGermanTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message& m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 (%2)").arg(where(m), m.type);
        else if (m.numerus && m.forms.size() != 2)
            problems << QStringLiteral("%1 (needs 2 plural forms)").arg(where(m));
        else if (std::ranges::any_of(m.forms, [](const QString& f) { return f.isEmpty(); }))
            problems << QStringLiteral("%1 (empty)").arg(where(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Not translated in aftercare_de.ts:\n") +
                                            problems.join(u'\n')));
}

void tst_Translations::placeholdersMatchTheSource()
{
    QString error;
    const QList<Message> messages = readTs(kGermanTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message& m : messages) {
        const QStringList expected = placeholders(m.source);
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            if (placeholders(m.forms[i]) != expected)
                problems << QStringLiteral("%1: %2 in the source, %3 in the translation")
                                .arg(where(m), expected.join(u' '),
                                     placeholders(m.forms[i]).join(u' '));
        }
        if (m.numerus != m.source.contains(QStringLiteral("%n")))
            problems << QStringLiteral("%1: %n and plural forms go together").arg(where(m));
        // The singular may say "one" in words; the plural must show the number.
        if (m.numerus && !m.forms.isEmpty() && !m.forms.last().contains(QStringLiteral("%n")))
            problems << QStringLiteral("%1: the plural form lacks %n").arg(where(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::theTsFileHoldsEveryStringInTheCode()
{
    // lupdate over the same sources the build uses, into a copy: a string added to the code
    // without updating the .ts shows up here as new and unfinished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("aftercare_de.ts"));
    QVERIFY(QFile::copy(kGermanTs, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(AFTERCARE_LUPDATE),
                  {QStringLiteral("-I"), QStringLiteral(AFTERCARE_SOURCE_DIR),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("@" AFTERCARE_TRANSLATION_SOURCES),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> committed = readTs(kGermanTs, &error);
    QStringList missing;
    for (const Message& m : fresh) {
        if (!m.type.isEmpty())
            missing << where(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Strings in the code that aftercare_de.ts lacks (run "
                                       "cmake --build --preset dev --target update_translations, "
                                       "then translate them; docs/TRANSLATING.md):\n") +
                        missing.join(u'\n')));
    QVERIFY2(fresh.size() == committed.size(),
             "aftercare_de.ts holds strings the code no longer has: run update_translations");
}

void tst_Translations::germanLoadsFromTheResources()
{
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Findings", "Signs of low mood have come up lately"),
             QStringLiteral("Zuletzt gab es Anzeichen gedrückter Stimmung"));
    QCOMPARE(QCoreApplication::translate("Cli", "%n entry(s)", nullptr, 1),
             QStringLiteral("1 Eintrag"));
    QCOMPARE(QCoreApplication::translate("Cli", "%n entry(s)", nullptr, 3),
             QStringLiteral("3 Einträge"));
    QCOMPARE(DateFormats::longDate(), QStringLiteral("d. MMMM yyyy"));
    QCOMPARE(QLocale(QStringLiteral("de_DE")).toString(QDate(2026, 12, 6), DateFormats::longDate()),
             QStringLiteral("6. Dezember 2026"));
    // A region does not matter for the language.
    QCOMPARE(Translations::resolve(QStringLiteral("de_AT")), QStringLiteral("de"));
    Translations::install(QStringLiteral("en"));
}

void tst_Translations::englishKeepsItsPluralForms()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Cli", "%n entry(s)", nullptr, 1),
             QStringLiteral("1 entry"));
    QCOMPARE(QCoreApplication::translate("Cli", "%n entry(s)", nullptr, 2),
             QStringLiteral("2 entries"));
    QCOMPARE(QCoreApplication::translate("Findings", "Signs of low mood have come up lately"),
             QStringLiteral("Signs of low mood have come up lately"));
}

void tst_Translations::unknownLanguagesFallBackToEnglish()
{
    QCOMPARE(Translations::resolve(QStringLiteral("fr_FR")), QStringLiteral("en"));
    QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Cli", "%n entry(s)", nullptr, 2),
             QStringLiteral("2 entries"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
