// The guided reflection as a sequence of steps with visible progress, Back/Next, an inline
// message when something required is missing, and Enter to go on. It holds the answers while
// the user works; the page decides when to save them as a draft or an entry.
#pragma once

#include "core/model/Entry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace aftercare::ui {

class Session;
class ReflectStep;
class WhenStep;
class ReviewStep;

class ReflectFlow : public QWidget
{
    Q_OBJECT

public:
    enum Step
    {
        When,
        Questions,
        Feelings,
        Reasons,
        Safety,
        Wellbeing,
        Review,
        StepCount
    };

    explicit ReflectFlow(Session* session, QWidget* parent = nullptr);

    // Shows `entry` starting at `step`. `editing` only changes the wording.
    void start(const core::Entry& entry, int step, bool editing);
    // The entry as answered so far.
    core::Entry entry() const;
    int currentStep() const { return m_current; }
    // Forgets every answer shown (when the journal locks).
    void clear();
    // Shows a problem (e.g. from saving) in the inline message area.
    void showMessage(const QString& text);

    void goNext();
    void goBack();

Q_SIGNALS:
    void stepChanged(int step);
    // Any answer changed.
    void edited();
    void saveRequested();
    void closeRequested();
    void guideRequested(const QString& topic);
    void settingsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void goTo(int step, bool announce = true);
    // Whether `step` may be left with required answers missing (a consent "no").
    bool mayLeaveUnanswered(int step) const;
    void updateChrome();
    void hideMessage();

    QList<ReflectStep*> m_steps;
    WhenStep* m_when = nullptr;
    ReviewStep* m_review = nullptr;
    core::Entry m_base;
    int m_current = 0;
    bool m_editing = false;

    QLabel* m_heading;
    QLabel* m_progressText;
    QPushButton* m_notOkay = nullptr;
    QProgressBar* m_progress;
    QLabel* m_stepTitle;
    QLabel* m_message;
    QStackedWidget* m_stack;
    QPushButton* m_close;
    QPushButton* m_back;
    QPushButton* m_next;
};

} // namespace aftercare::ui
