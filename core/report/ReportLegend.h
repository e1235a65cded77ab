// The legend of a therapist summary: every code, scale and word the report uses, explained so
// the reader needs nothing else to understand it.
#pragma once

#include "core/model/Entry.h"
#include "core/report/ReportOptions.h"
#include "core/report/TherapistReport.h"

#include <QList>

namespace aftercare::core::ReportLegend {

// Explains only what the summary shows: the codes the period's `entries` use, the check-in
// scores when there are check-ins, the finding levels when there are findings.
QList<ReportLegendGroup> build(const ReportOptions& options, const QList<Entry>& entries,
                               bool hasCheckIns, bool hasFindings);

} // namespace aftercare::core::ReportLegend
