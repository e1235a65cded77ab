#include "ui/report/ReportChartBlock.h"

#include "core/i18n/DateFormats.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace aftercare::ui {

namespace {

// The chart is built in a scene measured in points, then scaled onto the page.
constexpr qreal barsHeightPt = 175;
constexpr qreal linesHeightPt = 150;
// Bars get their labels turned sideways once there are more than fit across.
constexpr int uprightLabelsUpTo = 12;
// The legend row under the chart, drawn by hand so its labels are never cut short.
constexpr qreal legendHeightPt = 14;
// Band labels to the right of a line chart's plot area.
constexpr qreal marksLabelWidthPt = 58;

QFont chartFont(const QFont& base, qreal points, bool bold = false)
{
    QFont f(base);
    f.setPixelSize(qMax(1, qRound(points)));
    f.setBold(bold);
    return f;
}

// Greys and hatching that stay distinct when printed without colour. `scale` widens the hatch,
// whose lines are otherwise one device pixel apart.
QBrush barBrush(int index, qreal scale)
{
    switch (index) {
    case 0:
        return QBrush(QColor(0xd0, 0xd0, 0xd0));
    case 1: {
        QBrush hatch(QColor(0x33, 0x33, 0x33), Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(scale, scale));
        return hatch;
    }
    case 2:
        return QBrush(QColor(0x26, 0x26, 0x26));
    default:
        return QBrush(Qt::white);
    }
}

QPen linePen(int index, qreal width)
{
    return QPen(index == 0 ? QColor(0x11, 0x11, 0x11) : QColor(0x55, 0x55, 0x55), width,
                index == 0 ? Qt::SolidLine : Qt::DashLine);
}

struct Ticks
{
    double top = 1;
    int count = 2;
};

// Whole-number ticks at a readable step.
Ticks wholeTicks(double max)
{
    const double steps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    double step = steps[std::size(steps) - 1];
    for (double s : steps) {
        if (max / s <= 6) {
            step = s;
            break;
        }
    }
    const double top = qMax(step, std::ceil(max / step) * step);
    return {top, int(top / step) + 1};
}

void styleAxis(QAbstractAxis* axis, const QFont& labels, const QFont& title)
{
    axis->setLabelsFont(labels);
    axis->setTitleFont(title);
    axis->setLabelsColor(QColor(0x22, 0x22, 0x22));
    axis->setLinePen(QPen(QColor(0x55, 0x55, 0x55), 0.6));
    axis->setGridLinePen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.4));
}

void buildBars(QChart* chart, const core::ReportChart& data, const QFont& labels,
               const QFont& title, qreal hatchScale)
{
    auto* series = new QStackedBarSeries;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        auto* set = new QBarSet(data.series[i].name);
        for (double v : data.series[i].values)
            *set << v;
        set->setBrush(barBrush(int(i), hatchScale));
        set->setPen(QPen(QColor(0x22, 0x22, 0x22), 0.4));
        series->append(set);
    }
    series->setBarWidth(0.75);
    chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(data.categories);
    styleAxis(x, labels, title);
    x->setGridLineVisible(false);
    if (data.categories.size() > uprightLabelsUpTo)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto* y = new QValueAxis;
    const Ticks ticks = wholeTicks(data.maxValue);
    y->setRange(0, ticks.top);
    y->setTickCount(ticks.count);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(data.valueTitle);
    styleAxis(y, labels, title);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

// Lines plus point markers of different shapes, and dotted reference lines for the bands.
QList<QLineSeries*> buildLines(QChart* chart, const core::ReportChart& data, const QFont& labels,
                               const QFont& title)
{
    auto* x = new QDateTimeAxis;
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(data.timeFrom)),
                QDateTime::fromMSecsSinceEpoch(qint64(data.timeTo)));
    const bool longSpan = data.timeTo - data.timeFrom > 200.0 * 24 * 3600 * 1000;
    x->setFormat(longSpan ? core::DateFormats::shortMonthShortYear()
                          : core::DateFormats::dayMonth());
    x->setTickCount(6);
    styleAxis(x, labels, title);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);

    auto* y = new QValueAxis;
    y->setRange(0, data.maxValue);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(5);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(data.valueTitle);
    styleAxis(y, labels, title);
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);

    const auto attach = [&](QXYSeries* s, bool inLegend) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        for (QLegendMarker* m : chart->legend()->markers(s))
            m->setVisible(inLegend);
    };

    QList<QLineSeries*> marks;
    for (const core::ReportChartMark& mark : data.marks) {
        auto* line = new QLineSeries;
        line->append(data.timeFrom, mark.value);
        line->append(data.timeTo, mark.value);
        line->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5, Qt::DashLine));
        attach(line, false);
        marks << line;
    }
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const bool first = i == 0;
        auto* line = new QLineSeries;
        line->setName(data.series[i].name);
        auto* points = new QScatterSeries;
        for (const QPointF& p : data.series[i].points) {
            line->append(p);
            points->append(p);
        }
        line->setPen(linePen(int(i), 1.2));
        points->setMarkerShape(first ? QScatterSeries::MarkerShapeCircle
                                     : QScatterSeries::MarkerShapeRectangle);
        points->setMarkerSize(5);
        points->setColor(first ? QColor(0x11, 0x11, 0x11) : Qt::white);
        points->setBorderColor(QColor(0x11, 0x11, 0x11));
        attach(line, true);
        attach(points, false);
    }
    return marks;
}

} // namespace

