#include "ui/trends/BarLabels.h"

#include "ui/trends/ChartTable.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QPen>
#include <utility>

namespace aftercare::ui::BarLabels {

namespace {

constexpr qreal gap = 4; // between a text and its bar, and between a text and the plot's edge

struct Label
{
    int category = 0;
    int set = -1; // -1: a note across the whole category
    QString text;
    QString shortText; // written when `text` does not fit; may be empty
    QGraphicsRectItem* backdrop = nullptr;
    QGraphicsSimpleTextItem* item = nullptr;
};

// Where a bar's far end is, in chart coordinates: Qt Charts lays set k of n out across
// [i − w/2 + k·w/n, i − w/2 + (k+1)·w/n] of category i (w the bar width), set 0 lowest.
QPointF barEnd(QChart* chart, QAbstractBarSeries* series, const Label& label)
{
    if (label.set < 0)
        return chart->mapToPosition(QPointF(0, label.category), series);
    const QList<QBarSet*> sets = series->barSets();
    const qreal n = qreal(sets.size());
    const qreal w = series->barWidth();
    const qreal middle = label.category - w / 2 + (label.set + 0.5) * w / n;
    return chart->mapToPosition(QPointF(sets.at(label.set)->at(label.category), middle), series);
}

// Where a text of `width` goes: just past the bar's end, or else inside it; nullopt if neither.
std::optional<std::pair<qreal, bool>> fit(qreal width, qreal end, const QRectF& plot)
{
    if (end + gap + width <= plot.right() - gap)
        return std::pair{end + gap, false};
    if (end - gap - width >= plot.left() + gap)
        return std::pair{end - gap - width, true};
    return std::nullopt;
}

void place(QChart* chart, QAbstractBarSeries* series, const QList<Label>& labels)
{
    const QRectF plot = chart->plotArea();
    for (const Label& label : labels) {
        const QFontMetricsF metrics(label.item->font());
        const qreal end = barEnd(chart, series, label).x();
        QString shown = label.text;
        auto at = fit(metrics.horizontalAdvance(shown), end, plot);
        if (!at && !label.shortText.isEmpty()) {
            shown = label.shortText;
            at = fit(metrics.horizontalAdvance(shown), end, plot);
        }
        if (!at) {
            // Nothing fits whole: the larger room, and the text shortened to it.
            const qreal after = plot.right() - gap - (end + gap);
            const qreal before = end - gap - (plot.left() + gap);
            shown = metrics.elidedText(shown, Qt::ElideRight,
                                       std::max<qreal>(0, std::max(after, before)));
            const qreal width = metrics.horizontalAdvance(shown);
            at = before > after ? std::pair{end - gap - width, true} : std::pair{end + gap, false};
        }
        const auto [x, inside] = *at;
        const qreal top = barEnd(chart, series, label).y() - metrics.height() / 2;
        const bool visible = plot.isValid() && !shown.isEmpty();
        label.item->setText(shown);
        label.item->setPos(x, top);
        label.item->setVisible(visible);
        label.backdrop->setRect(
            QRectF(x - 2, top, metrics.horizontalAdvance(shown) + 4, metrics.height()));
        label.backdrop->setVisible(inside && visible);
    }
}

constexpr char shortTextsProperty[] = "aftercareBarShortTexts";

} // namespace

void setShortTexts(QBarSet* set, const QStringList& texts)
{
    set->setProperty(shortTextsProperty, texts);
}

QStringList shortTexts(const QBarSet* set)
{
    return set->property(shortTextsProperty).toStringList();
}

void attach(QChart* chart, QAbstractBarSeries* series, const QStringList& notes,
            const QPalette& palette)
{
    QFont font = chart->font();
    const QList<QAbstractAxis*> axes = series->attachedAxes();
    if (!axes.isEmpty())
        font = axes.first()->labelsFont();
    QColor backdrop = palette.color(QPalette::Base);
    backdrop.setAlpha(225);

    auto labels = std::make_shared<QList<Label>>();
    const auto add = [&](int category, int set, const QString& text, const QString& shortText) {
        if (text.isEmpty())
            return;
        Label label{category,
                    set,
                    text,
                    shortText,
                    new QGraphicsRectItem(chart),
                    new QGraphicsSimpleTextItem(chart)};
        label.backdrop->setBrush(backdrop);
        label.backdrop->setPen(Qt::NoPen);
        label.backdrop->setZValue(1000);
        label.item->setFont(font);
        label.item->setBrush(palette.color(QPalette::Text));
        label.item->setZValue(1001);
        labels->append(label);
    };
    const QList<QBarSet*> sets = series->barSets();
    const int categories = sets.isEmpty() ? 0 : int(sets.first()->count());
    for (int i = 0; i < categories; ++i) {
        if (!notes.value(i).isEmpty()) {
            add(i, -1, notes.at(i), QString());
            continue;
        }
        for (QBarSet* set : sets)
            add(i, int(sets.indexOf(set)), ChartTable::cellTexts(set).value(i),
                shortTexts(set).value(i));
    }
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [chart, series, labels] { place(chart, series, *labels); });
    place(chart, series, *labels);
}

} // namespace aftercare::ui::BarLabels
