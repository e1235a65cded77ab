// The legend of a therapist summary: every code, scale and word the report uses, explained so
// the reader needs nothing else to understand it.
#pragma once

#include "core/model/Entry.h"
#include "core/report/ReportOptions.h"
#include "core/report/TherapistReport.h"

#include <QList>

namespace aftercare::core::ReportLegend {

// Explains only what the summary shows: the codes the period's `entries` use, the check-in
// scores when there are check-ins, and the levels of the `findings` it prints (none, no group).
QList<ReportLegendGroup> build(const ReportOptions& options, const QList<Entry>& entries,
                               bool hasCheckIns, const QList<ReportFinding>& findings);

} // namespace aftercare::core::ReportLegend
