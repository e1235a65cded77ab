// The Check-ins page: what the optional PHQ-9 and GAD-7 are, a way to take each, the history with
// totals and bands, and the reminder switch. Taking one and seeing its result happen in place.
#pragma once

#include "core/model/CheckIn.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace aftercare::ui {

class CheckInResultView;
class QuestionnaireForm;
class Session;

class CheckInPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInPage(Session* session, QWidget* parent = nullptr);

    // Shows the result of one saved check-in (from the history or a finding's evidence).
    void showResultFor(const QString& checkInId);

    enum class View
    {
        History,
        Questionnaire,
        Result
    };
    View view() const;

public Q_SLOTS:
    // Opens the questionnaire (e.g. from Home's "check-in due" note).
    void startCheckIn(core::Instrument instrument);
    void showHistory();
    void refresh();

Q_SIGNALS:
    void guideRequested(const QString& topic);
    void helpNowRequested();
    // The person wants to add or change their saved support contacts.
    void settingsRequested();
    // From a result with item 9 above 0 (or a high score): the safety plan page.
    void safetyPlanRequested();
    // The user wants to change the check-in reminder, which lives in Settings.
    void reminderSettingsRequested();

private:
    QWidget* buildHistory();
    void attachStore();
    void clear();
    void save(core::Instrument instrument, const QList<int>& answers);
    void showHistoryRows(bool any);
    void onGuideRequested(const QString& topic);

    Session* m_session;
    QList<core::CheckIn> m_checkIns;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_history = nullptr;
    QTreeWidget* m_table = nullptr;
    QLabel* m_historyHeading = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_filler = nullptr; // takes the room the list would, so the cards keep their size
    QLabel* m_error = nullptr;
    QLabel* m_reminder = nullptr;
    QuestionnaireForm* m_form = nullptr;
    CheckInResultView* m_result = nullptr;
};

} // namespace aftercare::ui
