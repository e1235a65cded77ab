// The finding explanations that name a period or a count, built from the numbers the rules pass
// in (their named constants in FindingRules.h), so a text can never disagree with its rule. The
// periods are %n plurals, so a translation can say "1 day" and "30 days" each its own way. Each
// explanation comes in the app's voice and the therapist summary's (FindingWords).
#pragma once

#include "core/analysis/FindingWords.h"

#include <QString>

namespace aftercare::core::FindingTexts {

// A small count in words ("three"), larger ones in digits; for counts a sentence spells out.
QString countInWords(int n);
// "the three months before" for whole months of 30 days, "the 45 days before" otherwise.
QString periodBefore(int days);

FindingWords depressionSigns(int windowDays);
FindingWords traumaRepeated(int entries, int windowDays);
FindingWords pain(int windowDays);
FindingWords anxiety(int entries, int windowDays);
FindingWords frequentEpisodes(int entries, int windowDays);
FindingWords distressShare(int distressing, int total, int windowDays);
// A share of a group: `part` of `total` reflections. A percentage is shown only when `total` is
// at least `shareFrom`; below that only the counts (CONTENT.md, "Honest patterns").
struct Share
{
    int part = 0;
    int total = 0;
};
// "none" for 0, else the number in digits: "none of your 3 other reflections".
QString countOrNone(int n);
FindingWords distressRising(Share recent, Share earlier, int shareFrom, int recentDays,
                            int earlierDays);
FindingWords relationship(int entries, int windowDays);
// One partner stands out: `partner` is their label as the person wrote it (or a pseudonym).
FindingWords partnerDifference(Share partnerShare, const QString& partner, Share others,
                               int shareFrom, int windowDays);
// Several partners stand out.
FindingWords partnersDifference(int windowDays);
FindingWords shameGuilt(int entries, int windowDays);
// mostly_happy_tears: `happy` of `total` recent reflections describe joy, love or relief.
FindingWords mostlyHappy(Share happy, int shareFrom);
FindingWords notEnoughData(int enoughEntries, int windowDays);

} // namespace aftercare::core::FindingTexts
