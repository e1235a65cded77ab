// A span of time the analysis looks at: "the last N days" before a reference time, with the
// start excluded and the end included so that adjacent windows never share an entry.
#pragma once

#include <QDateTime>

namespace aftercare::core {

struct Window
{
    QDateTime start; // excluded
    QDateTime end;   // included
    int days = 0;

    // (asOf − days, asOf]. Days are calendar days in asOf's time spec, so "30 days" stays
    // 30 days across a daylight-saving change.
    static Window lastDays(const QDateTime& asOf, int days);
    // The `days` days that end `skipDays` days before asOf: (asOf − skip − days, asOf − skip].
    static Window daysBefore(const QDateTime& asOf, int skipDays, int days);

    bool contains(const QDateTime& t) const { return start < t && t <= end; }

    friend bool operator==(const Window&, const Window&) = default;
};

// The reference time to use: `asOf` when valid, otherwise now from the process Clock.
QDateTime resolveAsOf(const QDateTime& asOf);

} // namespace aftercare::core
