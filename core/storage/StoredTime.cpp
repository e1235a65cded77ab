#include "core/storage/StoredTime.h"

namespace aftercare::core::StoredTime {

namespace {

char16_t at(QStringView text, qsizetype pos)
{
    return text[pos].unicode();
}

char16_t at(std::string_view text, qsizetype pos)
{
    return char16_t(static_cast<unsigned char>(text[std::size_t(pos)]));
}

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
template <typename View> int digits(View text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = at(text, pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// Parsing is on the path of every listed entry, so the exact shape toText() writes is read
// directly; anything else falls back to Qt's general ISO parser.
template <typename View> QDateTime fastParse(View text, Offset offsetKept)
{
    // 0123456789012345678901234567
    // 2026-11-26T21:30:00.250+01:00   or   …00.250Z
    const qsizetype size = qsizetype(text.size());
    if (size != 24 && size != 29)
        return {};
    if (at(text, 4) != u'-' || at(text, 7) != u'-' || at(text, 10) != u'T' ||
        at(text, 13) != u':' || at(text, 16) != u':' || at(text, 19) != u'.')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int ms = digits(text, 20, 3);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    // Milliseconds since the epoch from the parts directly: cheaper than Qt's constructor from a
    // QDate and QTime, and the same value.
    constexpr qint64 julianDayOfEpoch = 2'440'588;
    const qint64 wallMs =
        (date.toJulianDay() - julianDayOfEpoch) * 86'400'000 + time.msecsSinceStartOfDay();
    if (size == 24)
        return at(text, 23) == u'Z' ? QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC) : QDateTime();
    const char16_t sign = at(text, 23);
    const int offHours = digits(text, 24, 2);
    const int offMinutes = digits(text, 27, 2);
    if ((sign != u'+' && sign != u'-') || at(text, 26) != u':' || offHours < 0 || offMinutes < 0)
        return {};
    const int offset = (offHours * 3600 + offMinutes * 60) * (sign == u'-' ? -1 : 1);
    const qint64 utcMs = wallMs - qint64(offset) * 1000;
    if (offsetKept == Offset::Utc)
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, offset);
}

char* putDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

int toAscii(const QDateTime& dateTime, char (&out)[maxTextSize])
{
    if (!dateTime.isValid())
        return 0;
    const int offset = dateTime.offsetFromUtc();
    if (offset % 60 != 0)
        return 0;
    // The wall-clock time at that offset, from milliseconds since the epoch.
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 local = dateTime.toMSecsSinceEpoch() + qint64(offset) * 1000;
    qint64 days = local / msPerDay;
    qint64 msOfDay = local % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    constexpr qint64 julianDayOfEpoch = 2'440'588;
    // Year, month and day in one conversion (each of QDate::year(), month() and day() makes
    // its own from the Julian day).
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + julianDayOfEpoch).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return 0;
    const int ms = int(msOfDay);
    char* p = out;
    p = putDigits(p, year, 4);
    *p++ = '-';
    p = putDigits(p, month, 2);
    *p++ = '-';
    p = putDigits(p, day, 2);
    *p++ = 'T';
    p = putDigits(p, ms / 3'600'000, 2);
    *p++ = ':';
    p = putDigits(p, ms / 60'000 % 60, 2);
    *p++ = ':';
    p = putDigits(p, ms / 1000 % 60, 2);
    *p++ = '.';
    p = putDigits(p, ms % 1000, 3);
    if (offset == 0) {
        *p++ = 'Z'; // Qt writes a zero offset as UTC
    } else {
        const int minutes = (offset < 0 ? -offset : offset) / 60;
        *p++ = offset < 0 ? '-' : '+';
        p = putDigits(p, minutes / 60, 2);
        *p++ = ':';
        p = putDigits(p, minutes % 60, 2);
    }
    return int(p - out);
}

QString toText(const QDateTime& dateTime)
{
    char text[maxTextSize];
    if (const int size = toAscii(dateTime, text); size > 0)
        return QString::fromLatin1(text, size);
    if (!dateTime.isValid())
        return {};
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime fromText(QStringView text)
{
    QDateTime parsed = fastParse(text, Offset::Keep);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return parsed;
}

QDateTime fromUtf8(std::string_view text, Offset offset)
{
    QDateTime parsed = fastParse(text, offset);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                       Qt::ISODateWithMs);
    if (offset == Offset::Utc && parsed.isValid())
        parsed = parsed.toUTC();
    return parsed;
}

qint64 utcMs(const QDateTime& dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

} // namespace aftercare::core::StoredTime
