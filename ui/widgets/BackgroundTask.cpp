#include "BackgroundTask.h"

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
    prune();
    int count = 0;
    for (const QPointer<QThread>& t : threads())
        count += t->isFinished() ? 0 : 1;
    return count;
}

void waitForAll()
{
    prune();
    for (const QPointer<QThread>& t : threads()) {
        if (t)
            t->wait();
    }
}

void detail::track(QThread* thread)
{
    prune();
    threads().append(thread);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

} // namespace aftercare::ui::BackgroundTask
