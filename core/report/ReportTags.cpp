// The summary's optional Tags section: each tag the person used in the period, how many
// reflections with it and without it were distressing, and whether it stands out — the same
// FactorAnalysis the Trends page shows, in the summary's voice.
#include "core/analysis/Factors.h"
#include "core/report/ReportLabels.h"
#include "core/report/ReportParts.h"

#include <QLocale>

namespace aftercare::core::ReportParts {

using ReportLabels::Text;

namespace {

// "p = 0.012", "p < 0.001": two significant digits, never a bare zero.
QString pText(double p)
{
    if (p < 0.001)
        return Text::tr("p < %1").arg(QLocale().toString(0.001, 'f', 3));
    return Text::tr("p = %1").arg(QLocale().toString(p, 'g', 2));
}

QString verdict(const Factor& f)
{
    if (!f.hasEnoughEntries() || !f.pValue)
        return FactorAnalysis::notEnoughEntriesText();
    switch (f.direction) {
    case FactorDirection::MoreDistress:
        return Text::tr("Distress more common with it (%1)").arg(pText(*f.pValue));
    case FactorDirection::LessDistress:
        return Text::tr("Distress less common with it (%1)").arg(pText(*f.pValue));
    case FactorDirection::None:
        break;
    }
    return Text::tr("No clear difference (%1)").arg(pText(*f.pValue));
}

} // namespace

QList<ReportTag> tags(const FactorAnalysis& factors)
{
    QList<ReportTag> out;
    for (const Factor& f : factors.factors)
        out << ReportTag{f.tag, FactorAnalysis::countsText(f.with),
                         FactorAnalysis::countsText(f.without), verdict(f), f.standsOut};
    return out;
}

QStringList tagsNotes(const FactorAnalysis& factors)
{
    QStringList notes{
        Text::tr("Tags are the person's own short labels for what else was going on. For each "
                 "tag used in this period: how many reflections with it, and how many without "
                 "it, were distressing. A tag stands out when Fisher's exact test gives p ≤ %1 "
                 "and the two shares differ by at least %2 points; with fewer than %3 "
                 "reflections on either side, nothing is said.")
            .arg(QLocale().toString(FactorAnalysis::maxPValue))
            .arg(FactorAnalysis::minPoints)
            .arg(FactorAnalysis::minEntries),
        FactorAnalysis::notCauseWords().report};
    if (const int tested = factors.tested(); tested > 1)
        notes << FactorAnalysis::chanceWords(tested).report;
    return notes;
}

} // namespace aftercare::core::ReportParts
