// Check-ins as text and JSON for `checkin` and `checkins`: the instrument, total, band and the
// item 9 safety flag.
#pragma once

#include "core/analysis/Scoring.h"
#include "core/model/CheckIn.h"

#include <QJsonObject>
#include <QString>

namespace aftercare::cli::CheckInText {

// "PHQ-9" or "GAD-7".
QString instrumentName(core::Instrument instrument);
// {"instrument", "total", "band", "self_harm_flag"}
QJsonObject scoreJson(const core::CheckIn& checkIn, const core::CheckInScore& score);
// "PHQ-9: 7 of 27, mild"
QString scoreLine(const core::CheckIn& checkIn, const core::CheckInScore& score);

} // namespace aftercare::cli::CheckInText
