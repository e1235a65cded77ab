#include "ui/journal/JournalTableModel.h"

#include "core/i18n/DateFormats.h"
#include "core/storage/JournalStore.h"
#include "ui/text/Wording.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace aftercare::ui {

namespace {

// How many reasons a cell names before summarising the rest as "+N".
constexpr int reasonsShown = 2;

bool isUnfiltered(const core::EntryQuery& q)
{
    return !q.from.isValid() && !q.to.isValid() && q.partnerId.isEmpty() && !q.reason &&
           !q.emotion && q.text.isEmpty() && q.tags.isEmpty() && q.ids.isEmpty();
}

} // namespace

JournalTableModel::JournalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void JournalTableModel::setStore(core::JournalStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &core::JournalStore::entriesChanged, this, &JournalTableModel::refresh);
    refresh();
}

void JournalTableModel::setQuery(const core::EntryQuery& query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = -1;
    // A new question starts from the top.
    {
        const QScopedValueRollback busy(m_busy, true);
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    refresh();
}

void JournalTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void JournalTableModel::refresh()
{
    const int keep = qMax(m_pageSize, int(m_rows.size()));
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_journalTotal = 0;
    m_error.clear();
    if (m_store && m_store->isOpen()) {
        core::EntryQuery page = m_query;
        page.offset = 0;
        page.limit = keep;
        // Counting reads the whole table on a large journal; never do it twice.
        auto total = m_store->countEntries(m_query);
        auto all = isUnfiltered(m_query) ? total : m_store->countEntries({});
        auto rows = m_store->entries(page);
        if (!all || !total || !rows) {
            m_error = !all     ? all.error().message()
                      : !total ? total.error().message()
                               : rows.error().message();
        } else {
            m_rows = std::move(*rows);
            m_total = qMax(*total, int(m_rows.size()));
            m_journalTotal = *all;
        }
    }
    endResetModel();
    Q_EMIT refreshed();
}

const core::Entry* JournalTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int JournalTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalTableModel::dateText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), core::DateFormats::shortDateTime());
}

QString JournalTableModel::cellText(const core::Entry& e, int column) const
{
    switch (column) {
    case DateColumn:
        return dateText(e.occurredAt);
    case TearsColumn:
        return e.tears ? Wording::shortLabel(*e.tears) : QString();
    case TensionColumn:
        return e.tension ? Wording::shortLabel(*e.tension) : QString();
    case ThoughtsColumn:
        return e.thoughts ? Wording::shortLabel(*e.thoughts) : QString();
    case ReasonsColumn: {
        QStringList names;
        const auto reasons = e.reasons.values();
        for (int i = 0; i < reasons.size() && i < reasonsShown; ++i)
            names << Wording::label(reasons.at(i));
        QString text = names.join(QStringLiteral(", "));
        if (reasons.size() > reasonsShown)
            text += tr(" +%1").arg(reasons.size() - reasonsShown);
        return text;
    }
    case BotherColumn:
        return e.bother ? Wording::botherLabel(*e.bother) : QString();
    default:
        return {};
    }
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Entry& e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReasonsColumn && !e.reasons.isEmpty()) {
            QStringList all;
            for (core::Reason r : e.reasons.values())
                all << Wording::label(r);
            return all.join(QLatin1Char('\n'));
        }
        return {};
    case EntryIdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TearsColumn:
        return tr("Tears");
    case TensionColumn:
        return tr("Tension");
    case ThoughtsColumn:
        return tr("Thoughts");
    case ReasonsColumn:
        return tr("Reasons");
    case BotherColumn:
        return tr("Bothers you");
    default:
        return {};
    }
}

bool JournalTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_busy && m_store && m_rows.size() < m_total;
}

void JournalTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_store->isOpen())
        return;
    core::EntryQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = m_pageSize;
    auto rows = m_store->entries(page);
    if (!rows) {
        m_error = rows.error().message();
        m_total = int(m_rows.size());
        return;
    }
    if (rows->isEmpty()) {
        // Fewer entries than counted (changed meanwhile): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    const QScopedValueRollback busy(m_busy, true);
    beginInsertRows({}, first, first + int(rows->size()) - 1);
    m_rows.append(std::move(*rows));
    endInsertRows();
}

} // namespace aftercare::ui
