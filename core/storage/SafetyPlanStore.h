// Reads and writes the user's safety plan, kept as JSON text under one key of the journal's
// encrypted settings table (so it needs no schema change and travels with every backup).
#pragma once

#include "core/model/SafetyPlan.h"
#include "core/storage/JournalStore.h"

namespace aftercare::core::SafetyPlanStore {

inline const QString settingKey = QStringLiteral("safety_plan");

// The saved plan; an empty plan when none was saved. A stored text that cannot be read is an
// error that says so (the text is left as it is).
Result<SafetyPlan> load(const JournalStore& store);
// Saves the plan tidied (trimmed, empty items dropped); an empty plan removes the text.
Status save(JournalStore& store, const SafetyPlan& plan);

} // namespace aftercare::core::SafetyPlanStore
