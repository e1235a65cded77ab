#include "core/demo/DemoPhrases.h"

namespace aftercare::core::DemoPhrases {

const QStringList& mildThoughts()
{
    static const QStringList phrases = {
        u"Felt really close to them."_qs,       u"Mostly happy. It just spilled over."_qs,
        u"Thinking how lucky I am."_qs,         u"Relief after a long week."_qs,
        u"Nothing much, my mind was quiet."_qs, u"Remembering our first trip together."_qs,
        u"It felt safe to let go."_qs,          u"Grateful, and a bit silly about crying."_qs,
    };
    return phrases;
}

const QStringList& overwhelmedThoughts()
{
    static const QStringList phrases = {
        u"Everything at once, hard to name."_qs, u"It was a lot, in a good way mostly."_qs,
        u"Surprised by how strong it felt."_qs,  u"Caught between laughing and crying."_qs,
        u"Like a wave that came and went."_qs,
    };
    return phrases;
}

const QStringList& distressThoughts()
{
    static const QStringList phrases = {
        u"Worried I had done something wrong."_qs,
        u"Thinking about the argument from the weekend."_qs,
        u"Felt far away even though they were right there."_qs,
        u"Old feelings about my body came up."_qs,
        u"Work stress came straight back."_qs,
        u"Wondering where we are heading."_qs,
        u"Not sure why. Just heavy."_qs,
        u"Felt alone afterwards."_qs,
        u"Kept replaying something they said earlier."_qs,
    };
    return phrases;
}

const QStringList& mildNotes()
{
    static const QStringList phrases = {
        u"We talked for a while afterwards and laughed about it."_qs,
        u"They held me until it passed."_qs,
        u"Slept well afterwards."_qs,
        u"Told them it was happy tears; they understood."_qs,
        u"Made tea and watched a film."_qs,
        u"A lovely, slow evening."_qs,
    };
    return phrases;
}

const QStringList& overwhelmedNotes()
{
    static const QStringList phrases = {
        u"Needed a few minutes on my own, then felt fine."_qs,
        u"Hard to put into words yet. Will try again later."_qs,
        u"Asked for a hug and that helped."_qs,
        u"Took a shower and felt settled again."_qs,
    };
    return phrases;
}

const QStringList& distressNotes()
{
    static const QStringList phrases = {
        u"Didn't want to talk about it right away. Maybe tomorrow."_qs,
        u"They asked if I was okay; I said I didn't know."_qs,
        u"Went for a walk the next morning and felt a bit lighter."_qs,
        u"Want to bring this up with my therapist."_qs,
        u"Kept thinking about it the next day."_qs,
        u"Wrote this down so I can see whether it keeps happening."_qs,
        u"We agreed to talk it through at the weekend."_qs,
    };
    return phrases;
}

const QStringList& lowMoodNotes()
{
    static const QStringList phrases = {
        u"Everything feels like more effort lately."_qs,
        u"Haven't been sleeping well this month."_qs,
        u"Felt tired and flat all evening."_qs,
        u"Hard to enjoy much at the moment, this included too."_qs,
    };
    return phrases;
}

const QStringList& painNotes()
{
    static const QStringList phrases = {
        u"It was uncomfortable and a bit sore. Going to mention it to my doctor."_qs,
        u"Some pain again; we stopped and that was fine."_qs,
    };
    return phrases;
}

} // namespace aftercare::core::DemoPhrases
