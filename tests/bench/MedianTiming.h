// Timing for the benchmarks that compare against a baseline in the same run: the median of a few
// runs, both as wall-clock time (what the user waits, fsync included) and as this thread's CPU
// time (steadier when other processes compete for the machine).
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <ctime>

namespace aftercare::bench {

inline double cpuMsNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Measured
{
    double wallMs = 0;
    double cpuMs = 0;
};

// `prepare` runs before each timed run, outside the timed region (e.g. a fresh journal to
// import into); what it returns is handed to `work`.
template <typename Prepare, typename Work> Measured median(int runs, Prepare prepare, Work work)
{
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        auto prepared = prepare();
        QElapsedTimer timer;
        const double cpuStart = cpuMsNow();
        timer.start();
        work(prepared);
        walls << double(timer.nsecsElapsed()) / 1e6;
        cpus << cpuMsNow() - cpuStart;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

template <typename Work> Measured median(int runs, Work work)
{
    return median(
        runs, [] { return 0; }, [&work](int) { work(); });
}

} // namespace aftercare::bench
