#include "ui/session/LockController.h"

#include "core/Clock.h"
#include "ui/session/DesktopLockWatcher.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace aftercare::ui {

namespace {
// Often enough that the lock comes within seconds of the deadline, rarely enough to cost nothing.
constexpr int kCheckIntervalMs = 10'000;
} // namespace

LockController::LockController(Session* session, Preferences* preferences, QObject* parent)
    : QObject(parent), m_session(session), m_preferences(preferences), m_timer(new QTimer(this))
{
    m_lastActivityMs = core::Clock::instance().monotonicMs();
    qApp->installEventFilter(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LockController::checkIdle);
    m_timer->start();
    connect(m_session, &Session::unlocked, this, &LockController::recordActivity);

    // Connecting to the buses can take a moment; it waits until the window is on screen.
    QTimer::singleShot(0, this, [this] {
        auto* desktop = new DesktopLockWatcher(this);
        connect(desktop, &DesktopLockWatcher::desktopLocked, this, [this] {
            lockFor(tr("Locked because the screen locked or the computer went to sleep."));
        });
    });
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
}

void LockController::watchWindow(QWidget* window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

void LockController::recordActivity()
{
    m_lastActivityMs = core::Clock::instance().monotonicMs();
}

void LockController::checkIdle()
{
    const int minutes = m_preferences->autoLockMinutes();
    if (minutes <= 0 || !m_session->isUnlocked())
        return;
    const qint64 idleMs = core::Clock::instance().monotonicMs() - m_lastActivityMs;
    if (idleMs >= qint64(minutes) * 60'000)
        lockFor(tr("Locked after %n minute(s) without activity.", nullptr, minutes));
}

void LockController::lockNow()
{
    lockFor(QString());
}

void LockController::lockFor(const QString& reason)
{
    if (!m_session->isUnlocked())
        return;
    m_session->lock();
    Q_EMIT lockedBecause(reason);
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        recordActivity();
        break;
    case QEvent::WindowStateChange:
        if (watched == m_window && m_window->isMinimized() && m_preferences->lockOnMinimise())
            lockFor(tr("Locked because the window was minimised."));
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace aftercare::ui
