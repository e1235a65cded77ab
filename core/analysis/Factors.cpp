#include "core/analysis/Factors.h"

#include "core/analysis/FindingSupport.h"
#include "core/analysis/FindingWords.h"
#include "core/analysis/FisherExact.h"
#include "core/analysis/GuideTopic.h"
#include "core/analysis/Share.h"
#include "core/model/Tags.h"

#include <algorithm>
#include <cstdlib>
#include <QHash>

namespace aftercare::core {

using FindingSupport::Text;

namespace {

// A p-value that is exactly 0.05 in exact arithmetic may come out a hair above it in floating
// point; the rule means "at most 0.05", so the comparison allows for that rounding.
constexpr double pRounding = 1e-9;

// One tag while counting: its label and the positions (in the period's facts) of the
// reflections that carry it.
struct Tally
{
    QString label;
    QString folded;
    FactorCounts with;
    std::vector<std::size_t> facts;
};

// |a/b − c/d| ≥ minPoints/100, cross-multiplied so no share is rounded on the way.
bool sharesDifferEnough(const FactorCounts& with, const FactorCounts& without)
{
    const qint64 cross =
        qint64(with.distressing) * without.entries - qint64(without.distressing) * with.entries;
    return 100 * std::llabs(cross) >=
           qint64(FactorAnalysis::minPoints) * with.entries * without.entries;
}

QString tagSentence(const Factor& f)
{
    return Text::tr("%1 of %2 reflections tagged “%3” were distressing, against %4 of %5 "
                    "without it.",
                    "a tag's counts; %3 is the person's own label")
        .arg(f.with.distressing)
        .arg(f.with.entries)
        .arg(f.tag)
        .arg(f.without.distressing)
        .arg(f.without.entries);
}

FindingWords title(FactorDirection direction, const QList<const Factor*>& tags)
{
    if (direction == FactorDirection::MoreDistress) {
        if (tags.size() == 1)
            return FindingWords::same(
                Text::tr("Harder episodes tend to come with “%1”", "%1 is a tag")
                    .arg(tags[0]->tag));
        return {Text::tr("Harder episodes tend to come with some of your tags"),
                Text::tr("Harder episodes tend to come with some of the person's tags")};
    }
    if (tags.size() == 1)
        return FindingWords::same(
            Text::tr("Episodes tagged “%1” tend to feel easier", "%1 is a tag").arg(tags[0]->tag));
    return {Text::tr("Some of your tags tend to come with easier episodes"),
            Text::tr("Some of the person's tags tend to come with easier episodes")};
}

FindingWords explanation(const QList<const Factor*>& tags, int tested, bool sayChance)
{
    FindingWords words;
    for (const Factor* f : tags)
        words += FindingWords::same(tagSentence(*f));
    words += FactorAnalysis::notCauseWords();
    if (sayChance)
        words += FactorAnalysis::chanceWords(tested);
    return words;
}

} // namespace

QString directionKey(FactorDirection direction)
{
    switch (direction) {
    case FactorDirection::MoreDistress:
        return QStringLiteral("more_distress");
    case FactorDirection::LessDistress:
        return QStringLiteral("less_distress");
    case FactorDirection::None:
        break;
    }
    return {};
}

bool Factor::hasEnoughEntries() const
{
    return with.entries >= FactorAnalysis::minEntries &&
           without.entries >= FactorAnalysis::minEntries;
}

int FactorAnalysis::tested() const
{
    return int(std::ranges::count_if(factors, &Factor::hasEnoughEntries));
}

FactorAnalysis FactorAnalysis::compute(const AnalysisContext& ctx, int periodDays)
{
    FactorAnalysis out;
    out.window = periodDays > 0 ? ctx.lastDays(periodDays) : Window{QDateTime(), ctx.asOf(), 0};
    const auto facts = periodDays > 0 ? ctx.entriesIn(out.window) : ctx.entries();

    // Labels come back from the store in one spelling per tag, so most look-ups hit the exact
    // label; folding (which allocates) happens once per spelling.
    std::vector<Tally> tallies;
    QHash<QString, std::size_t> byLabel;
    QHash<QString, std::size_t> byFolded;
    FactorCounts all;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const EntryFact& f = facts[i];
        if (!FindingSupport::isPatternMaterial(f))
            continue;
        ++all.entries;
        all.distressing += f.distressing ? 1 : 0;
        for (const QString& label : f.entry->tags) {
            auto found = byLabel.constFind(label);
            if (found == byLabel.constEnd()) {
                const QString folded = Tags::folded(label);
                auto same = byFolded.constFind(folded);
                if (same == byFolded.constEnd()) {
                    same = byFolded.insert(folded, tallies.size());
                    tallies.push_back(Tally{label, folded, {}, {}});
                }
                found = byLabel.insert(label, *same);
            }
            Tally& t = tallies[*found];
            // A tag listed twice on one entry (never stored so) would count once.
            if (!t.facts.empty() && t.facts.back() == i)
                continue;
            ++t.with.entries;
            t.with.distressing += f.distressing ? 1 : 0;
            t.facts.push_back(i);
        }
    }
    std::ranges::sort(tallies, [](const Tally& a, const Tally& b) {
        return a.folded != b.folded ? a.folded < b.folded : a.label < b.label;
    });

