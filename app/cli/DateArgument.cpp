#include "app/cli/DateArgument.h"

#include "app/cli/ArgumentParser.h"
#include "app/cli/Wording.h"

#include <QRegularExpression>

namespace aftercare::cli::DateArgument {

using core::Error;

core::Result<QDateTime> parse(const QString& text, Bound bound, const QString& option)
{
    static const QRegularExpression dayOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dayOnly.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid()) {
            const QTime time = bound == Bound::StartOfDay ? QTime(0, 0) : QTime(23, 59, 59, 999);
            return QDateTime(day, time);
        }
    } else {
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (moment.isValid())
            return moment;
    }
    return core::fail(Error::Kind::InvalidInput,
                      QStringLiteral("--%1: \"%2\" is not a date; use YYYY-MM-DD or a date and "
                                     "time like 2026-11-26T21:30")
                          .arg(option, text));
}

core::Result<Range> range(const ParsedArguments& arguments)
{
    Range range;
    if (arguments.isSet(QStringLiteral("from"))) {
        auto from = parse(arguments.value(QStringLiteral("from")), Bound::StartOfDay,
                          QStringLiteral("from"));
        if (!from)
            return std::unexpected(from.error());
        range.from = *from;
    }
    if (arguments.isSet(QStringLiteral("to"))) {
        auto to =
            parse(arguments.value(QStringLiteral("to")), Bound::EndOfDay, QStringLiteral("to"));
        if (!to)
            return std::unexpected(to.error());
        range.to = *to;
    }
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        return core::fail(Error::Kind::InvalidInput,
                          Cli::tr("--from (%1) is after --to (%2)")
                              .arg(arguments.value(QStringLiteral("from")),
                                   arguments.value(QStringLiteral("to"))));
    return range;
}

} // namespace aftercare::cli::DateArgument
