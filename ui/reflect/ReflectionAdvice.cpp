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

// Any answer that points away from an all-clear: sad or mixed thoughts, tension made worse, a
// heavy feeling, bother, a trauma memory or doubt about limits. Reassurance needs none of these.
bool pointsTheOtherWay(const core::Entry& e)
{
    static constexpr Emotion heavy[] = {
        Emotion::Sadness,    Emotion::Shame,        Emotion::Guilt,     Emotion::Anxiety,
        Emotion::Fear,       Emotion::Irritability, Emotion::Confusion, Emotion::Disappointment,
        Emotion::Loneliness, Emotion::Emptiness};
    for (Emotion emotion : heavy) {
        if (e.emotions.contains(emotion))
            return true;
    }
    return e.thoughts == core::Thoughts::Sad || e.thoughts == core::Thoughts::Mixed ||
           e.tension == core::Tension::Worse || e.bother.value_or(0) >= 1 ||
           (e.traumaReliving && *e.traumaReliving != core::TraumaReliving::No) ||
           (e.limitsRespected && *e.limitsRespected != core::LimitsRespected::Yes);
}

// A partner was recorded: a saved partner, or a partner response other than "not present".
bool hasPartner(const core::Entry& e)
{
    return !e.partnerId.isEmpty() ||
           (e.partnerResponse && *e.partnerResponse != core::PartnerResponse::NotPresent);
}

bool touchesShame(const core::Entry& e)
{
    return e.reasons.contains(Reason::ShameGuilt) || e.emotions.contains(Emotion::Shame) ||
           e.emotions.contains(Emotion::Guilt);
}

bool touchesAnxiety(const core::Entry& e)
{
    return e.reasons.contains(Reason::AnxietyStress) || e.emotions.contains(Emotion::Anxiety) ||
           e.emotions.contains(Emotion::Fear);
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
    return e.reasons.contains(Reason::Relationship) ||
           e.partnerResponse == core::PartnerResponse::Dismissive;
}

