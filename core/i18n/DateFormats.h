// The date formats Aftercare shows, translatable so each language orders and punctuates dates
// its own way ("6 December 2026", "6. Dezember 2026"). Use them with QLocale().toString().
#pragma once

#include <QString>

namespace aftercare::core::DateFormats {

QString longDate();             // 6 December 2026
QString shortDate();            // 6 Dec 2026
QString shortDateTime();        // 6 Dec 2026, 21:30
QString weekdayLongDate();      // Sunday 6 December 2026
QString shortWeekdayLongDate(); // Sun 6 December 2026
QString weekdayDayMonthTime();  // Sunday 6 December, 21:30
QString dayMonth();             // 6 Dec
QString monthYear();            // December 2026
QString shortMonthYear();       // Dec 2026
QString shortMonthShortYear();  // Dec 26
QString editDateTime();         // 6 December 2026   21:30 (in a date-time field)

} // namespace aftercare::core::DateFormats
