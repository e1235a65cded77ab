#include "ui/trends/FactorsCard.h"

#include "ui/trends/FactorChart.h"

#include <algorithm>
#include <QChartView>

namespace aftercare::ui {

namespace {

// Tall enough for two bars per tag, each with a line of text beside it.
constexpr int heightPerTag = 44;
constexpr int heightAroundTags = 110; // axis, its title and the legend

} // namespace

FactorsCard::FactorsCard(QWidget* parent)
    : ChartCard(QStringLiteral("trendsFactorsChart"), tr("Your tags"),
                tr("For each tag you used in this period: how many reflections with it and "
                   "without it were distressing, as counts and as bars. This shows what tends "
                   "to go together in your entries, not what causes what."),
                parent)
{}

void FactorsCard::setFactors(const core::FactorAnalysis& analysis, const QPalette& palette)
{
    const int tags = int(analysis.factors.size());
    view()->setMinimumHeight(std::max(260, heightPerTag * tags + heightAroundTags));
    setChart(FactorChart::build(analysis, palette),
             tr("None of your reflections in this period has a tag. Tags are your own short "
                "labels, such as “very tired” or “an argument before”, that you can add when "
                "you reflect; here you would then see how often the hard episodes came with "
                "each of them and without it."),
             tr("%n tag(s) used in this period, %1 with enough entries to compare.", nullptr, tags)
                 .arg(analysis.tested()));
    QStringList notes;
    if (analysis.tested() < tags)
        notes << tr("A tag needs at least %1 reflections with it and %1 without it in the "
                    "period before anything is said about it.")
                     .arg(core::FactorAnalysis::minEntries);
    if (analysis.tested() > 1)
        notes << tr("With many tags, one can stand out by chance.");
    setNote(notes.join(QLatin1Char(' ')));
}

} // namespace aftercare::ui
