// Puts a laid-out therapist summary on paper or on screen: printing through a QPrinter the
// system print dialog configured, and page images for the Export page's live preview.
#pragma once

#include "core/Error.h"
#include "ui/report/ReportDocument.h"

#include <QImage>
#include <QList>

class QPrinter;

namespace aftercare::ui::ReportPrinter {

// Prints every page, or the range chosen in the print dialog.
core::Status print(const ReportDocument& document, QPrinter& printer);

// The first `count` pages (fewer if the document is shorter), each `widthPx` wide.
QList<QImage> preview(const ReportDocument& document, int count, int widthPx);

} // namespace aftercare::ui::ReportPrinter
