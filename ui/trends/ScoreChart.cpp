// TrendCharts::scores — questionnaire totals on their shaded bands; kept apart from the other
// charts because it is the only one on a time axis with two value axes.
#include "ui/trends/TrendCharts.h"

#include "core/i18n/DateFormats.h"
#include "ui/text/CheckInWording.h"
#include "ui/trends/ChartStyle.h"
#include "ui/trends/ChartTips.h"

#include <algorithm>
#include <map>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace aftercare::ui::TrendCharts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Trends)
};

struct BandEdge
{
    core::Band band;
    int from;
    int to;
};

QList<BandEdge> bandEdges(core::Instrument instrument)
{
    using namespace core::Scoring;
    if (instrument == core::Instrument::Phq9) {
        return {{core::Band::Minimal, 0, mildFrom - 1},
                {core::Band::Mild, mildFrom, moderateFrom - 1},
                {core::Band::Moderate, moderateFrom, phq9ModeratelySevereFrom - 1},
                {core::Band::ModeratelySevere, phq9ModeratelySevereFrom, phq9SevereFrom - 1},
                {core::Band::Severe, phq9SevereFrom, phq9MaxTotal}};
    }
    return {{core::Band::Minimal, 0, mildFrom - 1},
            {core::Band::Mild, mildFrom, moderateFrom - 1},
            {core::Band::Moderate, moderateFrom, gad7SevereFrom - 1},
            {core::Band::Severe, gad7SevereFrom, gad7MaxTotal}};
}

double msAt(const QDate& date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

// Room beyond the lowest and highest total, so that a point at 0 or at the maximum is drawn
// whole rather than cut in half by the plot's edge: about half a marker at the chart's usual
// height.
double scorePadding(int max)
{
    return max * 0.05;
}

// Upper edges sit halfway between two totals, so each whole-number total is inside its band;
// the top band reaches into the padding.
double upperEdge(const BandEdge& edge, int max)
{
    return edge.to >= max ? max + scorePadding(max) : edge.to + 0.5;
}

} // namespace

