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
    {"phq9_self_harm", &FindingRules::phq9SelfHarm},
    {"limits_not_respected", &FindingRules::limitsNotRespected},
    {"depression_signs", &FindingRules::depressionSigns},
    {"trauma", &FindingRules::trauma},
    {"pain", &FindingRules::pain},
    {"postpartum", &FindingRules::postpartum},
    {"frequent_episodes", &FindingRules::frequentEpisodes},
    {"distress_share", &FindingRules::distressShare},
    {"distress_rising", &FindingRules::distressRising},
    {"anxiety", &FindingRules::anxiety},
    {"relationship", &FindingRules::relationship},
    {"partner_difference", &FindingRules::partnerDifference},
    {"shame_guilt", &FindingRules::shameGuilt},
    {"mostly_happy_tears", &FindingRules::mostlyHappyTears},
    {"not_enough_data", &FindingRules::notEnoughData},
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
