// The Journal page: past reflections in a paged table with filters and full-text search, a
// detail pane that reads like a page, and edit/delete.
#pragma once

#include <functional>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QMessageBox;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace aftercare::core {
struct Entry;
}

namespace aftercare::ui {

class Session;
class JournalTableModel;
class JournalFilterBar;
class EntryDetailView;

class JournalPage : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(Session* session, QWidget* parent = nullptr);
    ~JournalPage() override;

    // Asks the user to confirm a destructive action; returns true to go ahead. Tests replace it
    // so they never block on a modal message box.
    using ConfirmHandler = std::function<bool(QWidget* parent, const QString& question)>;
    void setConfirmHandler(ConfirmHandler handler);

    JournalTableModel* model() const { return m_model; }

    // The delete question: the entry's date and time and its first words (or, with nothing
    // written, when it was saved), so it is never mistaken for another.
    static QString deleteQuestion(const core::Entry& entry);

public Q_SLOTS:
    void focusSearch();
    // Shows only these entries (e.g. a trend's evidence) under `caption`, until "Show all".
    void showOnly(const QStringList& ids, const QString& caption);
    // Opens this entry (after an edit): in the list as it is when it is there, otherwise with
    // every filter cleared so it is.
    void selectEntry(const QString& id);

Q_SIGNALS:
    void editRequested(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyQuery();
    void updateState();
    void showCurrent();
    void deleteEntry(const QString& id);
    void showOnlyCleared();
    void onUnlocked();
    void onLocked();
    void placeSplit();
    bool confirm(const QString& question);

    Session* m_session;
    JournalTableModel* m_model;
    JournalFilterBar* m_filters;
    EntryDetailView* m_detail;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QSplitter* m_splitter;
    bool m_splitMovedByUser = false;
    QLabel* m_countText;
    QLabel* m_problem;
    QWidget* m_onlyBanner;
    QLabel* m_onlyCaption;
    QStringList m_onlyIds;
    ConfirmHandler m_confirm;
    QPointer<QMessageBox> m_openQuestion;
};

} // namespace aftercare::ui