QChart* scores(const core::TrendSeries& series, core::Instrument instrument,
               const QPalette& palette)
{
    const bool phq9 = instrument == core::Instrument::Phq9;
    const QList<core::ScorePoint>& points = phq9 ? series.phq9 : series.gad7;
    // One point per day for signs (the highest that day): a year of entries stays readable.
    std::map<QDate, std::pair<int, int>> signsByDay; // date → (most signs, entries that day)
    if (phq9) {
        for (const core::SignPoint& s : series.depressionSigns) {
            if (s.signs <= 0)
                continue;
            auto& day = signsByDay[s.at.date()];
            day.first = std::max(day.first, s.signs);
            ++day.second;
        }
    }
    if (points.isEmpty() && signsByDay.empty())
        return nullptr;

    const int max = phq9 ? core::Scoring::phq9MaxTotal : core::Scoring::gad7MaxTotal;
    const QString name = ui::CheckInWording::name(instrument);
    const QLocale locale;
    double xMin = msAt(series.firstDay);
    double xMax = msAt(series.lastDay.addDays(1));
    for (const core::ScorePoint& p : points) {
        xMin = std::min(xMin, double(p.at.toMSecsSinceEpoch()));
        xMax = std::max(xMax, double(p.at.toMSecsSinceEpoch()));
    }
    // The same for time: a check-in on the first or the last day is drawn whole.
    constexpr double kHalfDayMs = 12 * 3600 * 1000.0;
    const double xPadding = std::max(kHalfDayMs, (xMax - xMin) * 0.02);
    xMin -= xPadding;
    xMax += xPadding;
    const double yMin = -scorePadding(max);

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* axisX = new QDateTimeAxis;
    const bool longRange = series.firstDay.daysTo(series.lastDay) > 120;
    axisX->setFormat(longRange ? core::DateFormats::shortMonthYear()
                               : core::DateFormats::dayMonth());
    axisX->setTickCount(6);
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xMin)),
                    QDateTime::fromMSecsSinceEpoch(qint64(xMax)));
    chart->addAxis(axisX, Qt::AlignBottom);

    // The bands are the axis: each label sits in the middle of its range.
    auto* bands = new QCategoryAxis;
    bands->setTitleText(Text::tr("%1 total").arg(name));
    bands->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    bands->setStartValue(yMin);
    bands->setRange(yMin, max + scorePadding(max));
    const QList<BandEdge> edges = bandEdges(instrument);
    for (const BandEdge& edge : edges) {
        // The axis leaves little room: "Moderately severe" is shortened there (the tooltips
        // and the Check-ins page spell it out).
        const QString bandName = edge.band == core::Band::ModeratelySevere
                                     ? Text::tr("Mod. severe")
                                     : ui::CheckInWording::bandLabel(edge.band);
        bands->append(Text::tr("%1 %2–%3").arg(bandName).arg(edge.from).arg(edge.to),
                      upperEdge(edge, max));
    }
    chart->addAxis(bands, Qt::AlignLeft);

    for (qsizetype i = 0; i < edges.size(); ++i) {
        const double low = i == 0 ? yMin : upperEdge(edges.at(i - 1), max);
        const double high = upperEdge(edges.at(i), max);
        // A QAreaSeries only points at its edge lines and never deletes them (the two-argument
        // constructor even makes the area a child of its upper line), so the edges are made
        // children of the area here and go when the chart deletes it.
        auto* shade = new QAreaSeries;
        auto* upper = new QLineSeries(shade);
        auto* lower = new QLineSeries(shade);
        *upper << QPointF(xMin, high) << QPointF(xMax, high);
        *lower << QPointF(xMin, low) << QPointF(xMax, low);
        shade->setUpperSeries(upper);
        shade->setLowerSeries(lower);
        shade->setBrush(ChartStyle::bandShade(int(i), int(edges.size())));
        shade->setPen(Qt::NoPen);
        chart->addSeries(shade);
        shade->attachAxis(axisX);
        shade->attachAxis(bands);
        for (QLegendMarker* marker : chart->legend()->markers(shade))
            marker->setVisible(false);
    }

    if (!points.isEmpty()) {
        auto* line = new QLineSeries;
        line->setName(Text::tr("%1 total").arg(name));
        QStringList tips;
        for (const core::ScorePoint& p : points) {
            line->append(double(p.at.toMSecsSinceEpoch()), p.total);
            tips << Text::tr("%1 on %2: %3 (%4)")
                        .arg(name, locale.toString(p.at.date(), QLocale::LongFormat))
                        .arg(p.total)
                        .arg(ui::CheckInWording::bandLabel(p.band).toLower());
        }
        QPen pen(ChartStyle::color(ChartStyle::Role::Score));
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        ChartTips::attach(line, tips);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(bands);
    }

    if (!signsByDay.empty()) {
        auto* signs = new QScatterSeries;
        signs->setName(Text::tr("Depression signs noted in an entry (right axis)"));
        signs->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        signs->setMarkerSize(10);
        signs->setColor(ChartStyle::color(ChartStyle::Role::Signs));
        signs->setBorderColor(ChartStyle::color(ChartStyle::Role::Signs));
        QStringList tips;
        for (const auto& [date, day] : signsByDay) {
            signs->append(msAt(date) + 12 * 3600 * 1000.0, day.first);
            tips << Text::tr("%1: %2 of %3 signs noted")
                        .arg(locale.toString(date, QLocale::LongFormat))
                        .arg(day.first)
                        .arg(core::vocabularySize<core::DepressionSign>());
        }
        ChartTips::attach(signs, tips);
        chart->addSeries(signs);
        auto* signAxis = new QValueAxis;
        // Half a sign of room at both ends, as for the totals.
        signAxis->setRange(-0.5, core::vocabularySize<core::DepressionSign>() + 0.5);
        signAxis->setTickType(QValueAxis::TicksDynamic);
        signAxis->setTickAnchor(0);
        signAxis->setTickInterval(3);
        signAxis->setLabelFormat(QStringLiteral("%d"));
        signAxis->setTitleText(Text::tr("Signs noted"));
        signAxis->setGridLineVisible(false);
        chart->addAxis(signAxis, Qt::AlignRight);
        signs->attachAxis(axisX);
        signs->attachAxis(signAxis);
    }

    ChartStyle::apply(chart, palette);
    // Only the right axis' grid would fight with the band edges.
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        if (axis->alignment() == Qt::AlignRight)
            axis->setGridLineVisible(false);
    }
    return chart;
}

} // namespace aftercare::ui::TrendCharts
