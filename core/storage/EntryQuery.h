// Which entries to list: a date range, filters, optional full-text search, and a page.
#pragma once

#include "core/model/Vocabulary.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace aftercare::core {

struct EntryQuery
{
    QDateTime from; // inclusive; invalid = no lower bound
    QDateTime to;   // inclusive; invalid = no upper bound
    QString partnerId;
    std::optional<Reason> reason;
    std::optional<Emotion> emotion;
    // Search: words in notes and thoughts_text (full-text), or a tag whose label contains the
    // text (ignoring case); empty = no search.
    QString text;
    QStringList tags; // only entries carrying every one of these tags (labels, ignoring case)
    QStringList ids;  // restrict to these ids (e.g. a finding's evidence); empty = no restriction
    int offset = 0;
    int limit = -1; // -1 = all
};

} // namespace aftercare::core
