// The Reflect page: the guided reflection, the quick log, editing an entry, the offer to continue
// an unfinished reflection, and the summary shown after saving. Hosts the flows and moves between
// them; a ReflectionSaver keeps the reflection in progress as the store's draft and saves it.
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

namespace aftercare::core {
struct Entry;
class JournalStore;
} // namespace aftercare::core

class QStackedWidget;

namespace aftercare::ui {

class Session;
class ReflectFlow;
class QuickLogForm;
class ResumeOffer;
class ReflectionSaver;
class ReflectionSummaryView;

class ReflectPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReflectPage(Session* session, QWidget* parent = nullptr);
    ~ReflectPage() override;

    // Whether the journal holds an unfinished reflection (false while locked).
    bool hasDraft() const;

public Q_SLOTS:
    // Each of these first offers to continue an unfinished reflection when there is one.
    void startGuided();
    void startQuickLog();
    void editEntry(const QString& id);
    // Picks up the unfinished reflection at once (Home's "continue"), without the offer.
    void continueUnfinished();

Q_SIGNALS:
    void saved(const QString& entryId);
    // A change to an existing entry was saved; the person goes back to it in the Journal
    // instead of the summary meant for a new reflection.
    void editSaved(const QString& entryId);
    // The user left the page (Close on a flow, Done on the summary).
    void closed();
    void guideRequested(const QString& topic);
    void helpNowRequested();
    // The user wants to save or change their support contacts (Settings).
    void settingsRequested();

private:
    enum class Mode
    {
        Idle,
        Offer,
        Guided,
        QuickLog,
        Summary
    };
    enum class Pending
    {
        None,
        Guided,
        QuickLog,
        Edit
    };

    bool offerDraftFirst(Pending pending, const QString& editId);
    void proceed(Pending pending, const QString& editId);
    void continueDraft();
    void discardDraft();
    void beginGuided(const core::Entry& entry, int step, bool editing);
    void beginQuickLog(const core::Entry& entry, bool editing);
    void markEdited();
    void finish();
    void finishLater();
    void emptyForms();
    void showSummary(const core::Entry& saved);
    void showProblem(const QString& message);
    void setMode(Mode mode);
    void onAboutToLock();
    void onLocked();
    void onUnlocked();
    // The open journal's store, or null while locked.
    core::JournalStore* journal() const;
    bool isWriting() const;
    core::Entry currentEntry() const;
    core::Entry freshEntry() const;

    QPointer<Session> m_session;
    QStackedWidget* m_stack;
    QWidget* m_idle;
    ResumeOffer* m_offer;
    ReflectFlow* m_flow;
    QuickLogForm* m_quickLog;
    ReflectionSummaryView* m_summary;
    ReflectionSaver* m_saver;
    Mode m_mode = Mode::Idle;
    Mode m_modeAtLock = Mode::Idle;
    Pending m_pending = Pending::None;
    QString m_pendingEditId;
    bool m_editing = false;
    // While the page fills or empties the forms, their edits are not the person's.
    bool m_loading = false;
};

} // namespace aftercare::ui
