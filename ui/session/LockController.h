// Decides when the journal locks: on request (Ctrl+L), after the user has been idle for the
// chosen minutes, when the window is minimised, and when the desktop locks or goes to sleep.
// Idle time is measured with core::Clock so tests can move time forward without waiting.
#pragma once

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace aftercare::ui {

class Preferences;
class Session;

class LockController : public QObject
{
    Q_OBJECT

public:
    LockController(Session* session, Preferences* preferences, QObject* parent = nullptr);
    ~LockController() override;

    // Watches `window` for being minimised.
    void watchWindow(QWidget* window);
    // Compares the time since the last input with the auto-lock setting and locks if it has
    // passed. Runs from a timer; tests call it directly after advancing a ManualClock.
    void checkIdle();
    // Counts as user activity (also called for every keyboard, mouse and touch event).
    void recordActivity();
    qint64 lastActivityMs() const { return m_lastActivityMs; }

public Q_SLOTS:
    void lockNow();

Q_SIGNALS:
    // Why the journal was locked, e.g. for a status line ("Locked after 5 idle minutes").
    void lockedBecause(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lockFor(const QString& reason);

    Session* m_session;
    Preferences* m_preferences;
    QPointer<QWidget> m_window;
    QTimer* m_timer;
    qint64 m_lastActivityMs = 0;
};

} // namespace aftercare::ui
