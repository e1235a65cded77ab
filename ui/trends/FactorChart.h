// The person's tags as a chart: for each tag used in the period, the share of reflections that
// were distressing with the tag and without it, side by side, each bar labelled with its counts
// ("7 of 9 distressing (78%)"; a percentage only from 5 reflections on). The numbers are
// FactorAnalysis's, never counted again here. A tag below the minimum gets no bars, only
// "Not enough entries yet to say anything", in the chart and in its table alike.
#pragma once

#include "core/analysis/Factors.h"

#include <QPalette>

class QChart;

namespace aftercare::ui::FactorChart {

// A new chart the caller owns, tags top-down in the analysis's order; nullptr when no tag was
// used in the period.
QChart* build(const core::FactorAnalysis& analysis, const QPalette& palette);

} // namespace aftercare::ui::FactorChart
