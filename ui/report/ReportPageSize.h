// The paper a therapist summary is laid out for: US Letter where that is what printers hold
// (the United States, Canada and much of the Americas), A4 everywhere else.
#pragma once

#include <QLocale>
#include <QPageSize>

namespace aftercare::ui::ReportPageSize {

QPageSize forLocale(const QLocale& locale = QLocale());

} // namespace aftercare::ui::ReportPageSize
