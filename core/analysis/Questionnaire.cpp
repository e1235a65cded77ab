#include "core/analysis/Questionnaire.h"

namespace aftercare::core {

namespace {

QStringList options()
{
    return {QStringLiteral("Not at all"), QStringLiteral("Several days"),
            QStringLiteral("More than half the days"), QStringLiteral("Nearly every day")};
}

QString credit()
{
    return QStringLiteral("Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke "
                          "and colleagues, with an educational grant from Pfizer Inc. No "
                          "permission required to reproduce, translate, display or distribute.");
}

Questionnaire phq9()
{
    Questionnaire q;
    q.instrument = Instrument::Phq9;
    q.name = QStringLiteral("PHQ-9");
    q.stem = QStringLiteral("Over the last 2 weeks, how often have you been bothered by any of "
                            "the following problems?");
    q.items = {
        QStringLiteral("Little interest or pleasure in doing things"),
        QStringLiteral("Feeling down, depressed, or hopeless"),
        QStringLiteral("Trouble falling or staying asleep, or sleeping too much"),
        QStringLiteral("Feeling tired or having little energy"),
        QStringLiteral("Poor appetite or overeating"),
        QStringLiteral("Feeling bad about yourself \u2014 or that you are a failure or have let "
                       "yourself or your family down"),
        QStringLiteral("Trouble concentrating on things, such as reading the newspaper or "
                       "watching television"),
        QStringLiteral("Moving or speaking so slowly that other people could have noticed? Or the "
                       "opposite \u2014 being so fidgety or restless that you have been moving "
                       "around a lot more than usual"),
        QStringLiteral("Thoughts that you would be better off dead or of hurting yourself in some "
                       "way"),
    };
    q.options = options();
    q.credit = credit();
    q.citation = QStringLiteral("Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a "
                                "brief depression severity measure. J Gen Intern Med. "
                                "2001;16(9):606-613.");
    return q;
}

Questionnaire gad7()
{
    Questionnaire q;
    q.instrument = Instrument::Gad7;
    q.name = QStringLiteral("GAD-7");
    q.stem = QStringLiteral("Over the last 2 weeks, how often have you been bothered by the "
                            "following problems?");
    q.items = {
        QStringLiteral("Feeling nervous, anxious or on edge"),
        QStringLiteral("Not being able to stop or control worrying"),
        QStringLiteral("Worrying too much about different things"),
        QStringLiteral("Trouble relaxing"),
        QStringLiteral("Being so restless that it is hard to sit still"),
        QStringLiteral("Becoming easily annoyed or irritable"),
        QStringLiteral("Feeling afraid as if something awful might happen"),
    };
    q.options = options();
    q.credit = credit();
    q.citation = QStringLiteral("Spitzer RL, Kroenke K, Williams JBW, L\u00f6we B. A brief "
                                "measure for assessing generalized anxiety disorder: the GAD-7. "
                                "Arch Intern Med. 2006;166(10):1092-1097.");
    return q;
}

// The PHQ-9 of the German PHQ-D (Löwe, Spitzer, Zipfel, Herzog), word for word. It addresses
// the reader as "Sie", as validated.
Questionnaire phq9German()
{
    Questionnaire q = phq9();
    q.language = QStringLiteral("de");
    q.stem = QStringLiteral("Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die "
                            "folgenden Beschwerden beeinträchtigt?");
    q.items = {
        QStringLiteral("Wenig Interesse oder Freude an Ihren Tätigkeiten"),
        QStringLiteral("Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit"),
        QStringLiteral("Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf"),
        QStringLiteral("Müdigkeit oder Gefühl, keine Energie zu haben"),
        QStringLiteral("Verminderter Appetit oder übermäßiges Bedürfnis zu essen"),
        QStringLiteral("Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die "
                       "Familie enttäuscht zu haben"),
        QStringLiteral("Schwierigkeiten, sich auf etwas zu konzentrieren, z. B. beim Zeitunglesen "
                       "oder Fernsehen"),
        QStringLiteral("Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch "
                       "anderen auffallen würde? Oder waren Sie im Gegenteil \u201ezappelig\u201c "
                       "oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?"),
        QStringLiteral("Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten"),
    };
    q.options = {QStringLiteral("Überhaupt nicht"), QStringLiteral("An einzelnen Tagen"),
                 QStringLiteral("An mehr als der Hälfte der Tage"),
                 QStringLiteral("Beinahe jeden Tag")};
    q.citation += QStringLiteral(" Deutsche Version: Löwe B, Spitzer RL, Zipfel S, Herzog W. "
                                 "Gesundheitsfragebogen für Patienten (PHQ-D). Pfizer, 2002.");
    return q;
}

} // namespace

Questionnaire Questionnaire::of(Instrument instrument, const QString& language)
{
    if (instrument == Instrument::Phq9)
        return language == u"de" ? phq9German() : phq9();
    return gad7(); // no German wording confirmed word for word: the English original
}

} // namespace aftercare::core
