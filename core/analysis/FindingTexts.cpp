#include "core/analysis/FindingTexts.h"

#include "core/analysis/FindingSupport.h"
#include "core/analysis/Share.h"

namespace aftercare::core::FindingTexts {

using FindingSupport::Text;

namespace {

// A month, as the rules count it: windows are whole days, and 90 days reads as three months.
constexpr int daysPerMonth = 30;

} // namespace

QString countInWords(int n)
{
    switch (n) {
    case 1:
        return Text::tr("one");
    case 2:
        return Text::tr("two");
    case 3:
        return Text::tr("three");
    case 4:
        return Text::tr("four");
    case 5:
        return Text::tr("five");
    case 6:
        return Text::tr("six");
    case 7:
        return Text::tr("seven");
    case 8:
        return Text::tr("eight");
    case 9:
        return Text::tr("nine");
    case 10:
        return Text::tr("ten");
    case 11:
        return Text::tr("eleven");
    case 12:
        return Text::tr("twelve");
    default:
        return QString::number(n);
    }
}

QString periodBefore(int days)
{
    if (days <= 0 || days % daysPerMonth != 0)
        return Text::tr("the %n days before", "a period just before another", days);
    const int months = days / daysPerMonth;
    if (months == 1)
        return Text::tr("the month before", "a period just before another");
    return Text::tr("the %1 months before", "a period just before another; %1 is a number in words")
        .arg(countInWords(months));
}

FindingWords depressionSigns(int windowDays)
{
    return {
        Text::tr("Over the last %n days, some of what you noted can go along with low mood or "
                 "depression, such as sadness, tiredness, poor sleep or losing interest in things "
                 "you usually enjoy. This is not a diagnosis, but it may be worth talking about "
                 "with a doctor or therapist. Low mood is common, and it can ease with the right "
                 "support.",
                 nullptr, windowDays),
        Text::tr("Over the last %n days, some of what the person noted can go along with low mood "
                 "or depression, such as sadness, tiredness, poor sleep or losing interest in "
                 "things they usually enjoy. Not a diagnosis; the app suggested talking about it "
                 "with a doctor or therapist.",
                 nullptr, windowDays)};
}

FindingWords traumaRepeated(int entries, int windowDays)
{
    return {Text::tr("In %1 reflections from the last %n days you said you were reliving a past "
                     "trauma or abusive experience. That is a lot to hold. A therapist who works "
                     "with trauma can help you find ways to feel safer during and after intimacy, "
                     "at your own pace.",
                     nullptr, windowDays)
                .arg(entries),
            Text::tr("In %1 reflections from the last %n days the person said they were reliving "
                     "a past trauma or abusive experience. The app suggested a therapist who works "
                     "with trauma.",
                     nullptr, windowDays)
                .arg(entries)};
}

FindingWords pain(int windowDays)
{
    return {Text::tr("Some of your reflections from the last %n days mention real pain. Pain "
                     "before, during or after sex is worth raising with a doctor or other "
                     "healthcare provider: it often has a cause that can be treated. It can also "
                     "help to tell your partner, and to pause or change what you are doing when "
                     "something hurts.",
                     nullptr, windowDays),
            Text::tr("Some of the person's reflections from the last %n days mention real pain. "
                     "The app suggested raising it with a doctor or other healthcare provider, "
                     "telling their partner, and pausing or changing what they are doing when "
                     "something hurts.",
                     nullptr, windowDays)};
}

FindingWords anxiety(int entries, int windowDays)
{
    return {Text::tr("Anxiety, fear or stress appears in %1 of your reflections from the last %n "
                     "days. Worry that follows you into intimacy can make it hard to stay in the "
                     "moment, and it is something that can be eased.",
                     nullptr, windowDays)
                .arg(entries),
            Text::tr("Anxiety, fear or stress appears in %1 of the person's reflections from the "
                     "last %n days.",
                     nullptr, windowDays)
                .arg(entries)};
}

FindingWords frequentEpisodes(int entries, int windowDays)
{
    return {Text::tr("You reflected on %1 episodes with tears or distress in the last %n days. "
                     "When crying after sex keeps happening, it can help to explore it with a "
                     "health professional, especially if it weighs on you. The reasons you picked "
                     "may also show what is going on.",
                     nullptr, windowDays)
                .arg(entries),
            Text::tr("The person reflected on %1 episodes with tears or distress in the last %n "
                     "days. The app suggested exploring it with a health professional, especially "
                     "if it weighs on them.",
                     nullptr, windowDays)
                .arg(entries)};
}

FindingWords distressShare(int distressing, int total, int windowDays)
{
    return {Text::tr("In the last %n days, %1 of your %2 reflections describe a hard time, for "
                     "example tension that got worse, sad thoughts, or something that bothered "
                     "you a lot. It may help to look at what these moments had in common, and to "
                     "talk them through with someone you trust or a professional.",
                     nullptr, windowDays)
                .arg(distressing)
                .arg(total),
            Text::tr("In the last %n days, %1 of the person's %2 reflections describe a hard "
                     "time, for example tension that got worse, sad thoughts, or being bothered a "
                     "lot.",
                     nullptr, windowDays)
                .arg(distressing)
                .arg(total)};
}

QString countOrNone(int n)
{
    return n == 0 ? Text::tr("none", "as in 'none of your 3 reflections'") : QString::number(n);
}

FindingWords distressRising(Share recent, Share earlier, int shareFrom, int recentDays,
                            int earlierDays)
{
    // Percentages only when both groups are large enough; the counts always.
    if (recent.total < shareFrom || earlier.total < shareFrom) {
        const QString recentPart = countOrNone(recent.part),
                      recentTotal = QString::number(recent.total);
        const QString earlierPart = countOrNone(earlier.part),
                      earlierTotal = QString::number(earlier.total);
        return {
            Text::tr("%1 of your %2 reflections in the last %n days describe a hard time, "
                     "compared with %3 of %4 in %5. A change like this may point to "
                     "something new going on in your life, your health or your "
                     "relationship, and may be worth some gentle attention.",
                     "%5 is a period such as 'the three months before'", recentDays)
                .arg(recentPart, recentTotal, earlierPart, earlierTotal, periodBefore(earlierDays)),
            Text::tr("%1 of the person's %2 reflections in the last %n days describe a hard "
                     "time, compared with %3 of %4 in %5. A change like this may point to "
                     "something new in their life, health or relationship.",
                     "%5 is a period such as 'the three months before'", recentDays)
                .arg(recentPart, recentTotal, earlierPart, earlierTotal,
                     periodBefore(earlierDays))};
    }
    const QString numbers[] = {QString::number(core::Share::percent(recent.part, recent.total)),
                               countOrNone(recent.part),
                               QString::number(recent.total),
                               QString::number(core::Share::percent(earlier.part, earlier.total)),
                               countOrNone(earlier.part),
                               QString::number(earlier.total),
                               periodBefore(earlierDays)};
    return {Text::tr("%1% of your reflections in the last %n days describe a hard time (%2 of "
                     "%3), compared with %4% (%5 of %6) in %7. A change like this may point to "
                     "something new going on in your life, your health or your relationship, and "
                     "may be worth some gentle attention.",
                     "%7 is a period such as 'the three months before'", recentDays)
                .arg(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5],
                     numbers[6]),
            Text::tr("%1% of the person's reflections in the last %n days describe a hard time "
                     "(%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may "
                     "point to something new in their life, health or relationship.",
                     "%7 is a period such as 'the three months before'", recentDays)
                .arg(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5],
                     numbers[6])};
}

