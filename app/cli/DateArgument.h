// The DATE values of --from, --to, --as-of and --taken-at: a calendar day (YYYY-MM-DD, meaning
// the start or the end of that local day) or a full ISO 8601 date-time.
#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QString>

namespace aftercare::cli {

class ParsedArguments;

namespace DateArgument {

enum class Bound
{
    StartOfDay,
    EndOfDay
};

// InvalidInput naming `option` when the text is neither form.
core::Result<QDateTime> parse(const QString& text, Bound bound, const QString& option);

struct Range
{
    QDateTime from; // invalid = open
    QDateTime to;   // invalid = open
};
// --from and --to, checked to be in order.
core::Result<Range> range(const ParsedArguments& arguments);

} // namespace DateArgument

} // namespace aftercare::cli
