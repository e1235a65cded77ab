// The pattern rules behind Findings, one small function each, and every threshold they use as a
// named constant. docs/FINDINGS.md gives the reasoning behind each number; change both together.
// Each group starts with the rule's id (Finding::id), spelled only there; the texts that name a
// period or a count take it from these constants (FindingTexts).
#pragma once

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Finding.h"

#include <optional>

namespace aftercare::core::FindingRules {

// Honest patterns (CONTENT.md): below this many entries no finding speaks of "many", "most" or
// a percentage; it gives the counts instead.
inline constexpr int honestShareFrom = 5;

inline constexpr char selfHarmId[] = "phq9_self_harm";
inline constexpr int selfHarmWindowDays = 30;
inline constexpr char limitsId[] = "limits_not_respected";
inline constexpr int limitsWindowDays = 90;
inline constexpr char depressionId[] = "depression_signs";
inline constexpr int depressionWindowDays = 30;
inline constexpr int depressionManySigns = 5;
inline constexpr int depressionRepeatedSigns = 3;
inline constexpr int depressionRepeatedEntries = 2;
inline constexpr int depressionRepeatedApartDays = 14;
inline constexpr int depressionPhq9From = 10;
inline constexpr char traumaId[] = "trauma";
inline constexpr int traumaWindowDays = 90;
inline constexpr int traumaTalkFromEntries = 2;
inline constexpr char painId[] = "pain";
inline constexpr int painWindowDays = 90;
inline constexpr int painNotableLevel = 2;
inline constexpr int painNotableEntries = 2;
inline constexpr int painSevereLevel = 3;
inline constexpr char postpartumId[] = "postpartum";
inline constexpr int postpartumWindowDays = 90;
inline constexpr char frequentId[] = "frequent_episodes";
inline constexpr int frequentWindowDays = 30;
inline constexpr int frequentEntries = 4;
inline constexpr char distressShareId[] = "distress_share";
inline constexpr int distressShareWindowDays = 30;
inline constexpr int distressShareMinEntries = 3;
inline constexpr int distressShareMinPercent = 50;
inline constexpr char risingId[] = "distress_rising";
inline constexpr int risingRecentDays = 30;
inline constexpr int risingEarlierDays = 90;
inline constexpr int risingMinEntries = 3;
inline constexpr int risingMinPoints = 25;
inline constexpr char anxietyId[] = "anxiety";
inline constexpr int anxietyWindowDays = 60;
inline constexpr int anxietyEntries = 3;
inline constexpr int gad7WindowDays = 30;
inline constexpr int gad7TalkFrom = 10;
inline constexpr char relationshipId[] = "relationship";
inline constexpr int relationshipWindowDays = 60;
inline constexpr int relationshipEntries = 2;
inline constexpr char partnerDifferenceId[] = "partner_difference";
inline constexpr int partnerWindowDays = 180;
inline constexpr int partnerMinEntries = 3;
inline constexpr int partnerOthersMinEntries = 3;
inline constexpr int partnerMinRatio = 2;
inline constexpr int partnerMinPoints = 30;
inline constexpr char shameId[] = "shame_guilt";
inline constexpr int shameWindowDays = 90;
inline constexpr int shameEntries = 3;
inline constexpr char happyId[] = "mostly_happy_tears";
inline constexpr int happyWindowDays = 90;
inline constexpr int happyMinEntries = 3;
inline constexpr int happyShareNumerator = 2;
inline constexpr int happyShareDenominator = 3;
inline constexpr char enoughDataId[] = "not_enough_data";
inline constexpr int enoughDataWindowDays = 90;
inline constexpr int enoughDataEntries = 3;

// Each returns the finding when its rule fires for the context's asOf, nullopt otherwise.
std::optional<Finding> phq9SelfHarm(const AnalysisContext& ctx);
std::optional<Finding> limitsNotRespected(const AnalysisContext& ctx);
std::optional<Finding> depressionSigns(const AnalysisContext& ctx);
std::optional<Finding> trauma(const AnalysisContext& ctx);
std::optional<Finding> pain(const AnalysisContext& ctx);
std::optional<Finding> postpartum(const AnalysisContext& ctx);
std::optional<Finding> frequentEpisodes(const AnalysisContext& ctx);
std::optional<Finding> distressShare(const AnalysisContext& ctx);
std::optional<Finding> distressRising(const AnalysisContext& ctx);
std::optional<Finding> anxiety(const AnalysisContext& ctx);
std::optional<Finding> relationship(const AnalysisContext& ctx);
std::optional<Finding> partnerDifference(const AnalysisContext& ctx);
std::optional<Finding> shameGuilt(const AnalysisContext& ctx);
std::optional<Finding> mostlyHappyTears(const AnalysisContext& ctx);
std::optional<Finding> notEnoughData(const AnalysisContext& ctx);

} // namespace aftercare::core::FindingRules
