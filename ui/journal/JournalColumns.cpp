#include "ui/journal/JournalColumns.h"

#include "core/model/Vocabulary.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/text/Wording.h"

#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

namespace aftercare::ui {

namespace {

// Room for a few words of the reasons before they elide.
constexpr int reasonsMinimumChars = 14;

template <typename E> QStringList shortLabels()
{
    QStringList out;
    for (E value : core::allValues<E>())
        out << Wording::shortLabel(value);
    return out;
}

// Every text a column can show (the reasons column is left out: it stretches).
QStringList possibleTexts(int column)
{
    switch (column) {
    case JournalTableModel::DateColumn:
        // A wide month and two-digit day and hour.
        return {JournalTableModel::dateText(QDateTime(QDate(2026, 9, 28), QTime(22, 48))),
                JournalTableModel::dateText(QDateTime(QDate(2026, 5, 30), QTime(20, 58)))};
    case JournalTableModel::TearsColumn:
        return shortLabels<core::Tears>();
    case JournalTableModel::TensionColumn:
        return shortLabels<core::Tension>();
    case JournalTableModel::ThoughtsColumn:
        return shortLabels<core::Thoughts>();
    case JournalTableModel::BotherColumn: {
        QStringList out;
        for (int bother = 0; bother <= 4; ++bother)
            out << Wording::botherLabel(bother);
        return out;
    }
    default:
        return {};
    }
}

int widest(const QFontMetrics& metrics, const QStringList& texts)
{
    int width = 0;
    for (const QString& text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

int headerWidth(const QTableView* view, int column)
{
    // Some styles draw the titles in bold; measure them that way to be safe.
    const QHeaderView* header = view->horizontalHeader();
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QFont bold = header->font();
    bold.setBold(true);
    const int measured = QFontMetrics(bold).horizontalAdvance(title) + 4 * margin + 4;
    return std::max(measured, header->sectionSizeHint(column));
}

int cellWidth(const QTableView* view, int column)
{
    const QFontMetrics metrics(view->font());
    // The cell's text margins on both sides plus a little air before the next column.
    const int padding = 2 * metrics.averageCharWidth() + 4;
    if (column == JournalTableModel::ReasonsColumn)
        return reasonsMinimumChars * metrics.averageCharWidth();
    return widest(metrics, possibleTexts(column)) + padding;
}

int columnWidth(const QTableView* view, int column)
{
    return std::max({headerWidth(view, column), cellWidth(view, column),
                     view->horizontalHeader()->minimumSectionSize()});
}

} // namespace

void JournalColumns::fit(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setTextElideMode(Qt::ElideRight);
    view->setTextElideMode(Qt::ElideRight);
    header->setMinimumSectionSize(-1); // the style's, while measuring
    // The stretched reasons column may shrink to the narrowest answer column but never below its
    // own title; past that the table scrolls sideways rather than cutting a title in half.
    int narrowest = headerWidth(view, JournalTableModel::ReasonsColumn);
    for (int column = 0; column < JournalTableModel::ColumnCount; ++column)
        narrowest = std::min(narrowest, columnWidth(view, column));
    header->setMinimumSectionSize(
        std::max(narrowest, headerWidth(view, JournalTableModel::ReasonsColumn)));
    for (int column = 0; column < JournalTableModel::ColumnCount; ++column) {
        if (column == JournalTableModel::ReasonsColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        } else {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, columnWidth(view, column));
        }
    }
}

int JournalColumns::comfortableWidth(const QTableView* view)
{
    int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < JournalTableModel::ColumnCount; ++column)
        width += columnWidth(view, column);
    return width;
}

} // namespace aftercare::ui
