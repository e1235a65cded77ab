// Builds the Trends charts from the computed series. Each function returns a new chart the caller
// owns (a QChartView takes it), or nullptr when there is nothing honest to draw, so the page can
// say so in words instead of showing empty axes.
#pragma once

#include "core/analysis/TrendSeries.h"

#include <QPalette>

class QChart;

namespace aftercare::ui::TrendCharts {

// Episodes per week or month, stacked by whether tension eased, stayed or got worse.
QChart* episodes(const core::TrendSeries& series, const QPalette& palette);
// The share of distressing episodes in each period that has any.
QChart* distressShare(const core::TrendSeries& series, const QPalette& palette);
// How often each kind of thought was noted.
QChart* thoughts(const core::TrendSeries& series, const QPalette& palette);
// The reasons noted, most frequent first; reasons never noted are left out.
QChart* reasons(const core::TrendSeries& series, const QPalette& palette);
// Calm and distressing episodes per partner; needs at least two groups to compare.
QChart* partners(const core::TrendSeries& series, const QPalette& palette);
// Questionnaire totals over the period on their published bands, shaded; for the PHQ-9 also the
// depression signs noted in entries, on a second axis.
QChart* scores(const core::TrendSeries& series, core::Instrument instrument,
               const QPalette& palette);

} // namespace aftercare::ui::TrendCharts
