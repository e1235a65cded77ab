// The words the Trends page uses: short chart labels for answers, how each severity reads on a
// finding card, and captions for periods and windows.
#pragma once

#include "core/analysis/Finding.h"
#include "core/analysis/TrendSeries.h"
#include "core/model/Vocabulary.h"

#include <QString>

namespace aftercare::ui::TrendsWording {

QString label(core::Tension value);  // "Eased", "Unchanged", "Worse"
QString label(core::Thoughts value); // "Happy", …
QString label(core::Reason value);   // "Shame or guilt", …
// A calm line above a finding's title: "Please reach out", "Worth talking about", …
QString severityLabel(core::Severity severity);
// "Last 30 days", "Last year", "All entries".
QString periodLabel(int days);
// "Looked at the last 30 days" for a finding's window.
QString windowCaption(const core::Window& window);
// "Week of 3 Mar 2025" or "March 2025".
QString periodCaption(const QDate& start, core::Period period);
// The short form on a chart axis: "3 Mar" or "Mar 2025".
QString periodAxisLabel(const QDate& start, core::Period period);
// The partner's own label; "No partner noted" or "A removed partner" when there is none.
QString partnerLabel(const core::PartnerShare& share);

} // namespace aftercare::ui::TrendsWording
