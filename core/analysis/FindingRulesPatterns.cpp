// The rules about patterns across episodes: how often, how hard, with whom, and why.
#include "core/analysis/FindingRules.h"

#include "core/analysis/FindingSupport.h"
#include "core/analysis/FindingTexts.h"
#include "core/analysis/GuideTopic.h"

#include <algorithm>
#include <QHash>

namespace aftercare::core::FindingRules {

using namespace FindingSupport;

namespace {

QString topic(const char* key)
{
    return QLatin1StringView(key);
}

bool isDistressingId(const EntryFact& f)
{
    return f.distressing && isPatternMaterial(f);
}

struct Tally
{
    int entries = 0;
    int distressing = 0;
};

// a/b ≥ 2·c/d and a/b − c/d ≥ 30 points, in integers so no share is rounded on the way.
bool partnerStandsOut(Tally partner, Tally others)
{
    const qint64 crossPartner = qint64(partner.distressing) * others.entries;
    const qint64 crossOthers = qint64(others.distressing) * partner.entries;
    const qint64 both = qint64(partner.entries) * others.entries;
    return crossPartner >= partnerMinRatio * crossOthers &&
           100 * (crossPartner - crossOthers) >= partnerMinPoints * both;
}

} // namespace

std::optional<Finding> frequentEpisodes(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(frequentWindowDays);
    QStringList ids = entryIdsWhere(ctx.entriesIn(window), [](const EntryFact& f) {
        return isPatternMaterial(f) &&
               (f.distressing || (f.entry->tears && *f.entry->tears != Tears::None));
    });
    if (ids.size() < frequentEntries)
        return std::nullopt;
    return makeFinding(frequentId, Severity::Consider, window,
                       FindingWords::same(Text::tr("Tears have come often lately")),
                       FindingTexts::frequentEpisodes(int(ids.size()), frequentWindowDays), ids, {},
                       {topic(GuideTopic::reasons), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> distressShare(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(distressShareWindowDays);
    const auto facts = ctx.entriesIn(window);
    const auto [total, distressing] = countPatternMaterial(facts);
    if (total < distressShareMinEntries || 100 * distressing < distressShareMinPercent * total)
        return std::nullopt;
    return makeFinding(distressShareId, Severity::Consider, window,
                       FindingWords::same(total < honestShareFrom
                                              ? Text::tr("Several recent episodes felt hard")
                                              : Text::tr("Many recent episodes felt hard")),
                       FindingTexts::distressShare(distressing, total, distressShareWindowDays),
                       entryIdsWhere(facts, isDistressingId), {},
                       {topic(GuideTopic::reflecting), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> distressRising(const AnalysisContext& ctx)
{
    const auto recent = ctx.entriesIn(ctx.lastDays(risingRecentDays));
    const auto earlier =
        ctx.entriesIn(Window::daysBefore(ctx.asOf(), risingRecentDays, risingEarlierDays));
    const auto [nRecent, dRecent] = countPatternMaterial(recent);
    const auto [nEarlier, dEarlier] = countPatternMaterial(earlier);
    if (nRecent < risingMinEntries || nEarlier < risingMinEntries)
        return std::nullopt;
    // recent share − earlier share ≥ 25 points, cross-multiplied to stay exact.
    const qint64 rise = qint64(dRecent) * nEarlier - qint64(dEarlier) * nRecent;
    if (100 * rise < qint64(risingMinPoints) * nRecent * nEarlier)
        return std::nullopt;
    return makeFinding(risingId, Severity::Consider,
                       Window::lastDays(ctx.asOf(), risingRecentDays + risingEarlierDays),
                       FindingWords::same(Text::tr("Recent episodes have felt harder than before")),
                       FindingTexts::distressRising({dRecent, nRecent}, {dEarlier, nEarlier},
                                                    honestShareFrom, risingRecentDays,
                                                    risingEarlierDays),
                       entryIdsWhere(recent, isDistressingId), {},
                       {topic(GuideTopic::reflecting), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> relationship(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(relationshipWindowDays);
    const auto facts = ctx.entriesIn(window);
    QStringList ids = entryIdsWhere(facts, [](const EntryFact& f) {
        return isPatternMaterial(f) && (f.entry->reasons.contains(Reason::Relationship) ||
                                        f.entry->reasons.contains(Reason::Confusion) ||
                                        f.entry->partnerResponse == PartnerResponse::Dismissive);
    });
    if (ids.size() < relationshipEntries)
        return std::nullopt;
    // Never "talk it over together" when the person was not sure their limits were respected.
    const FindingWords explanation =
        anyLimitsInDoubt(facts, ids)
            ? FindingWords{Text::tr("Some of your recent reflections point to relationship "
                                    "worries, and in some of them you were not sure your limits "
                                    "were respected. That deserves care: you do not have to sort "
                                    "it out on your own, and a therapist or a support line can "
                                    "help you think it through."),
                           Text::tr("Some of the person's recent reflections point to "
                                    "relationship worries, and in some of them they were not sure "
                                    "their limits were respected. The app pointed them to a "
                                    "therapist or a support line.")}
            : FindingTexts::relationship(int(ids.size()), relationshipWindowDays);
    return makeFinding(relationshipId, Severity::Consider, window,
                       {Text::tr("Things in the relationship may be weighing on you"),
                        Text::tr("Things in the relationship may be weighing on the person")},
                       explanation, ids, {},
                       {topic(GuideTopic::relationship), topic(GuideTopic::partnerCries),
                        topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> partnerDifference(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(partnerWindowDays);
    const auto facts = ctx.entriesIn(window);
    const auto [allEntries, allDistressing] = countPatternMaterial(facts);
    const Tally all{allEntries, allDistressing};
    QHash<QString, Tally> byPartner;
    for (const EntryFact& f : facts) {
        if (f.entry->partnerId.isEmpty() || !isPatternMaterial(f))
            continue;
        Tally& t = byPartner[f.entry->partnerId];
        ++t.entries;
        t.distressing += f.distressing ? 1 : 0;
    }
    QSet<QString> standOut;
    Tally shown, shownOthers;
    for (auto it = byPartner.cbegin(); it != byPartner.cend(); ++it) {
        const Tally others{all.entries - it->entries, all.distressing - it->distressing};
        if (it->entries >= partnerMinEntries && others.entries >= partnerOthersMinEntries &&
            partnerStandsOut(*it, others)) {
            standOut.insert(it.key());
            shown = *it;
            shownOthers = others;
        }
    }
    if (standOut.isEmpty())
        return std::nullopt;

    const bool one = standOut.size() == 1;
    const QString label = one ? ctx.partnerLabel(*standOut.cbegin()) : QString();
    const QStringList ids = entryIdsWhere(facts, [&standOut](const EntryFact& f) {
        return isDistressingId(f) && standOut.contains(f.entry->partnerId);
    });
    // Words about fault or talking it over together are wrong when the person was not sure
    // their limits were respected: then the finding points to care instead.
    const FindingWords explanation =
        anyLimitsInDoubt(facts, ids)
            ? FindingWords{Text::tr("Some of your reflections with a partner describe a hard "
                                    "time more often than your other reflections, and in some of "
                                    "them you were not sure your limits were respected. That "
                                    "matters. You do not have to work it out on your own: a "
                                    "therapist, someone you trust or a support line can help you "
                                    "think about what happened, at your own pace."),
                           Text::tr("Some of the person's reflections with a partner describe a "
                                    "hard time more often than their other reflections, and in "
                                    "some of them they were not sure their limits were respected. "
                                    "The app pointed them to a therapist, someone they trust or a "
                                    "support line.")}
        : one ? FindingTexts::partnerDifference({shown.distressing, shown.entries}, label,
                                                {shownOthers.distressing, shownOthers.entries},
                                                honestShareFrom, partnerWindowDays)
              : FindingTexts::partnersDifference(partnerWindowDays);
    return makeFinding(
        partnerDifferenceId, Severity::Consider, window,
        FindingWords::same(one ? Text::tr("Episodes with one partner feel harder more often")
                               : Text::tr("Episodes with some partners feel harder more often")),
        explanation, ids, {}, {topic(GuideTopic::relationship), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> shameGuilt(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(shameWindowDays);
    const auto facts = ctx.entriesIn(window);
    QStringList ids = entryIdsWhere(facts, [](const EntryFact& f) {
        return isPatternMaterial(f) && (f.entry->reasons.contains(Reason::ShameGuilt) ||
                                        f.entry->emotions.contains(Emotion::Shame) ||
                                        f.entry->emotions.contains(Emotion::Guilt));
    });
    if (ids.size() < shameEntries)
        return std::nullopt;
    const FindingWords explanation =
        anyLimitsInDoubt(facts, ids)
            ? FindingWords{Text::tr("Shame or guilt came up in several of your recent "
                                    "reflections, and in some of them you were not sure your "
                                    "limits were respected. Shame is not a sign that you did "
                                    "something wrong. A therapist or a support line can help you "
                                    "make sense of it, at your own pace."),
                           Text::tr("Shame or guilt came up in several of the person's recent "
                                    "reflections, and in some of them they were not sure their "
                                    "limits were respected. The app pointed them to a therapist "
                                    "or a support line.")}
            : FindingTexts::shameGuilt(int(ids.size()), shameWindowDays);
    return makeFinding(shameId, Severity::Consider, window,
                       FindingWords::same(Text::tr("Shame or guilt came up several times")),
                       explanation, ids, {},
                       {topic(GuideTopic::reasons), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> mostlyHappyTears(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(happyWindowDays);
    const auto facts = ctx.entriesIn(window);
    const int total = int(facts.size());
    // Reassurance only when nothing points the other way, a doubt about limits included.
    const bool limitsInDoubt = std::ranges::any_of(facts, [](const EntryFact& f) {
        return f.entry->limitsRespected && *f.entry->limitsRespected != LimitsRespected::Yes;
    });
    if (total < happyMinEntries || countDistressing(facts) > 0 || limitsInDoubt)
        return std::nullopt;
    QStringList ids = entryIdsWhere(facts, [](const EntryFact& f) {
        const Entry& e = *f.entry;
        return e.thoughts == Thoughts::Happy || e.tension == Tension::Relieved ||
               e.reasons.contains(Reason::Joy) || e.emotions.contains(Emotion::Joy) ||
               e.emotions.contains(Emotion::Love);
    });
    if (happyShareDenominator * ids.size() < happyShareNumerator * total)
        return std::nullopt;
    return makeFinding(happyId, Severity::Info, window,
                       FindingWords::same(total < honestShareFrom ? Text::tr("Happy tears so far")
                                                                  : Text::tr("Mostly happy tears")),
                       FindingTexts::mostlyHappy({int(ids.size()), total}, honestShareFrom), ids,
                       {}, {topic(GuideTopic::understanding)});
}

std::optional<Finding> notEnoughData(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(enoughDataWindowDays);
    const auto facts = ctx.entriesIn(window);
    if (int(facts.size()) >= enoughDataEntries)
        return std::nullopt;
    return makeFinding(enoughDataId, Severity::Info, window,
                       {Text::tr("A few more reflections will help"),
                        Text::tr("Too few reflections for patterns")},
                       FindingTexts::notEnoughData(enoughDataEntries, enoughDataWindowDays),
                       entryIdsWhere(facts, [](const EntryFact&) { return true; }), {},
                       {topic(GuideTopic::reflecting), topic(GuideTopic::understanding)});
}

} // namespace aftercare::core::FindingRules
