// Turns what a user types into the search box into a safe FTS4 MATCH expression: every word is
// a quoted phrase (so AND, OR, NEAR, quotes and brackets are just text) and the last word
// matches as a prefix, so results appear while typing.
#pragma once

#include <QString>

namespace aftercare::core::FtsQuery {

// An empty string when the text holds no letters or digits to search for.
QString fromUserText(const QString& text);

} // namespace aftercare::core::FtsQuery
