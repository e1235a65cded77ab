// Writes a therapist summary as PDF bytes in memory: vector text with its fonts embedded (so it
// can be searched and copied), charts as vector art, greys only. The caller saves the bytes
// through core::SafeFile, so a failed write never leaves half a file behind.
#pragma once

#include "Error.h"
#include "report/TherapistReport.h"
#include "ReportDocument.h"

#include <functional>
#include <QByteArray>
#include <QPageSize>

namespace aftercare::ui::ReportPdfWriter {

// Called after each page with (pages done, pages in all); returning false cancels.
using Progress = std::function<bool(int done, int total)>;

core::Result<QByteArray> write(const ReportDocument& document, const Progress& progress = {});
// Lays the report out on `pageSize` first.
core::Result<QByteArray> write(const core::TherapistReport& report, const QPageSize& pageSize,
                               const Progress& progress = {});

} // namespace aftercare::ui::ReportPdfWriter
