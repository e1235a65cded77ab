// The calm messages with crisis resources the CLI prints: the safety message whenever a PHQ-9
// answer to item 9 is above 0, and the support lines after a consent "no" or an urgent finding.
// Every number comes from core's one table (CrisisLines), for the system's country.
#pragma once

#include "core/storage/JournalStore.h"

#include <QString>

namespace aftercare::cli {

// The safety message. It needs no journal, so it can be printed before anything can fail;
// the user's saved contacts follow separately (savedContacts).
QString safetyMessage();

// The crisis lines (and the sexual-assault line when `sexualAssault`) as a short block.
QString supportLines(bool sexualAssault);

// "Your own contacts" lines for what the user saved in the app, or "" when nothing is saved.
QString savedContacts(const core::JournalStore& store);

} // namespace aftercare::cli