ReportChartBlock::ReportChartBlock(core::ReportChart chart, const ReportStyle& style, qreal width)
    : m_chart(std::move(chart)), m_style(style)
{
    Q_UNUSED(width);
    const qreal points =
        m_chart.kind == core::ReportChart::Kind::StackedBars ? barsHeightPt : linesHeightPt;
    setHeight(ReportStyle::pt(points));
}

void ReportChartBlock::paint(QPainter& painter, const QRectF& rect) const
{
    const qreal legendHeight = ReportStyle::pt(legendHeightPt);
    const QRectF chartRect = rect.adjusted(0, 0, 0, -legendHeight);
    const QRectF scene(0, 0, chartRect.width() / ReportStyle::unitsPerPoint,
                       chartRect.height() / ReportStyle::unitsPerPoint);
    const QFont labels = chartFont(m_style.table, 6.5);
    const QFont title = chartFont(m_style.table, 7, true);

    const qreal hatch = hatchScale(painter);
    QGraphicsScene graphics;
    auto* chart = new QChart; // owned by the scene from addItem on
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide();

    QList<QLineSeries*> marks;
    if (m_chart.kind == core::ReportChart::Kind::StackedBars) {
        buildBars(chart, m_chart, labels, title, hatch);
    } else {
        marks = buildLines(chart, m_chart, labels, title);
        // Room on the right for the band labels, so they never sit on top of the data.
        chart->setMargins(QMargins(0, 0, int(marksLabelWidthPt), 0));
    }

    graphics.addItem(chart);
    graphics.setSceneRect(scene);
    chart->setGeometry(scene);
    // No event loop turns here: lay the chart out now, before it is painted.
    chart->layout()->activate();

    for (qsizetype i = 0; i < marks.size() && i < m_chart.marks.size(); ++i) {
        const QPointF at =
            chart->mapToPosition(QPointF(m_chart.timeTo, m_chart.marks[i].value), marks[i]);
        auto* text = graphics.addSimpleText(m_chart.marks[i].label, chartFont(m_style.table, 5.5));
        text->setBrush(QColor(0x55, 0x55, 0x55));
        const QRectF bounds = text->boundingRect();
        text->setPos(chart->plotArea().right() + 3, at.y() - bounds.height() / 2);
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    graphics.render(&painter, chartRect, scene, Qt::IgnoreAspectRatio);
    painter.restore();
    paintLegend(painter, QRectF(rect.left(), chartRect.bottom(), rect.width(), legendHeight),
                hatch);
}

qreal ReportChartBlock::hatchScale(const QPainter& painter)
{
    // Pattern brushes are drawn in device pixels (8 to a pattern cell); aim for about 3 points.
    const qreal devicePixelsPerPoint = painter.deviceTransform().m11() * ReportStyle::unitsPerPoint;
    return qMax(1.0, 3.0 * devicePixelsPerPoint / 8.0);
}

void ReportChartBlock::paintLegend(QPainter& painter, const QRectF& rect, qreal hatch) const
{
    const QFont font = m_style.small;
    const QFontMetricsF metrics(font);
    const qreal swatch = ReportStyle::pt(9);
    const qreal gap = ReportStyle::pt(4);
    const qreal spacing = ReportStyle::pt(14);
    qreal total = 0;
    for (const core::ReportChartSeries& s : m_chart.series)
        total += swatch + gap + metrics.horizontalAdvance(s.name) + spacing;
    total -= spacing;
    qreal x = rect.center().x() - total / 2;
    const qreal mid = rect.center().y();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    for (qsizetype i = 0; i < m_chart.series.size(); ++i) {
        const QRectF box(x, mid - swatch * 0.35, swatch, swatch * 0.7);
        if (m_chart.kind == core::ReportChart::Kind::StackedBars) {
            painter.setPen(QPen(QColor(0x22, 0x22, 0x22), ReportStyle::pt(0.4)));
            painter.setBrush(barBrush(int(i), hatch));
            painter.drawRect(box);
        } else {
            painter.setPen(linePen(int(i), ReportStyle::pt(1.2)));
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid));
            painter.setPen(QPen(QColor(0x11, 0x11, 0x11), ReportStyle::pt(0.6)));
            painter.setBrush(i == 0 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white));
            const QRectF marker(box.center().x() - ReportStyle::pt(2.2), mid - ReportStyle::pt(2.2),
                                ReportStyle::pt(4.4), ReportStyle::pt(4.4));
            i == 0 ? painter.drawEllipse(marker) : painter.drawRect(marker);
        }
        x += swatch + gap;
        painter.setPen(m_style.ink);
        const qreal width = metrics.horizontalAdvance(m_chart.series[i].name);
        painter.drawText(QRectF(x, rect.top(), width + ReportStyle::pt(2), rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_chart.series[i].name);
        x += width + spacing;
    }
    painter.restore();
}

} // namespace aftercare::ui
