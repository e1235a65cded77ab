// "Your tags" on the Trends page: the chart of each tag's distressing share with and without it
// (FactorChart) and its table, with what the chart cannot show by itself: that this is what goes
// together, not what causes what; that a tag needs enough reflections both ways before anything
// is said; and, with several tags compared, that one can stand out by chance. When no reflection
// in the period has a tag it says so, and what tags are for.
#pragma once

#include "core/analysis/Factors.h"
#include "ui/trends/ChartCard.h"

namespace aftercare::ui {

class FactorsCard : public ChartCard
{
    Q_OBJECT

public:
    // The chart view is named "trendsFactorsChart" (the card "trendsFactorsChartCard", its table,
    // toggle, empty text and note after it, as ChartCard names them).
    explicit FactorsCard(QWidget* parent = nullptr);

    void setFactors(const core::FactorAnalysis& analysis, const QPalette& palette);
};

} // namespace aftercare::ui
