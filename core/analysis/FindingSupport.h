// Helpers the rule files share to select evidence and assemble findings; internal to analysis/.
#pragma once

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Finding.h"
#include "core/analysis/FindingWords.h"
#include "core/analysis/Scoring.h"

#include <QCoreApplication>
#include <span>

namespace aftercare::core::FindingSupport {

// Gives the rules a tr() under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

// Ids of the facts that match `pred`, oldest first.
template <typename Pred> QStringList entryIdsWhere(std::span<const EntryFact> facts, Pred pred)
{
    QStringList ids;
    for (const EntryFact& f : facts) {
        if (pred(f))
            ids << f.entry->id;
    }
    return ids;
}

inline int countDistressing(std::span<const EntryFact> facts)
{
    int n = 0;
    for (const EntryFact& f : facts)
        n += f.distressing ? 1 : 0;
    return n;
}

// An entry where the person said their limits were not respected gets care, never analysis: the
// pattern rules leave it out of their counts and their evidence (limits_not_respected and the
// health rules, which point to a doctor or therapist, still see it).
inline bool isPatternMaterial(const EntryFact& f)
{
    return f.entry->limitsRespected != LimitsRespected::No;
}

// Entries and distressing entries among the pattern material.
struct PatternCounts
{
    int entries = 0;
    int distressing = 0;
};

inline PatternCounts countPatternMaterial(std::span<const EntryFact> facts)
{
    PatternCounts c;
    for (const EntryFact& f : facts) {
        if (!isPatternMaterial(f))
            continue;
        ++c.entries;
        c.distressing += f.distressing ? 1 : 0;
    }
    return c;
}

// Whether any of the entries with these ids left the question about limits as "unsure" or "no":
// a finding built on such an entry may not suggest working it out together or say that nobody
// is at fault.
bool anyLimitsInDoubt(std::span<const EntryFact> facts, const QStringList& ids);

// The band in words for an explanation, e.g. "moderately severe".
QString bandWords(Band band);

// The title and explanation each in both voices (FindingWords): the app's and the summary's.
Finding makeFinding(const char* id, Severity severity, const Window& window, FindingWords title,
                    FindingWords explanation, QStringList entryIds, QStringList checkInIds,
                    QStringList guideTopics);

} // namespace aftercare::core::FindingSupport
