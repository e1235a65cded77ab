#include "ui/trends/FactorChart.h"

#include "ui/trends/BarLabels.h"
#include "ui/trends/ChartStyle.h"
#include "ui/trends/ChartTable.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace aftercare::ui::FactorChart {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Trends)
};

// A share as a bar length in percent; the label carries the counts.
double percentOf(const core::FactorCounts& counts)
{
    return counts.entries == 0 ? 0.0 : 100.0 * counts.distressing / counts.entries;
}

// Where the whole label does not fit beside a bar: the counts alone, which the axis title
// ("Distressing") explains.
QString shortCounts(const core::FactorCounts& counts)
{
    return Text::tr("%1 of %2", "distressing reflections of all with or without a tag")
        .arg(counts.distressing)
        .arg(counts.entries);
}

QBarSet* newSet(const QString& label, ChartStyle::Role role)
{
    auto* set = new QBarSet(label);
    set->setBrush(ChartStyle::fill(role));
    set->setBorderColor(ChartStyle::color(role));
    return set;
}

} // namespace

QChart* build(const core::FactorAnalysis& analysis, const QPalette& palette)
{
    if (analysis.factors.isEmpty())
        return nullptr;
    // Set 0 is drawn lowest in each group: "without" below, "with" on top, and the legend
    // reversed to read in that order too.
    QBarSet* without = newSet(Text::tr("Without it"), ChartStyle::Role::Neutral);
    QBarSet* with = newSet(Text::tr("With the tag"), ChartStyle::Role::Distress);
    QStringList withTexts;
    QStringList withoutTexts;
    QStringList withShort;
    QStringList withoutShort;
    QStringList notes;
    QStringList tags;
    QStringList categories;
    // Horizontal bars list the first category at the bottom; reversed, the tags read top-down.
    for (auto it = analysis.factors.crbegin(); it != analysis.factors.crend(); ++it) {
        const core::Factor& f = *it;
        tags << f.tag;
        // Axis labels are rich text: a tag is the person's own words, shown as typed.
        categories << f.tag.toHtmlEscaped();
        if (f.hasEnoughEntries()) {
            *with << percentOf(f.with);
            *without << percentOf(f.without);
            withTexts << core::FactorAnalysis::countsText(f.with);
            withoutTexts << core::FactorAnalysis::countsText(f.without);
            withShort << shortCounts(f.with);
            withoutShort << shortCounts(f.without);
            notes << QString();
        } else {
            // No bars and no share: only that it is too early (the table says it in each cell).
            *with << 0;
            *without << 0;
            const QString tooFew = core::FactorAnalysis::notEnoughEntriesText();
            withTexts << tooFew;
            withoutTexts << tooFew;
            withShort << QString();
            withoutShort << QString();
            notes << tooFew;
        }
    }
    ChartTable::setCellTexts(with, withTexts);
    ChartTable::setCellTexts(without, withoutTexts);
    BarLabels::setShortTexts(with, withShort);
    BarLabels::setShortTexts(without, withoutShort);

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* bars = new QHorizontalBarSeries;
    bars->append(without);
    bars->append(with);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    ChartTable::setRows(chart, Text::tr("Tag"), tags);

    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    bars->attachAxis(names);
    auto* shares = new QValueAxis;
    // Room past 100% so that a bar of every reflection stops short of the plot's edge.
    shares->setRange(0, 105);
    shares->setTickType(QValueAxis::TicksDynamic);
    shares->setTickAnchor(0);
    shares->setTickInterval(25);
    shares->setLabelFormat(QStringLiteral("%d%%"));
    shares->setTitleText(Text::tr("Distressing"));
    chart->addAxis(shares, Qt::AlignBottom);
    bars->attachAxis(shares);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true);
    ChartStyle::apply(chart, palette);
    BarLabels::attach(chart, bars, notes, palette);
    return chart;
}

} // namespace aftercare::ui::FactorChart
