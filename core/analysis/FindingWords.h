// A finding's words twice: in the app's voice, spoken to the user ("you"), and in the therapist
// summary's, written about "the person" for a clinician. Every rule says both, so the summary
// never borrows the app's second person (and the app never sounds like a case note).
#pragma once

#include <QString>

namespace aftercare::core {

struct FindingWords
{
    QString app;    // to the user: "Some of your reflections …"
    QString report; // about them: "Some of the person's reflections …"

    // Words that read the same in both voices, such as "Pain has come up with sex".
    static FindingWords same(const QString& text) { return {text, text}; }

    // Another sentence after these, in each voice.
    FindingWords& operator+=(const FindingWords& more)
    {
        append(app, more.app);
        append(report, more.report);
        return *this;
    }

private:
    static void append(QString& to, const QString& more)
    {
        if (!to.isEmpty() && !more.isEmpty())
            to += QLatin1Char(' ');
        to += more;
    }
};

} // namespace aftercare::core
