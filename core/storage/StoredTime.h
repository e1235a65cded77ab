// How the store writes date-times: ISO 8601 to the millisecond with the UTC offset the value
// had, e.g. "2026-11-26T21:30:00.250+01:00", so reading back gives the same instant and offset.
#pragma once

#include <QDateTime>
#include <QString>
#include <string_view>

namespace aftercare::core::StoredTime {

QString toText(const QDateTime& dateTime);
// The same text as toText() into `out`, without allocating; its length, or 0 for the rare values
// only Qt's general formatter handles (invalid, a year outside 1–9999, an offset with seconds).
constexpr int maxTextSize = 32;
int toAscii(const QDateTime& dateTime, char (&out)[maxTextSize]);
// What reading keeps of the stored offset. Keep: the wall-clock time the value had, as an
// offset-carrying QDateTime (Qt puts those on the heap). Utc: the same instant in UTC, which Qt
// keeps inline — for timestamps whose offset means nothing, read by the thousand when listing.
enum class Offset
{
    Keep,
    Utc
};

// An invalid QDateTime when `text` is not a date-time.
QDateTime fromText(QStringView text);
QDateTime fromUtf8(std::string_view text, Offset offset = Offset::Keep);
// Milliseconds since 1970-01-01T00:00Z: the sortable form next to the text.
qint64 utcMs(const QDateTime& dateTime);

} // namespace aftercare::core::StoredTime
