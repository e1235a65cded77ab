#include "core/i18n/DateFormats.h"

#include <QCoreApplication>

namespace aftercare::core::DateFormats {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DateFormat)
};

} // namespace

// Translators: these are QLocale date formats (d, dd, ddd, dddd, M, MMM, MMMM, yy, yyyy, HH, mm);
// month and weekday names come from the locale, only their order and punctuation from here.

QString longDate()
{
    return Text::tr("d MMMM yyyy");
}

QString shortDate()
{
    return Text::tr("d MMM yyyy");
}

QString shortDateTime()
{
    return Text::tr("d MMM yyyy, HH:mm");
}

QString weekdayLongDate()
{
    return Text::tr("dddd d MMMM yyyy");
}

QString shortWeekdayLongDate()
{
    return Text::tr("ddd d MMMM yyyy");
}

QString weekdayDayMonthTime()
{
    return Text::tr("dddd d MMMM, HH:mm");
}

QString dayMonth()
{
    return Text::tr("d MMM");
}

QString monthYear()
{
    return Text::tr("MMMM yyyy");
}

QString shortMonthYear()
{
    return Text::tr("MMM yyyy");
}

QString shortMonthShortYear()
{
    return Text::tr("MMM yy");
}

QString editDateTime()
{
    return Text::tr("d MMMM yyyy   HH:mm");
}

} // namespace aftercare::core::DateFormats
