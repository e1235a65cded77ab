#include "ui/session/DesktopLockWatcher.h"

#include <memory>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QDBusVariant>

#include <unistd.h>

namespace aftercare::ui {

namespace {

const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/login1");
const QString kManager = QStringLiteral("org.freedesktop.login1.Manager");
constexpr int kBusTimeoutMs = 2000;

// logind's object for the session this process runs in, or empty outside one.
QString ownSessionPath(QDBusConnection& system)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kLogin1, kManagerPath, kManager,
                                                       QStringLiteral("GetSessionByPID"));
    call << uint(::getpid());
    const QDBusMessage reply = system.call(call, QDBus::Block, kBusTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return qvariant_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
}

// A "delay" inhibitor for sleep: logind waits (up to its InhibitDelayMaxSec) until the file
// descriptor it hands out is closed.
DesktopLockWatcher::SleepDelay logindSleepDelay()
{
    auto held = std::make_shared<QDBusUnixFileDescriptor>();
    return {
        [held] {
            QDBusConnection system = QDBusConnection::systemBus();
            if (!system.isConnected())
                return false;
            QDBusMessage call = QDBusMessage::createMethodCall(kLogin1, kManagerPath, kManager,
                                                               QStringLiteral("Inhibit"));
            call << QStringLiteral("sleep") << QStringLiteral("Aftercare")
                 << QStringLiteral("Locking the journal before the computer sleeps")
                 << QStringLiteral("delay");
            const QDBusMessage reply = system.call(call, QDBus::Block, kBusTimeoutMs);
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
                return false;
            *held = qvariant_cast<QDBusUnixFileDescriptor>(reply.arguments().constFirst());
            return held->isValid();
        },
        [held] { *held = QDBusUnixFileDescriptor(); }, // closes our copy: sleep may go on
    };
}

} // namespace

DesktopLockWatcher::DesktopLockWatcher(QObject* parent)
    : QObject(parent), m_delay(logindSleepDelay())
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // KDE, Xfce and others implement the freedesktop name; GNOME its own.
        m_listening |= session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                                       QStringLiteral("org.freedesktop.ScreenSaver"),
                                       QStringLiteral("ActiveChanged"), this,
                                       SLOT(onScreenSaverActiveChanged(bool)));
        m_listening |= session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                                       QStringLiteral("org.gnome.ScreenSaver"),
                                       QStringLiteral("ActiveChanged"), this,
                                       SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_listening |=
            system.connect(kLogin1, kManagerPath, kManager, QStringLiteral("PrepareForSleep"), this,
                           SLOT(onPrepareForSleep(bool)));
        // `loginctl lock-session` and desktops that lock through logind send Lock to the session.
        if (const QString path = ownSessionPath(system); !path.isEmpty())
            m_listening |=
                system.connect(kLogin1, path, QStringLiteral("org.freedesktop.login1.Session"),
                               QStringLiteral("Lock"), this, SLOT(onSessionLock()));
        takeSleepDelay();
    }
}

DesktopLockWatcher::DesktopLockWatcher(SleepDelay delay, QObject* parent)
    : QObject(parent), m_delay(std::move(delay))
{
    takeSleepDelay();
}

DesktopLockWatcher::~DesktopLockWatcher()
{
    releaseSleepDelay();
}

void DesktopLockWatcher::takeSleepDelay()
{
    if (!m_holdsDelay && m_delay.take)
        m_holdsDelay = m_delay.take();
}

void DesktopLockWatcher::releaseSleepDelay()
{
    if (m_holdsDelay && m_delay.release)
        m_delay.release();
    m_holdsDelay = false;
}

void DesktopLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT desktopLocked();
}

void DesktopLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        // Locked first (synchronously, the key wiped), then sleep is let go ahead.
        Q_EMIT desktopLocked();
        releaseSleepDelay();
    } else {
        takeSleepDelay(); // back from sleep: hold it again for the next time
    }
}

void DesktopLockWatcher::onSessionLock()
{
    Q_EMIT desktopLocked();
}

} // namespace aftercare::ui
