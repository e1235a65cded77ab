// The calm message with crisis resources shown whenever a PHQ-9 answer to item 9 is above 0.
#pragma once

#include "core/storage/JournalStore.h"

#include <QString>

namespace aftercare::cli {

// Includes the crisis line the user saved in the app, if any.
QString safetyMessage(const core::JournalStore& store);

} // namespace aftercare::cli
