// The first page after unlocking: a gentle greeting, the two ways to start a reflection, the most
// recent entry in one line, a gentle note when a check-in is due, and a way into the guide. A new
// journal gets a welcoming empty state.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace aftercare::core {
struct Entry;
class JournalStore;
} // namespace aftercare::core

namespace aftercare::ui {

class CheckInNote;
class Session;

class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Session* session, QWidget* parent = nullptr);

    // One line that describes an entry without quoting its notes ("Tue 4 March, after sex — a
    // few tears, mixed thoughts").
    static QString oneLine(const core::Entry& entry);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void reflectRequested();
    void quickLogRequested();
    // "You have an unfinished reflection … — continue".
    void draftRequested();
    void entryRequested(const QString& id);
    void guideRequested(const QString& topic);
    // From the "check-in due" note.
    void checkInRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void clear();
    void watchStore();
    void showDraft(core::JournalStore* store);
    void refreshIfShown();

    Session* m_session;
    QLabel* m_greeting = nullptr;
    QWidget* m_recentBox = nullptr;
    QPushButton* m_recent = nullptr;
    QPushButton* m_draft = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_empty = nullptr;
    CheckInNote* m_checkInNote = nullptr;
    QString m_recentId;
};

} // namespace aftercare::ui