// Heavy feelings that shame, anxiety and the other reasons' own cards do not already speak to.
bool hasEmotionalWeight(const core::Entry& e)
{
    const bool heavyFeeling = e.emotions.contains(Emotion::Loneliness) ||
                              e.emotions.contains(Emotion::Emptiness) ||
                              e.emotions.contains(Emotion::Sadness);
    const bool sadAndEmotional =
        e.thoughts == core::Thoughts::Sad && (e.responseKind == core::ResponseKind::Emotional ||
                                              e.responseKind == core::ResponseKind::Both);
    return heavyFeeling || sadAndEmotional || e.tension == core::Tension::Worse;
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
    // Words about a partner only when one was recorded, and never "work it out together" when
    // the person was not sure their limits were respected.
    const bool partnerWords = hasPartner(e) && !unsureLimits;

    if (pain)
        out << make(
            "pain", Advice::Kind::Doctor, Text::tr("Pain is worth a visit to a doctor"),
            partnerWords
                ? Text::tr("Pain before, during or after sex is common, and very often "
                           "treatable. It's worth telling your partner, keeping to what feels "
                           "comfortable for you both, and mentioning it to a doctor or nurse.")
                : Text::tr("Pain before, during or after sex is common, and very often "
                           "treatable. You can always stop or change what you're doing when "
                           "something hurts, and it's worth mentioning to a doctor or nurse."),
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
            "relationship", Advice::Kind::Tip,
            partnerWords ? Text::tr("Talking together may help")
                         : Text::tr("What's between you matters"),
            partnerWords
                ? Text::tr("When you both feel ready, talk openly about what each of you likes "
                           "and doesn't, and listen to each other without judgement. Working "
                           "through what's unresolved can bring you closer.")
                : Text::tr("Worries about a relationship can surface in moments like this. "
                           "Writing down what weighs on you, or talking it over with a friend "
                           "or a counsellor, can help you see it more clearly."),
            "relationship", Text::tr("About relationships and tears"));
    if (e.reasons.contains(Reason::Confusion))
        out << make("confusion", Advice::Kind::Tip, Text::tr("Mixed signals are worth untangling"),
                    partnerWords
                        ? Text::tr("When what you hoped for and what happened didn't match, it can "
                                   "help to say plainly what you want and don't want, and to hear "
                                   "the same from your partner.")
                        : Text::tr("When what you hoped for and what happened didn't match, it can "
                                   "help to put into words what you want and don't want — for "
                                   "yourself first, and with a counsellor if it stays confusing."),
                    "relationship", Text::tr("About relationships and tears"));
    if (touchesShame(e))
        out << make(
            "shame", Advice::Kind::Tip, Text::tr("Shame can soften"),
            Text::tr("Many people grew up with the message that sex is wrong, or feel uneasy "
                     "about their body. Feeling ashamed afterwards doesn't mean you did "
                     "anything wrong. Being kind to yourself helps, and if it runs deep, a "
                     "therapist can help it ease."),
            "reasons", Text::tr("Possible reasons for tears"));
    if (touchesAnxiety(e))
        out << make(
            "anxiety", Advice::Kind::Tip, Text::tr("Worry can follow you in"),
            Text::tr("Stress, pressure to please or a mind that won't switch off can all bring "
                     "tears. Slowing down, saying what you need, and finding small ways to "
                     "settle your mind can help."),
            "reasons", Text::tr("Possible reasons for tears"));
    if (emotional)
        out << make(
            "emotional", Advice::Kind::Tip, Text::tr("Give the feelings some room"),
            partnerWords
                ? Text::tr("Heavy feelings came up. Take your time with them — share them with "
                           "your partner if that feels right, and if they run deep, a "
                           "therapist can help you explore them.")
                : Text::tr("Heavy feelings came up. Take your time with them — share them with "
                           "someone you trust if that feels right, and if they run deep, a "
                           "therapist can help you explore them."),
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

    if (!out.isEmpty())
        return out;
    // Nothing above fired. Reassure only when no answer points the other way.
    if (pointsTheOtherWay(e))
        out << (pointsToPleasureOrLove(e)
                    ? make("mixed", Advice::Kind::Tip, Text::tr("Good and heavy can come together"),
                           Text::tr(
                               "Some of what you felt sounds like release, and some of it sounds "
                               "heavier. Both can be true at once. It's worth noticing the "
                               "heavier part too, and coming back to it if it stays with you."),
                           "reflecting", Text::tr("Reflecting on your tears"))
                    : make("heavier", Advice::Kind::Tip, Text::tr("What you felt matters"),
                           Text::tr(
                               "Some of your answers point to something heavier, like sadness or "
                               "worry. It's worth noticing, and coming back to it if it stays "
                               "with you — or talking it over with someone you trust."),
                           "reflecting", Text::tr("Reflecting on your tears")));
    else if (pointsToPleasureOrLove(e))
        out << make(
            "reassurance", Advice::Kind::Reassurance, Text::tr("This sounds like a release"),
            hasPartner(e)
                ? Text::tr("Your answers point to pleasure, release or feeling close to your "
                           "partner. Tears like these are common, and usually simply a sign "
                           "of how much you felt.")
                : Text::tr("Your answers point to pleasure or release. Tears like these are "
                           "common, and usually simply a sign of how much you felt."),
            "understanding", Text::tr("Understanding tears after sex"));
    else
        out << make(
            "keep_reflecting", Advice::Kind::Tip, Text::tr("Noticing is a good start"),
            Text::tr("Nothing in your answers stands out as a worry. If it keeps happening, "
                     "looking back over a few reflections can show what tends to come before "
                     "the tears."),
            "reflecting", Text::tr("Reflecting on your tears"));
    return out;
}

} // namespace aftercare::ui
