#include "core/analysis/Findings.h"

#include "core/analysis/FindingRules.h"

#include <algorithm>

namespace aftercare::core::Findings {

namespace {

using Rule = std::optional<Finding> (*)(const AnalysisContext&);

struct NamedRule
{
    const char* id;
    Rule rule;
};

constexpr NamedRule rules[] = {
    {FindingRules::selfHarmId, &FindingRules::phq9SelfHarm},
    {FindingRules::limitsId, &FindingRules::limitsNotRespected},
    {FindingRules::depressionId, &FindingRules::depressionSigns},
    {FindingRules::traumaId, &FindingRules::trauma},
    {FindingRules::painId, &FindingRules::pain},
    {FindingRules::postpartumId, &FindingRules::postpartum},
    {FindingRules::frequentId, &FindingRules::frequentEpisodes},
    {FindingRules::distressShareId, &FindingRules::distressShare},
    {FindingRules::risingId, &FindingRules::distressRising},
    {FindingRules::anxietyId, &FindingRules::anxiety},
    {FindingRules::relationshipId, &FindingRules::relationship},
    {FindingRules::partnerDifferenceId, &FindingRules::partnerDifference},
    {FindingRules::shameId, &FindingRules::shameGuilt},
    {FindingRules::happyId, &FindingRules::mostlyHappyTears},
    {FindingRules::enoughDataId, &FindingRules::notEnoughData},
};

} // namespace

QList<Finding> evaluate(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                        const QList<Partner>& partners, const QDateTime& asOf)
{
    return evaluate(AnalysisContext(entries, checkIns, partners, asOf));
}

QList<Finding> evaluate(const AnalysisContext& context)
{
    QList<Finding> out;
    for (const NamedRule& r : rules) {
        if (auto finding = r.rule(context))
            out << std::move(*finding);
    }
    std::ranges::sort(out, &findingComesBefore);
    return out;
}

QStringList ruleIds()
{
    QStringList ids;
    for (const NamedRule& r : rules)
        ids << QLatin1StringView(r.id);
    return ids;
}

} // namespace aftercare::core::Findings
