#include "app/cli/SafetyMessage.h"
#include "app/cli/Wording.h"

namespace aftercare::cli {

QString safetyMessage(const core::JournalStore& store)
{
    QString text = Cli::tr(
        "One of your answers says you have had thoughts of being better off dead or of hurting\n"
        "yourself. Thank you for being honest about it. You deserve support with this, and you\n"
        "do not have to carry it alone. If you feel you might act on these thoughts, please\n"
        "reach out now:\n"
        "  - in an emergency, your local emergency number (112 in much of Europe, 911 in the\n"
        "    US and Canada, 999 in the UK)\n"
        "  - in the US, call or text 988 (Suicide & Crisis Lifeline), any time\n"
        "  - in the UK and Ireland, Samaritans on 116 123, free, any time\n"
        "  - elsewhere, your doctor, a local crisis line or an emergency department\n");
    // The same settings keys the app's support panel uses.
    const QString crisis = store.setting(QStringLiteral("contact.crisis")).value_or(QString());
    const QString therapist =
        store.setting(QStringLiteral("contact.therapist")).value_or(QString());
    if (!crisis.trimmed().isEmpty())
        text += Cli::tr("  - your crisis line: %1\n").arg(crisis.trimmed());
    if (!therapist.trimmed().isEmpty())
        text += Cli::tr("  - your therapist: %1\n").arg(therapist.trimmed());
    return text;
}

} // namespace aftercare::cli
