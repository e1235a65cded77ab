// The controls above the journal list: a search box over notes, thoughts and tags (debounced
// while typing), a date range, and partner, reason, feeling and tag filters. Produces an
// EntryQuery.
#pragma once

#include "core/storage/EntryQuery.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class JournalFilterBar : public QWidget
{
    Q_OBJECT

public:
    // How long typing must pause before the search runs.
    static constexpr int searchDelayMs = 300;

    explicit JournalFilterBar(QWidget* parent = nullptr);

    // Where partner labels come from; null empties the partner list.
    void setStore(core::JournalStore* store);
    core::EntryQuery query() const;
    bool isFiltering() const;
    // Back to "everything", without emitting changed() (the caller refreshes).
    void reset();

    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void changed();

private:
    void reloadPartners();
    void reloadTags();
    void updatePeriod();
    void emitChanged();

    QPointer<core::JournalStore> m_store;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_partner;
    QComboBox* m_reason;
    QComboBox* m_emotion;
    QComboBox* m_tag;
    QPushButton* m_clear;
};

} // namespace aftercare::ui
