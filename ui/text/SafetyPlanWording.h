// The app's words around the safety plan: each section's title and a gentle one-line prompt
// with examples, written for this app. Shared by the plan's page, its printout and the support
// panel's short summary.
#pragma once

#include "core/model/SafetyPlan.h"

#include <QString>

namespace aftercare::ui::SafetyPlanWording {

// "Signs that things are getting harder", …
QString title(core::SafetyPlan::Section section);
// One line with a few examples, shown above the section's list.
QString prompt(core::SafetyPlan::Section section);
// The heading of the plan: "My safety plan".
QString planTitle();

} // namespace aftercare::ui::SafetyPlanWording
