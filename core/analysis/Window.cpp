#include "core/analysis/Window.h"

#include "core/Clock.h"

namespace aftercare::core {

Window Window::lastDays(const QDateTime& asOf, int days)
{
    return daysBefore(asOf, 0, days);
}

Window Window::daysBefore(const QDateTime& asOf, int skipDays, int days)
{
    const QDateTime end = asOf.addDays(-skipDays);
    return Window{end.addDays(-days), end, days};
}

QDateTime resolveAsOf(const QDateTime& asOf)
{
    return asOf.isValid() ? asOf : Clock::instance().now();
}

} // namespace aftercare::core
