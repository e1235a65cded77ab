#include "ui/session/DesktopLockWatcher.h"

#include <QDBusConnection>

namespace aftercare::ui {

DesktopLockWatcher::DesktopLockWatcher(QObject* parent) : QObject(parent)
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
        m_listening |= system.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(onPrepareForSleep(bool)));
    }
}

void DesktopLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT desktopLocked();
}

void DesktopLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT desktopLocked();
}

} // namespace aftercare::ui
