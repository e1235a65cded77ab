// Runs every pattern rule over a journal for a reference time and returns what it noticed,
// most urgent first.
#pragma once

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Finding.h"

#include <QList>

namespace aftercare::core::Findings {

// Every rule that fires, sorted by severity (urgent first) then id. An invalid asOf means now
// from the process Clock.
QList<Finding> evaluate(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                        const QList<Partner>& partners, const QDateTime& asOf = {});
QList<Finding> evaluate(const AnalysisContext& context);

// The ids of every rule, in the order evaluate() runs them.
QStringList ruleIds();

} // namespace aftercare::core::Findings
