#include "app/cli/SafetyMessage.h"
#include "app/cli/Wording.h"

#include "core/support/CrisisLines.h"

namespace aftercare::cli {

namespace {

QString indented(const QStringList& lines)
{
    QString out;
    for (const QString& line : lines)
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString safetyMessage()
{
    return Cli::tr(
               "One of your answers says you have had thoughts of being better off dead or of\n"
               "hurting yourself. Thank you for being honest about it. You deserve support with\n"
               "this, and you do not have to carry it alone. If you feel you might act on these\n"
               "thoughts, please reach out now:\n") +
           indented(core::CrisisLines::describe(core::CrisisLines::currentTerritory(), false));
}

QString supportLines(bool sexualAssault)
{
    return Cli::tr("If you would like to talk to someone, these lines are there for you:\n") +
           indented(
               core::CrisisLines::describe(core::CrisisLines::currentTerritory(), sexualAssault));
}

QString savedContacts(const core::JournalStore& store)
{
    // The same settings keys the app's support panel uses.
    const QString crisis =
        store.setting(QStringLiteral("contact.crisis")).value_or(QString()).trimmed();
    const QString therapist =
        store.setting(QStringLiteral("contact.therapist")).value_or(QString()).trimmed();
    QString text;
    if (!crisis.isEmpty())
        text += Cli::tr("  - your crisis line: %1\n").arg(crisis);
    if (!therapist.isEmpty())
        text += Cli::tr("  - your therapist: %1\n").arg(therapist);
    if (text.isEmpty())
        return {};
    return Cli::tr("Your own saved contacts:\n") + text;
}

} // namespace aftercare::cli
