#include "core/exchange/JsonWriter.h"

#include <charconv>
#include <cstring>

namespace aftercare::core {

void JsonWriter::put(const char* data, qsizetype length)
{
    if (m_buffer) {
        if (m_size + length > m_capacity) {
            m_overflow = true;
            return;
        }
        std::memcpy(m_buffer + m_size, data, std::size_t(length));
    }
    m_size += length;
}

void JsonWriter::raw(std::string_view text)
{
    put(text.data(), qsizetype(text.size()));
}

void JsonWriter::putAscii(const QChar* text, qsizetype length)
{
    if (m_buffer) {
        if (m_size + length > m_capacity) {
            m_overflow = true;
            return;
        }
        char* out = m_buffer + m_size;
        for (qsizetype i = 0; i < length; ++i)
            out[i] = char(text[i].unicode());
    }
    m_size += length;
}

void JsonWriter::string(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    putByte('"');
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Most text is printable ASCII that needs no escaping: copy such runs in one go.
        qsizetype run = i;
        while (run < n) {
            const char16_t u = text[run].unicode();
            if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\')
                break;
            ++run;
        }
        if (run > i) {
            putAscii(text.data() + i, run - i);
            i = run;
            if (i == n)
                break;
        }
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(char16_t(c), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate cannot be encoded; the replacement character is honest
        }
        ++i;
        if (c == '"' || c == '\\') {
            const char esc[2] = {'\\', char(c)};
            put(esc, 2);
        } else if (c < 0x20) {
            switch (c) {
            case '\n':
                raw("\\n");
                break;
            case '\r':
                raw("\\r");
                break;
            case '\t':
                raw("\\t");
                break;
            default: {
                const char esc[6] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
                put(esc, 6);
            }
            }
        } else if (c < 0x800) {
            const char b[2] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
            put(b, 2);
        } else if (c < 0x10000) {
            const char b[3] = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)),
                               char(0x80 | (c & 0x3F))};
            put(b, 3);
        } else {
            const char b[4] = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)),
                               char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
            put(b, 4);
        }
    }
    putByte('"');
}

void JsonWriter::asciiString(std::string_view text)
{
    putByte('"');
    raw(text);
    putByte('"');
}

void JsonWriter::integer(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    put(digits, qsizetype(result.ptr - digits));
}

void JsonWriter::key(std::string_view name, bool first)
{
    if (!first)
        raw(", ");
    putByte('"');
    raw(name);
    raw("\": ");
}

} // namespace aftercare::core