FindingWords relationship(int entries, int windowDays)
{
    return {Text::tr("Over the last %n days, %1 reflections point to relationship worries, mixed "
                     "signals or unmet expectations, or a partner who brushed your feelings "
                     "aside. Talking openly together about what you each like and do not like, "
                     "and what you want from each other, can help. A couples therapist can help "
                     "too if talks get stuck.",
                     nullptr, windowDays)
                .arg(entries),
            Text::tr("Over the last %n days, %1 reflections point to relationship worries, mixed "
                     "signals or unmet expectations, or a partner who brushed the person's "
                     "feelings aside. The app suggested talking openly together, or with a "
                     "couples therapist if talks get stuck.",
                     nullptr, windowDays)
                .arg(entries)};
}

FindingWords partnerDifference(Share partnerShare, const QString& partner, Share others,
                               int shareFrom, int windowDays)
{
    const QString name = partner.isEmpty() ? Text::tr("one partner") : partner;
    // Each in one pass, so a label that happens to hold "%3" stays as written.
    if (partnerShare.total < shareFrom || others.total < shareFrom) {
        const QString args[] = {countOrNone(partnerShare.part), QString::number(partnerShare.total),
                                name, countOrNone(others.part), QString::number(others.total)};
        return {Text::tr("Over the last %n days, %1 of your %2 reflections with %3 describe a "
                         "hard time, compared with %4 of your %5 other reflections. This says "
                         "nothing about whose fault anything is, but it may be worth thinking "
                         "about what feels different, and perhaps talking about it together.",
                         nullptr, windowDays)
                    .arg(args[0], args[1], args[2], args[3], args[4]),
                Text::tr("Over the last %n days, %1 of the person's %2 reflections with %3 "
                         "describe a hard time, compared with %4 of their %5 other reflections. "
                         "This says nothing about whose fault anything is.",
                         nullptr, windowDays)
                    .arg(args[0], args[1], args[2], args[3], args[4])};
    }
    const QString args[] = {
        QString::number(core::Share::percent(partnerShare.part, partnerShare.total)),
        name,
        countOrNone(partnerShare.part),
        QString::number(partnerShare.total),
        QString::number(core::Share::percent(others.part, others.total)),
        countOrNone(others.part),
        QString::number(others.total)};
    return {Text::tr("Over the last %n days, %1% of your reflections with %2 describe a hard time "
                     "(%3 of %4), compared with %5% of your other reflections (%6 of %7). This "
                     "says nothing about whose fault anything is, but it may be worth thinking "
                     "about what feels different, and perhaps talking about it together.",
                     nullptr, windowDays)
                .arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6]),
            Text::tr("Over the last %n days, %1% of the person's reflections with %2 describe a "
                     "hard time (%3 of %4), compared with %5% of their other reflections (%6 of "
                     "%7). This says nothing about whose fault anything is.",
                     nullptr, windowDays)
                .arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6])};
}

