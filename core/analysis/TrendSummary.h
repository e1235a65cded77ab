// The headline numbers of the Trends view and of `aftercare-cli trends --json`'s "summary":
// entries in a window, how many were distressing, the tears and tension mixes, and the latest
// PHQ-9 and GAD-7 with their bands.
#pragma once

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Scoring.h"
#include "core/analysis/TrendSeries.h"

#include <optional>
#include <QJsonObject>

namespace aftercare::core {

struct LatestScore
{
    QString checkInId;
    QDateTime takenAt;
    CheckInScore score;
};

struct TrendSummary
{
    static constexpr int defaultDays = 90;

    QDateTime asOf;
    int windowDays = defaultDays; // 0: everything up to asOf
    int entries = 0;
    int distressing = 0;
    CountsBy<Tears> tears{};
    CountsBy<Tension> tension{};
    // The newest check-in at or before asOf, whatever the window: an older score is still the
    // latest one the person has, and taken_at says how old it is.
    std::optional<LatestScore> latestPhq9;
    std::optional<LatestScore> latestGad7;

    double distressingShare() const { return entries ? double(distressing) / entries : 0.0; }

    static TrendSummary compute(const AnalysisContext& context, int days = defaultDays);
    static TrendSummary compute(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                                const QDateTime& asOf = {}, int days = defaultDays);
};

// {"as_of", "window_days", "entries", "distressing", "distressing_share" (0–1, 3 decimals),
//  "tears": {"none", "few", "session"}, "tension": {"relieved", "unchanged", "worse"},
//  "latest_phq9"/"latest_gad7": {"id", "taken_at", "total", "band", "self_harm_flag"} or null}.
QJsonObject toJson(const TrendSummary& summary);

} // namespace aftercare::core
