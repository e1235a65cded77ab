// Decides whether one reflection describes a distressing episode — the single definition every
// series, finding and summary shares.
#pragma once

#include "core/model/Entry.h"

namespace aftercare::core::Distress {

// "Bothered quite a lot" on the 0–4 scale; below it the person did not say it weighed on them.
inline constexpr int botherFrom = 3;

// Tension made worse, sad thoughts, bother at or above botherFrom, reliving trauma, or limits
// not respected. Unanswered questions never make an entry distressing.
bool isDistressing(const Entry& entry);

} // namespace aftercare::core::Distress