    out.factors.reserve(qsizetype(tallies.size()));
    for (const Tally& t : tallies) {
        Factor factor;
        factor.tag = t.label;
        factor.with = t.with;
        factor.without = {all.entries - t.with.entries, all.distressing - t.with.distressing};
        factor.entryIds.reserve(qsizetype(t.facts.size()));
        for (std::size_t i : t.facts)
            factor.entryIds << facts[i].entry->id;
        if (factor.hasEnoughEntries()) {
            const double p = FisherExact::twoSidedP(
                factor.with.distressing, factor.with.entries - factor.with.distressing,
                factor.without.distressing, factor.without.entries - factor.without.distressing);
            factor.pValue = p;
            factor.standsOut = p <= maxPValue * (1.0 + pRounding) &&
                               sharesDifferEnough(factor.with, factor.without);
            if (factor.standsOut) {
                const bool more = qint64(factor.with.distressing) * factor.without.entries >
                                  qint64(factor.without.distressing) * factor.with.entries;
                factor.direction =
                    more ? FactorDirection::MoreDistress : FactorDirection::LessDistress;
            }
        }
        out.factors << std::move(factor);
    }

    // The findings, in both voices, while the facts (for the evidence's order) are at hand.
    const int tested = out.tested();
    bool chanceSaid = false;
    for (FactorDirection direction :
         {FactorDirection::MoreDistress, FactorDirection::LessDistress}) {
        QList<const Factor*> tags;
        std::vector<std::size_t> evidence;
        for (std::size_t k = 0; k < tallies.size(); ++k) {
            if (out.factors[qsizetype(k)].direction != direction)
                continue;
            tags << &out.factors[qsizetype(k)];
            evidence.insert(evidence.end(), tallies[k].facts.begin(), tallies[k].facts.end());
        }
        if (tags.isEmpty())
            continue;
        std::ranges::sort(evidence);
        const auto [first, last] = std::ranges::unique(evidence);
        evidence.erase(first, last);
        QStringList ids;
        ids.reserve(qsizetype(evidence.size()));
        for (std::size_t i : evidence)
            ids << facts[i].entry->id;
        // "One can stand out by chance" is said once, in the first finding shown (distress,
        // the more severe, comes first), and only when more than one tag was compared.
        const bool sayChance = tested > 1 && !chanceSaid;
        chanceSaid = chanceSaid || sayChance;
        const bool distress = direction == FactorDirection::MoreDistress;
        const char* id = distress ? distressId : easeId;
        const Severity severity = distress ? Severity::Consider : Severity::Info;
        const QStringList topics = distress
                                       ? QStringList{QLatin1StringView(GuideTopic::reasons),
                                                     QLatin1StringView(GuideTopic::talkToSomeone)}
                                       : QStringList{QLatin1StringView(GuideTopic::reflecting)};
        out.m_findings << FindingSupport::makeFinding(
            id, severity, out.window, title(direction, tags), explanation(tags, tested, sayChance),
            ids, {}, topics);
    }
    return out;
}

FindingWords FactorAnalysis::notCauseWords()
{
    return {Text::tr("This shows what tends to go together in your entries, not what causes "
                     "what."),
            Text::tr("This shows what tends to go together in the person's entries, not what "
                     "causes what.")};
}

FindingWords FactorAnalysis::chanceWords(int tested)
{
    return {Text::tr("%n of your tags had enough entries to compare, and with many tags, "
                     "one can stand out by chance.",
                     nullptr, tested),
            Text::tr("%n of the person's tags had enough entries to compare, and with many "
                     "tags, one can stand out by chance.",
                     nullptr, tested)};
}

QString FactorAnalysis::notEnoughEntriesText()
{
    return Text::tr("Not enough entries yet to say anything");
}

QString FactorAnalysis::countsText(const FactorCounts& counts)
{
    if (!Share::showsPercent(counts.entries))
        return Text::tr("%1 of %2 distressing", "a tag's counts, too few for a percentage")
            .arg(counts.distressing)
            .arg(counts.entries);
    return Text::tr("%1 of %2 distressing (%3%)", "a tag's counts and their share")
        .arg(counts.distressing)
        .arg(counts.entries)
        .arg(Share::percent(counts.distressing, counts.entries));
}

QJsonObject toJson(const Factor& f)
{
    const auto counts = [](const FactorCounts& c) {
        return QJsonObject{{QStringLiteral("entries"), c.entries},
                           {QStringLiteral("distressing"), c.distressing}};
    };
    return QJsonObject{{QStringLiteral("tag"), f.tag},
                       {QStringLiteral("with"), counts(f.with)},
                       {QStringLiteral("without"), counts(f.without)},
                       {QStringLiteral("p_value"),
                        f.pValue ? QJsonValue(*f.pValue) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("stands_out"), f.standsOut},
                       {QStringLiteral("direction"), f.direction == FactorDirection::None
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(directionKey(f.direction))}};
}

QJsonArray toJson(const FactorAnalysis& analysis)
{
    QJsonArray out;
    for (const Factor& f : analysis.factors)
        out.append(toJson(f));
    return out;
}

} // namespace aftercare::core
