// The desktop lock watcher as the bus would drive it: logind's Lock for the session locks; going
// to sleep locks first and only then lets go of the sleep delay, which is taken again on resume.
#include "ui/session/DesktopLockWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare;

class tst_DesktopLockWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sleepWaitsForTheLock()
    {
        QStringList events;
        ui::DesktopLockWatcher watcher({[&events] {
                                            events << QStringLiteral("take");
                                            return true;
                                        },
                                        [&events] { events << QStringLiteral("release"); }},
                                       nullptr);
        connect(&watcher, &ui::DesktopLockWatcher::desktopLocked, this,
                [&events] { events << QStringLiteral("locked"); });
        QCOMPARE(events, QStringList{QStringLiteral("take")});
        QVERIFY(watcher.holdsSleepDelay());

        watcher.onPrepareForSleep(true);
        QCOMPARE(events, (QStringList{QStringLiteral("take"), QStringLiteral("locked"),
                                      QStringLiteral("release")}));
        QVERIFY(!watcher.holdsSleepDelay());
        watcher.onPrepareForSleep(false);
        QCOMPARE(events.last(), QStringLiteral("take"));
        QVERIFY(watcher.holdsSleepDelay());
    }

    void logindSessionLockLocks()
    {
        ui::DesktopLockWatcher watcher({[] { return false; }, [] {}}, nullptr);
        QSignalSpy locked(&watcher, &ui::DesktopLockWatcher::desktopLocked);
        QVERIFY(!watcher.holdsSleepDelay());
        QVERIFY(QMetaObject::invokeMethod(&watcher, "onSessionLock"));
        QCOMPARE(locked.size(), 1);
        watcher.onScreenSaverActiveChanged(false);
        QCOMPARE(locked.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DesktopLockWatcher)
#include "tst_DesktopLockWatcher.moc"
