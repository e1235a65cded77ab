// The crisis, emergency and sexual-assault lines per country, read once from the one data file
// resources/support/lines.json (compiled into core), and the plain sentences that show them — so
// the app's support panel and the CLI never carry a number of their own. docs/CRISIS_LINES.md
// names the source behind every number.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace aftercare::core {

struct SupportLine
{
    QString name;
    QStringList numbers; // exactly as people dial them, e.g. "116 123"
    bool text = false;   // can also be texted at the same number
    QString note;        // a key ("england_and_wales", "women") for who the line is for, or empty
};

struct TerritoryLines
{
    QString code; // ISO 3166 alpha-2, e.g. "GB"
    QStringList emergency;
    QList<SupportLine> crisis;
    QList<SupportLine> sexualAssault;
};

class CrisisLines
{
    Q_DECLARE_TR_FUNCTIONS(CrisisLines)

public:
    // Every territory in the data file, in its order. Empty if the file could not be read, which
    // a test rules out; then every text falls back to the wording without numbers.
    static const QList<TerritoryLines>& table();
    // The table's entry for `code` (case-insensitive), or nullptr when the table has none.
    static const TerritoryLines* find(QStringView code);

    // The territory of the system locale as an ISO code ("" when the locale names none).
    static QString systemTerritory();
    // The country the user picked in Settings; empty means "follow the system". Not secret:
    // the app keeps it outside the journal so the lock screen shows the same lines.
    static void setPreferredTerritory(const QString& code);
    static QString preferredTerritory();
    // The picked territory, else the system's.
    static QString currentTerritory();

    // The country's name in the user's language, e.g. "United Kingdom".
    static QString territoryName(QStringView code);

    // The lines for `code` as bullet sentences: where you are first (emergency, crisis lines,
    // and the sexual-assault line when `sexualAssault` is set), then one line for elsewhere.
    // An unknown territory gets only the wording without numbers, never a guess.
    static QStringList describe(QStringView code, bool sexualAssault);
    // The same as one block of text, one bullet per line.
    static QString describeText(QStringView code, bool sexualAssault);
    // Every number in the table, for tests that compare what is shown against it.
    static QStringList allNumbers();
    // One line's text, e.g. "Samaritans: 116 123".
    static QString lineText(const SupportLine& line);
};

} // namespace aftercare::core
