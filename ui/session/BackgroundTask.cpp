#include "ui/session/BackgroundTask.h"

#include <QList>
#include <QPointer>

namespace aftercare::ui::BackgroundTask {

namespace {

QList<QPointer<QThread>>& threads()
{
    static QList<QPointer<QThread>> list;
    return list;
}

void prune()
{
    threads().removeIf([](const QPointer<QThread>& t) { return t.isNull(); });
}

} // namespace

int running()
{
    // A finished thread still counts until its deleteLater has run, so callers that wait for
    // zero (tests, shutdown) also leave nothing behind.
    prune();
    return int(threads().size());
}

void waitForAll()
{
    prune();
    const QList<QPointer<QThread>> pending = threads();
    for (const QPointer<QThread>& t : pending) {
        if (t) {
            t->wait();
            delete t.data(); // no event loop may run again to honour its deleteLater
        }
    }
    prune();
}

void detail::track(QThread* thread)
{
    prune();
    threads().append(thread);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

} // namespace aftercare::ui::BackgroundTask
