// Listens on D-Bus for the desktop locking its screen or the computer going to sleep, where the
// desktop offers those signals (freedesktop/GNOME screensaver, logind). Silent where it does not.
#pragma once

#include <QObject>

namespace aftercare::ui {

class DesktopLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DesktopLockWatcher(QObject* parent = nullptr);

    // Whether any bus connection could be subscribed to.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void desktopLocked();

private Q_SLOTS:
    // QtDBus delivers bus signals only to slots named by signature (SLOT()), hence Q_SLOTS.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool sleeping);

private:
    bool m_listening = false;
};

} // namespace aftercare::ui
