#include "StoredTime.h"

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
template <typename View> QDateTime fastParse(View text)
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
    if (size == 24)
        return at(text, 23) == u'Z' ? QDateTime(date, time, Qt::UTC) : QDateTime();
    const char16_t sign = at(text, 23);
    const int offHours = digits(text, 24, 2);
    const int offMinutes = digits(text, 27, 2);
    if ((sign != u'+' && sign != u'-') || at(text, 26) != u':' || offHours < 0 || offMinutes < 0)
        return {};
    const int offset = (offHours * 3600 + offMinutes * 60) * (sign == u'-' ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

} // namespace

QString toText(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime fromText(QStringView text)
{
    QDateTime parsed = fastParse(text);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return parsed;
}

QDateTime fromUtf8(std::string_view text)
{
    QDateTime parsed = fastParse(text);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                       Qt::ISODateWithMs);
    return parsed;
}

qint64 utcMs(const QDateTime& dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

} // namespace aftercare::core::StoredTime