FindingWords partnersDifference(int windowDays)
{
    return {Text::tr("Over the last %n days, reflections with some partners describe a hard time "
                     "much more often than your other reflections. This says nothing about whose "
                     "fault anything is, but it may be worth thinking about what feels "
                     "different.",
                     nullptr, windowDays),
            Text::tr("Over the last %n days, reflections with some partners describe a hard time "
                     "much more often than the person's other reflections. This says nothing "
                     "about whose fault anything is.",
                     nullptr, windowDays)};
}

FindingWords shameGuilt(int entries, int windowDays)
{
    return {Text::tr("In %1 reflections from the last %n days you mentioned shame or guilt. Many "
                     "people grew up hearing that sex is wrong, or feel uneasy about their body. "
                     "These feelings make sense, and they can soften. Talking with your partner "
                     "or a therapist can help.",
                     nullptr, windowDays)
                .arg(entries),
            Text::tr("In %1 reflections from the last %n days the person mentioned shame or "
                     "guilt. The app suggested talking with their partner or a therapist.",
                     nullptr, windowDays)
                .arg(entries)};
}

FindingWords mostlyHappy(Share happy, int shareFrom)
{
    if (happy.total < shareFrom)
        return {Text::tr("%1 of your %2 recent reflections describe joy, love or relief, and "
                         "none of them describe a hard time. Tears like these are usually no "
                         "cause for concern. They can simply be a release.")
                    .arg(happy.part)
                    .arg(happy.total),
                Text::tr("%1 of the person's %2 recent reflections describe joy, love or relief, "
                         "and none of them describe a hard time. Tears like these are usually no "
                         "cause for concern.")
                    .arg(happy.part)
                    .arg(happy.total)};
    return {Text::tr("Your recent reflections mostly describe joy, love or relief (%1 of %2), and "
                     "none of them describe a hard time. Tears like these are usually no cause "
                     "for concern. They can simply be a release.")
                .arg(happy.part)
                .arg(happy.total),
            Text::tr("The person's recent reflections mostly describe joy, love or relief (%1 of "
                     "%2), and none of them describe a hard time. Tears like these are usually no "
                     "cause for concern.")
                .arg(happy.part)
                .arg(happy.total)};
}

FindingWords notEnoughData(int enoughEntries, int windowDays)
{
    // The app encourages the person here; a clinician needs only the fact.
    return {Text::tr("There are fewer than %1 reflections from the last %n days, so it is too "
                     "early to notice patterns. Each reflection you add makes the picture "
                     "clearer, and there is no need to rush.",
                     "%1 is a number in words", windowDays)
                .arg(countInWords(enoughEntries)),
            Text::tr("The journal holds fewer than %1 reflections from the last %n days, too few "
                     "for the app to look for patterns.",
                     nullptr, windowDays)
                .arg(enoughEntries)};
}

} // namespace aftercare::core::FindingTexts
