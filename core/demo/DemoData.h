// Realistic generated journals (reproducible from a seed) for the demo mode, benchmarks and
// screenshots: a few partners, entries spread over a period with plausible combinations of
// answers, some check-ins.
#pragma once

#include "core/exchange/JournalDocument.h"

#include <QDateTime>

namespace aftercare::core::DemoData {

// `entryCount` entries with occurred_at spread evenly-ish over (end - days, end], all in end's
// UTC offset, oldest first; the same arguments always give the same journal (ids included).
// Two or three partners, a stretch of lower mood about 40% of the way back from `end`, and
// PHQ-9/GAD-7 check-ins every three weeks or so. Fast: 100,000 entries take well under a second.
JournalDocument generate(int entryCount, const QDateTime& end, int days, quint32 seed = 1);

} // namespace aftercare::core::DemoData
