// The legend of a therapist summary: every code, scale and word the report uses, explained so
// the reader needs nothing else to understand it.
#pragma once

#include "core/report/ReportOptions.h"
#include "core/report/TherapistReport.h"

#include <QList>

namespace aftercare::core::ReportLegend {

QList<ReportLegendGroup> build(const ReportOptions& options);

} // namespace aftercare::core::ReportLegend
