// Home's gentle "time for a check-in?" note: shown when CheckInReminder says one is due (two
// weeks after the last PHQ-9 or GAD-7, unless turned off or dismissed), with a way to the
// Check-ins page and a "Not now" that dismisses it for another two weeks.
#pragma once

#include <QFrame>

class QLabel;

namespace aftercare::ui {

class Session;

class CheckInNote : public QFrame
{
    Q_OBJECT

public:
    explicit CheckInNote(Session* session, QWidget* parent = nullptr);

public Q_SLOTS:
    // Shows or hides the note for the Clock's now; hidden while the journal is locked.
    void refresh();

Q_SIGNALS:
    void checkInRequested();

private:
    void dismiss();

    Session* m_session;
    QLabel* m_text;
};

} // namespace aftercare::ui
