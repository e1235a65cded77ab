#include "ui/trends/ChartTable.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLocale>
#include <QStandardItemModel>
#include <QValueAxis>
#include <QXYSeries>

namespace aftercare::ui::ChartTable {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Trends)
};

constexpr char rowHeadingProperty[] = "aftercareTableRowHeading";
constexpr char rowLabelsProperty[] = "aftercareTableRowLabels";
constexpr char cellTextsProperty[] = "aftercareTableCellTexts";

// Rows keyed by category index, or by day (Julian day) on a date axis.
struct Table
{
    QString heading;
    std::map<qint64, QString> rows;
    QStringList columns;
    std::map<std::pair<qint64, int>, QString> cells;

    int column(const QString& name)
    {
        columns << name;
        return int(columns.size()) - 1;
    }
};

template <typename Axis> Axis* attached(QAbstractSeries* series)
{
    for (QAbstractAxis* axis : series->attachedAxes()) {
        if (auto* typed = qobject_cast<Axis*>(axis))
            return typed;
    }
    return nullptr;
}

// The value axis that is not the category or date axis.
QValueAxis* valueAxis(QAbstractSeries* series)
{
    for (QAbstractAxis* axis : series->attachedAxes()) {
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            return value;
    }
    return nullptr;
}

// Formats a value the way its axis labels it ("%d%%" → "40%").
QString valueText(double value, const QValueAxis* axis)
{
    const QLocale locale;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString text =
        whole ? locale.toString(qint64(std::llround(value))) : locale.toString(value, 'f', 1);
    if (axis && axis->labelFormat().endsWith(QStringLiteral("%%")))
        text += u'%';
    return text;
}

QString categoryLabel(const QChart* chart, const QStringList& categories, qsizetype i)
{
    const QStringList full = chart->property(rowLabelsProperty).toStringList();
    if (i < full.size())
        return full.at(i);
    return i < categories.size() ? categories.at(i) : QString::number(i + 1);
}

void addBars(const QChart* chart, QAbstractBarSeries* bars, Table& table)
{
    QBarCategoryAxis* axis = attached<QBarCategoryAxis>(bars);
    const QStringList categories = axis ? axis->categories() : QStringList();
    if (table.heading.isEmpty() && axis)
        table.heading = axis->titleText();
    const QValueAxis* values = valueAxis(bars);
    // Horizontal bars draw the first category at the bottom: the rows go top-down as drawn.
    const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar ||
                            bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
                            bars->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
    QList<QBarSet*> sets = bars->barSets();
    if (chart->legend()->reverseMarkers())
        std::reverse(sets.begin(), sets.end());
    for (const QBarSet* set : std::as_const(sets)) {
        // One set's numbers are best headed by what they count ("Entries").
        const QString name = sets.size() == 1 && values && !values->titleText().isEmpty()
                                 ? values->titleText()
                                 : set->label();
        const int column = table.column(name);
        const QStringList texts = cellTexts(set);
        for (int i = 0; i < set->count(); ++i) {
            const qint64 key = horizontal ? -qint64(i) : i;
            table.rows.emplace(key, categoryLabel(chart, categories, i));
            table.cells[{key, column}] =
                i < texts.size() ? texts.at(i) : valueText(set->at(i), nullptr);
        }
    }
}

void addPoints(const QChart* chart, QXYSeries* series, Table& table)
{
    const QValueAxis* values = valueAxis(series);
    const int column = table.column(series->name());
    if (attached<QDateTimeAxis>(series)) {
        if (table.heading.isEmpty())
            table.heading = Text::tr("Date");
        const QLocale locale;
        for (const QPointF& p : series->points()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
            table.rows.emplace(day.toJulianDay(), locale.toString(day, QLocale::ShortFormat));
            table.cells[{day.toJulianDay(), column}] = valueText(p.y(), values);
        }
        return;
    }
    QBarCategoryAxis* axis = attached<QBarCategoryAxis>(series);
    const QStringList categories = axis ? axis->categories() : QStringList();
    for (const QPointF& p : series->points()) {
        const qint64 i = std::llround(p.x());
        table.rows.emplace(i, categoryLabel(chart, categories, i));
        table.cells[{i, column}] = valueText(p.y(), values);
    }
}

} // namespace

void setCellTexts(QBarSet* set, const QStringList& texts)
{
    set->setProperty(cellTextsProperty, texts);
}

QStringList cellTexts(const QBarSet* set)
{
    return set->property(cellTextsProperty).toStringList();
}

void setRows(QChart* chart, const QString& heading, const QStringList& labels)
{
    chart->setProperty(rowHeadingProperty, heading);
    chart->setProperty(rowLabelsProperty, labels);
}

QStandardItemModel* model(const QChart* chart, const QString& fallbackHeading, QObject* parent)
{
    Table table;
    table.heading = chart ? chart->property(rowHeadingProperty).toString() : QString();
    const QList<QAbstractSeries*> series = chart ? chart->series() : QList<QAbstractSeries*>();
    for (QAbstractSeries* s : series) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            addBars(chart, bars, table);
        else if (s->type() == QAbstractSeries::SeriesTypeLine ||
                 s->type() == QAbstractSeries::SeriesTypeScatter ||
                 s->type() == QAbstractSeries::SeriesTypeSpline)
            addPoints(chart, static_cast<QXYSeries*>(s), table);
        // Area series shade the questionnaire bands: background, not numbers.
    }

    auto* out =
        new QStandardItemModel(int(table.rows.size()), int(table.columns.size()) + 1, parent);
    out->setHorizontalHeaderItem(
        0, new QStandardItem(table.heading.isEmpty() ? fallbackHeading : table.heading));
    for (int c = 0; c < table.columns.size(); ++c)
        out->setHorizontalHeaderItem(c + 1, new QStandardItem(table.columns.at(c)));
    int row = 0;
    for (const auto& [key, label] : table.rows) {
        auto* heading = new QStandardItem(label);
        heading->setEditable(false);
        out->setItem(row, 0, heading);
        for (int c = 0; c < table.columns.size(); ++c) {
            const auto cell = table.cells.find({key, c});
            // An empty cell is a period without a point (a share of nothing), not a zero.
            auto* item =
                new QStandardItem(cell == table.cells.end() ? Text::tr("none") : cell->second);
            item->setEditable(false);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            out->setItem(row, c + 1, item);
        }
        ++row;
    }
    return out;
}

} // namespace aftercare::ui::ChartTable
