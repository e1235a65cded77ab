// The source of "now" for everything in Aftercare, replaceable so tests can control time.
#pragma once

#include <functional>
#include <QDateTime>

namespace aftercare::core {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Milliseconds on a monotonic timeline (idle timers); never goes backwards.
    virtual qint64 monotonicMs() const = 0;

    // The process-wide clock; defaults to the system clock.
    static Clock& instance();
    // Replace the process-wide clock (tests). Passing nullptr restores the system clock.
    static void setInstance(Clock* clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

} // namespace aftercare::core
