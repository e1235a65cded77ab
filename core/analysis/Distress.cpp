#include "core/analysis/Distress.h"

namespace aftercare::core::Distress {

bool isDistressing(const Entry& entry)
{
    return entry.tension == Tension::Worse || entry.thoughts == Thoughts::Sad ||
           (entry.bother && *entry.bother >= botherFrom) ||
           entry.traumaReliving == TraumaReliving::Yes ||
           entry.limitsRespected == LimitsRespected::No;
}

} // namespace aftercare::core::Distress
