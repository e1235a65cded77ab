// Everything an aftercare-journal JSON file holds, as plain data (docs/FORMAT.md).
#pragma once

#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"
#include "core/model/SafetyPlan.h"

#include <QDateTime>
#include <QList>

namespace aftercare::core {

struct JournalDocument
{
    static constexpr int formatVersion = 1;
    QDateTime exportedAt;
    QList<Partner> partners;
    QList<Entry> entries;
    QList<CheckIn> checkIns;
    // The user's safety plan; empty when the file has none (absent or null).
    SafetyPlan safetyPlan;
};

} // namespace aftercare::core
