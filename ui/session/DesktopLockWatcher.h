// Listens on D-Bus for the desktop locking its screen or the computer going to sleep, where the
// desktop offers those signals (freedesktop/GNOME screensaver, logind's Lock for this session and
// PrepareForSleep). While the app runs it holds a logind "delay" inhibitor for sleep, so
// the lock happens before the machine suspends (the inhibitor is let go right after locking and
// taken again on resume). Silent where the desktop offers none of this.
#pragma once

#include <functional>
#include <QObject>

namespace aftercare::ui {

class DesktopLockWatcher : public QObject
{
    Q_OBJECT

public:
    // How a sleep delay is taken and let go; logind's Inhibit() on the system bus by default.
    struct SleepDelay
    {
        std::function<bool()> take;
        std::function<void()> release;
    };

    explicit DesktopLockWatcher(QObject* parent = nullptr);
    // For tests: no bus at all, the sleep delay given.
    DesktopLockWatcher(SleepDelay delay, QObject* parent);
    ~DesktopLockWatcher() override;

    // Whether any bus connection could be subscribed to.
    bool isListening() const { return m_listening; }
    bool holdsSleepDelay() const { return m_holdsDelay; }

Q_SIGNALS:
    void desktopLocked();

public Q_SLOTS:
    // QtDBus delivers bus signals only to slots named by signature (SLOT()), hence Q_SLOTS;
    // tests call them as the bus would.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();

private:
    void takeSleepDelay();
    void releaseSleepDelay();

    SleepDelay m_delay;
    bool m_listening = false;
    bool m_holdsDelay = false;
};

} // namespace aftercare::ui
