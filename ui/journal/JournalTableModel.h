// Past reflections as a table that pages from the store: it counts the matching entries, loads
// one page (100 by default) and fetches the next only when a view scrolls to the end, so a
// journal of 100,000 entries costs no more to open than one of 100. Refreshes itself when the
// store's entries change.
#pragma once

#include "core/model/Entry.h"
#include "core/storage/EntryQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TearsColumn,
        TensionColumn,
        ThoughtsColumn,
        ReasonsColumn,
        BotherColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1
    };
    static constexpr int defaultPageSize = 100;

    explicit JournalTableModel(QObject* parent = nullptr);

    // Null empties the model (the journal locked).
    void setStore(core::JournalStore* store);
    // Filters and search; the offset and limit are the model's business and are ignored.
    void setQuery(const core::EntryQuery& query);
    const core::EntryQuery& query() const { return m_query; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Reloads from the store, keeping as many rows loaded as before.
    void refresh();

    // All entries matching the query (not just the loaded ones).
    int totalCount() const { return m_total; }
    // Entries the store holds with no filter at all; tells "empty journal" from "no results".
    int journalCount() const { return m_journalTotal; }
    // Empty unless the last load failed.
    const QString& errorText() const { return m_error; }

    // How the date column shows a moment.
    static QString dateText(const QDateTime& when);

    const core::Entry* entryAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // After every reset (new query, store change, refresh).
    void refreshed();

private:
    QString cellText(const core::Entry& entry, int column) const;

    QPointer<core::JournalStore> m_store;
    core::EntryQuery m_query;
    QList<core::Entry> m_rows;
    int m_total = 0;
    int m_journalTotal = 0;
    int m_pageSize = defaultPageSize;
    QString m_error;
    // Views and testers call fetchMore() from inside change notifications; ignore those calls.
    bool m_busy = false;
};

} // namespace aftercare::ui
