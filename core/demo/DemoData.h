// Realistic generated journals (reproducible from a seed) for the demo mode, benchmarks and
// screenshots: a few partners, entries spread over a period with plausible combinations of
// answers, some check-ins.
#pragma once

#include "exchange/JournalDocument.h"

#include <QDateTime>

namespace aftercare::core::DemoData {

// `entryCount` entries with occurred_at spread evenly-ish over (end - days, end].
JournalDocument generate(int entryCount, const QDateTime& end, int days, quint32 seed = 1);

} // namespace aftercare::core::DemoData
