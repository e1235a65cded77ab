#include "ui/reflect/ReflectionAdvice.h"

#include "core/model/Entry.h"

#include <QCoreApplication>

namespace aftercare::ui {

namespace {

using core::Emotion;
using core::Reason;

// A named context, so lupdate files these strings where the code looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReflectionAdvice)
};

Advice make(const char* id, Advice::Kind kind, const QString& title, const QString& text,
            const char* topic, const QString& linkText)
{
    return {QLatin1StringView(id), kind, title, text, QLatin1StringView(topic), linkText};
}

bool pointsToPleasureOrLove(const core::Entry& e)
{
    return e.thoughts == core::Thoughts::Happy || e.reasons.contains(Reason::Joy) ||
           e.emotions.contains(Emotion::Joy) || e.emotions.contains(Emotion::Love) ||
           e.tension == core::Tension::Relieved;
}

bool hasPain(const core::Entry& e)
{
    return e.reasons.contains(Reason::Pain) || e.pain.value_or(0) >= 1;
}

bool hasLowMoodSigns(const core::Entry& e)
{
    return e.reasons.contains(Reason::Depression) || !e.depressionSigns.isEmpty();
}

bool touchesTrauma(const core::Entry& e)
{
    return e.traumaReliving == core::TraumaReliving::Yes ||
           e.traumaReliving == core::TraumaReliving::Unsure || e.reasons.contains(Reason::Trauma);
}

bool touchesRelationship(const core::Entry& e)
{
    return e.reasons.contains(Reason::Relationship) || e.reasons.contains(Reason::Confusion) ||
           e.partnerResponse == core::PartnerResponse::Dismissive;
}

bool hasEmotionalWeight(const core::Entry& e)
{
    const bool heavyReason =
        e.reasons.contains(Reason::ShameGuilt) || e.reasons.contains(Reason::AnxietyStress);
    const bool heavyFeeling =
        e.emotions.contains(Emotion::Shame) || e.emotions.contains(Emotion::Guilt) ||
        e.emotions.contains(Emotion::Fear) || e.emotions.contains(Emotion::Loneliness) ||
        e.emotions.contains(Emotion::Emptiness);
    const bool sadAndEmotional =
        e.thoughts == core::Thoughts::Sad && (e.responseKind == core::ResponseKind::Emotional ||
                                              e.responseKind == core::ResponseKind::Both);
    return heavyReason || heavyFeeling || sadAndEmotional || e.tension == core::Tension::Worse;
}

} // namespace

QList<Advice> ReflectionAdvice::forEntry(const core::Entry& e, int recentEpisodes)
{
    QList<Advice> out;

    if (e.limitsRespected == core::LimitsRespected::No) {
        // Care and support only: this is not a moment for reading patterns into answers.
        out << make(
            "consent", Advice::Kind::Support, Text::tr("You deserve to feel safe"),
            Text::tr("You said something didn't feel consensual or within your limits. That "
                     "matters, and it is not your fault. You don't have to work it out alone — "
                     "the people and lines below are there to listen, whenever you're ready."),
            "help_now", Text::tr("Ways to get help now"));
        return out;
    }

    const bool pain = hasPain(e);
    const bool lowMood = hasLowMoodSigns(e);
    const bool trauma = touchesTrauma(e);
    const bool relationship = touchesRelationship(e);
    const bool emotional = hasEmotionalWeight(e);
    const bool bothers = e.bother.value_or(0) >= 2;
    const bool regular = recentEpisodes >= regularEpisodes;
    const bool unsureLimits = e.limitsRespected == core::LimitsRespected::Unsure;

    if (pain)
        out << make(
            "pain", Advice::Kind::Doctor, Text::tr("Pain is worth a visit to a doctor"),
            Text::tr("Pain before, during or after sex is common, and very often treatable. "
                     "It's worth telling your partner, keeping to what feels comfortable for "
                     "you both, and mentioning it to a doctor or nurse."),
            "pain", Text::tr("About pain with sex"));
    if (lowMood) {
        QString text =
            Text::tr("Some of what you noticed can go along with low mood. That's worth "
                     "talking about with a doctor — support helps, and feeling better is "
                     "possible.");
        if (e.postpartum == true)
            text += QLatin1Char(' ') +
                    Text::tr(
                        "Low moods after having a baby are common and treatable too, so do mention "
                        "the birth.");
        out << make("depression", Advice::Kind::Doctor, Text::tr("Look after your mood"), text,
                    "depression", Text::tr("About low mood and depression"));
    }
    if (regular)
        out << make(
            "regular", Advice::Kind::Doctor, Text::tr("It has been happening often"),
            Text::tr("You've reflected on %1 moments like this in the last month. When tears "
                     "come regularly, a health professional can help you understand why.")
                .arg(recentEpisodes),
            "talk_to_someone", Text::tr("When to talk to someone"));
    if (trauma)
        out << make(
            "trauma", Advice::Kind::Tip, Text::tr("Something from the past may have come back"),
            Text::tr("You don't have to carry that alone. A therapist who works with trauma can "
                     "help you find ways to cope and to feel safer in your body."),
            "trauma", Text::tr("About past hurt and trauma"));
    if (relationship)
        out << make(
            "relationship", Advice::Kind::Tip, Text::tr("Talking together may help"),
            Text::tr("When you both feel ready, talk openly about what each of you likes and "
                     "doesn't, and listen to each other without judgement. Working through "
                     "what's unresolved can bring you closer."),
            "relationship", Text::tr("About relationships and tears"));
    if (emotional)
        out << make(
            "emotional", Advice::Kind::Tip, Text::tr("Give the feelings some room"),
            Text::tr("Heavy feelings came up. Take your time with them — share them with your "
                     "partner if that feels right, and if they run deep, a therapist can help "
                     "you explore them."),
            "reflecting", Text::tr("Reflecting on your tears"));
    if (unsureLimits)
        out << make(
            "unsure_limits", Advice::Kind::Tip, Text::tr("Not being sure is worth listening to"),
            Text::tr("If you weren't sure everything felt within your limits, talking it over "
                     "with someone you trust can help you make sense of it."),
            "talk_to_someone", Text::tr("When to talk to someone"));
    if (bothers)
        out << make(
            "bother", Advice::Kind::Tip, Text::tr("It bothers you — that's reason enough"),
            Text::tr("You don't need a bigger reason to take it seriously. Consider talking it "
                     "through with someone you trust or a health professional."),
            "talk_to_someone", Text::tr("When to talk to someone"));

    const bool concerns = !out.isEmpty();
    if (!concerns && pointsToPleasureOrLove(e))
        out << make(
            "reassurance", Advice::Kind::Reassurance, Text::tr("Nothing to worry about here"),
            Text::tr("Your answers point to pleasure, release or feeling close to your partner. "
                     "Tears like these are common, and usually simply a sign of how much you "
                     "felt."),
            "understanding", Text::tr("Understanding tears after sex"));
    else if (!concerns)
        out << make(
            "keep_reflecting", Advice::Kind::Tip, Text::tr("Noticing is a good start"),
            Text::tr("Nothing in your answers stands out as a worry. If it keeps happening, "
                     "looking back over a few reflections can show what tends to come before "
                     "the tears."),
            "reflecting", Text::tr("Reflecting on your tears"));
    return out;
}

} // namespace aftercare::ui
