#include "core/Clock.h"

#include <QElapsedTimer>

namespace aftercare::core {

namespace {
SystemClock g_systemClock;
Clock* g_clock = &g_systemClock;
} // namespace

Clock& Clock::instance()
{
    return *g_clock;
}

void Clock::setInstance(Clock* clock)
{
    g_clock = clock ? clock : &g_systemClock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

qint64 SystemClock::monotonicMs() const
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace aftercare::core
