// The person's own tags set against the hard episodes ("what tends to come with them"): for each
// tag used in a period, how many reflections with it and without it were distressing, Fisher's
// exact test on those counts, and whether the tag stands out. docs/FINDINGS.md ("Factors") gives
// the rule and its reasons. The Trends page, `aftercare-cli trends --json` and the therapist
// summary all read this one result.
//
// Use:
//     const AnalysisContext context(entries, checkIns, partners, asOf);
//     const FactorAnalysis factors = FactorAnalysis::compute(context, periodDays);
//     for (const Factor& f : factors.factors) … f.tag, f.with, f.without, f.pValue, f.standsOut
//     findings += factors.findings();   // factor_with_distress / factor_with_ease, if any
//     (sort them with findingComesBefore to show them among the others)
#pragma once

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Finding.h"
#include "core/analysis/FindingWords.h"

#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace aftercare::core {

// Reflections in one group, and how many of them were distressing (Distress::isDistressing).
struct FactorCounts
{
    int entries = 0;
    int distressing = 0;
    friend bool operator==(const FactorCounts&, const FactorCounts&) = default;
};

enum class FactorDirection
{
    None,         // the tag does not stand out (or has too few entries to say)
    MoreDistress, // distress is more common with the tag
    LessDistress  // distress is less common with the tag
};

// "more_distress", "less_distress"; empty for None.
QString directionKey(FactorDirection direction);

struct Factor
{
    QString tag; // the label as stored
    // Reflections in the period with the tag, and the others in the period. Neither counts a
    // reflection whose limits were not respected: that gets care, never analysis (CONTENT.md).
    FactorCounts with;
    FactorCounts without;
    // Two-sided Fisher's exact test on the 2×2 table; nullopt below the minimum.
    std::optional<double> pValue;
    bool standsOut = false;
    FactorDirection direction = FactorDirection::None; // set only when it stands out
    QStringList entryIds; // the reflections counted in `with`, oldest first

    // At least FactorAnalysis::minEntries with the tag and as many without: below that the page
    // says "not enough entries yet to say anything", never a share.
    bool hasEnoughEntries() const;
    friend bool operator==(const Factor&, const Factor&) = default;
};

class FactorAnalysis
{
public:
    // The rule (docs/FINDINGS.md, "Factors"); change both together.
    static constexpr int minEntries = 5; // with the tag, and again without it
    static constexpr double maxPValue = 0.05;
    static constexpr int minPoints = 20; // the shares differ by at least this many points

    static constexpr char distressId[] = "factor_with_distress";
    static constexpr char easeId[] = "factor_with_ease";

    Window window;         // the period; days 0 means everything up to asOf (start invalid)
    QList<Factor> factors; // one per tag on a reflection in the period, by label ignoring case

    // How many tags had enough entries to be tested.
    int tested() const;

    // `periodDays` as TrendSummary takes it: the last N days up to the context's asOf, or
    // everything up to it for 0.
    static FactorAnalysis compute(const AnalysisContext& context, int periodDays);

    // factor_with_distress (severity consider) for the tags after which distress is more
    // common, factor_with_ease (info) for those where it is less common: at most one finding
    // of each, naming every tag that stands out with its counts, in both voices (title and
    // explanation to the person, reportTitle and reportExplanation about them); evidence: the
    // reflections carrying those tags, oldest first. Empty when no tag stands out.
    const QList<Finding>& findings() const { return m_findings; }

    // The sentences that keep the numbers honest, in both voices: that they show what goes
    // together, not what causes what; and, when `tested` tags (more than one) had enough
    // entries, that with many tags one can stand out by chance.
    static FindingWords notCauseWords();
    static FindingWords chanceWords(int tested);

    // What the page shows for a tag below the minimum instead of any share: "Not enough
    // entries yet to say anything".
    static QString notEnoughEntriesText();
    // "7 of 9 distressing (78%)": the percentage only from minEntries reflections on (never a
    // share without its counts, never a percentage on fewer than 5). For chart labels.
    static QString countsText(const FactorCounts& counts);

private:
    QList<Finding> m_findings;
};

// {"tag", "with": {"entries", "distressing"}, "without": {…}, "p_value" (number or null),
//  "stands_out", "direction" ("more_distress", "less_distress" or null)}.
QJsonObject toJson(const Factor& factor);
QJsonArray toJson(const FactorAnalysis& analysis); // the factors in order

} // namespace aftercare::core
