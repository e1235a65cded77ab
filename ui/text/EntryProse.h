// An entry written out as a short, readable page (HTML for a QTextBrowser): the review step, the
// journal's detail pane and anywhere else a reflection is shown in full. Never a database row.
#pragma once

#include <QString>

namespace aftercare::core {
struct Entry;
class JournalStore;
} // namespace aftercare::core

namespace aftercare::ui::EntryProse {

// `partnerLabel` is the name the user gave the partner (empty: none or unknown). Everything the
// user typed is escaped.
QString html(const core::Entry& entry, const QString& partnerLabel);

// The heading used for an entry: "Thursday 5 March 2026, 22:40".
QString dateHeading(const core::Entry& entry);

// The label the user gave partner `partnerId`; empty when none, unknown or locked.
QString partnerLabel(core::JournalStore* store, const QString& partnerId);

} // namespace aftercare::ui::EntryProse
