#include "ui/text/CheckInWording.h"

#include <QCoreApplication>

namespace aftercare::ui::CheckInWording {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckIn)
};

int maxTotal(core::Instrument instrument)
{
    return instrument == core::Instrument::Phq9 ? core::Scoring::phq9MaxTotal
                                                : core::Scoring::gad7MaxTotal;
}

} // namespace

QString name(core::Instrument instrument)
{
    return instrument == core::Instrument::Phq9 ? QStringLiteral("PHQ-9") : QStringLiteral("GAD-7");
}

QString about(core::Instrument instrument)
{
    return instrument == core::Instrument::Phq9
               ? Text::tr("mood over the last two weeks")
               : Text::tr("worry and anxiety over the last two weeks");
}

QString bandLabel(core::Band band)
{
    switch (band) {
    case core::Band::Minimal:
        return Text::tr("Minimal");
    case core::Band::Mild:
        return Text::tr("Mild");
    case core::Band::Moderate:
        return Text::tr("Moderate");
    case core::Band::ModeratelySevere:
        return Text::tr("Moderately severe");
    case core::Band::Severe:
        return Text::tr("Severe");
    }
    return {};
}

QString bandSentence(core::Instrument instrument, int total, core::Band band)
{
    return Text::tr("%1 out of %2 is in the range the %3 calls “%4”.")
        .arg(total)
        .arg(maxTotal(instrument))
        .arg(name(instrument), bandLabel(band).toLower());
}

QString nextSteps(core::Instrument instrument, core::Band band, bool selfHarm)
{
    const bool mood = instrument == core::Instrument::Phq9;
    if (selfHarm)
        return Text::tr("Because of how you answered the last question, please don't wait for "
                        "another check-in: reach out to someone today — a crisis line, your "
                        "doctor, or a person you trust. This result is not a diagnosis, and "
                        "whatever the total, what you are carrying deserves care now.");
    switch (band) {
    case core::Band::Minimal:
        return mood ? Text::tr("Your answers suggest few signs of low mood right now. Keep doing "
                               "what helps you, and check in again in a couple of weeks if you "
                               "like.")
                    : Text::tr("Your answers suggest little worry or anxiety right now. Keep "
                               "doing what helps you, and check in again in a couple of weeks "
                               "if you like.");
    case core::Band::Mild:
        return mood ? Text::tr("Some low days are part of life. It can help to notice what "
                               "lifts you, and to check in again in two weeks to see whether "
                               "this is passing. If it keeps weighing on you, talking to someone "
                               "you trust or a doctor is a good step.")
                    : Text::tr("A bit of worry is part of life. It can help to notice what "
                               "settles you, and to check in again in two weeks to see whether "
                               "this is passing. If it keeps weighing on you, talking to someone "
                               "you trust or a doctor is a good step.");
    case core::Band::ModeratelySevere:
        return mood ? Text::tr("This is a lot to be carrying. Please try to see a doctor soon — "
                               "this week if you can — and tell them how the last two weeks "
                               "have been. This result is not a diagnosis, and low mood like "
                               "this is very treatable. If things feel too much before then, "
                               "the lines below are there at any hour.")
                    : Text::tr("This is a lot of worry to be carrying. Please try to see a "
                               "doctor soon — this week if you can. This result is not a "
                               "diagnosis, and anxiety like this is very treatable. If it feels "
                               "too much before then, the lines below are there at any hour.");
    case core::Band::Severe:
        return mood ? Text::tr("This is a heavy load, and you don't have to carry it alone. "
                               "Please see a doctor as soon as you can — this week, and sooner "
                               "if you are able — and tell them how the last two weeks have "
                               "been. This result is not a diagnosis, and low mood like this is "
                               "very treatable. If things feel too much, the lines below are "
                               "there at any hour.")
                    : Text::tr("This is a lot of worry to be carrying. Please try to see a "
                               "doctor soon — this week if you can. This result is not a "
                               "diagnosis, and anxiety like this is very treatable. If it feels "
                               "too much before then, the lines below are there at any hour.");
    case core::Band::Moderate:
        return mood ? Text::tr("It may be worth talking about how you have been feeling with a "
                               "doctor or a therapist. This result is not a diagnosis — it is a "
                               "starting point for that conversation, and low mood is very "
                               "treatable. You could bring these answers with you.")
                    : Text::tr("It may be worth talking about this worry with a doctor or a "
                               "therapist. This result is not a diagnosis — it is a starting "
                               "point for that conversation, and anxiety is very treatable. You "
                               "could bring these answers with you.");
    }
    return {};
}

bool callsForFirmerWords(core::Instrument instrument, core::Band band)
{
    if (instrument == core::Instrument::Phq9)
        return band == core::Band::ModeratelySevere || band == core::Band::Severe;
    return band == core::Band::Severe; // GAD-7 15 and above
}

QString firmerIntro(core::Instrument instrument)
{
    return instrument == core::Instrument::Phq9
               ? Text::tr("Your answers describe a hard two weeks. You deserve support with "
                          "this — if it ever feels like too much, these lines are there for you.")
               : Text::tr("Your answers describe a lot of worry. You deserve support with this "
                          "— if it ever feels like too much, these lines are there for you.");
}

QString safetyIntro()
{
    return Text::tr("Thank you for answering this honestly. Thoughts like these can feel heavy, "
                    "and you deserve support with them — today, not later. The people below "
                    "are there to listen.");
}

} // namespace aftercare::ui::CheckInWording
