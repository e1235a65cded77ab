// When Home should offer a gentle "time for a check-in?" note: two weeks after the last PHQ-9 or
// GAD-7 (both ask about "the last 2 weeks"), or when there has never been one. The person can
// dismiss one reminder or turn them off; both choices live encrypted in the journal's settings.
#pragma once

#include "core/model/CheckIn.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui::CheckInReminder {

// Days between check-ins; the questionnaires ask about the last two weeks.
inline constexpr int intervalDays = 14;

// Journal setting (JournalStore::setting): "off" turns the reminder off; anything else, or no
// value, leaves it on.
inline constexpr char enabledKey[] = "checkin.reminder";
// Journal setting: when the user last dismissed the reminder (ISO 8601). A dismissal counts like
// a check-in for the reminder, so the next one comes intervalDays later.
inline constexpr char dismissedKey[] = "checkin.reminder.dismissed_at";

// True when `enabled` and there is no check-in, or the newest one (by taken_at, any instrument)
// was taken intervalDays or more before `now`. Check-ins dated after `now` count as recent.
bool isDue(const QList<core::CheckIn>& checkIns, const QDateTime& now, bool enabled);

// The same, reading the check-ins, the on/off choice and the last dismissal from `store`.
// False when the store cannot be read (a reminder is never worth an error).
bool isDue(const core::JournalStore& store, const QDateTime& now);

bool isEnabled(const core::JournalStore& store);
core::Status setEnabled(core::JournalStore& store, bool enabled);
// Hides the reminder until intervalDays after `now`.
core::Status dismiss(core::JournalStore& store, const QDateTime& now);

} // namespace aftercare::ui::CheckInReminder
