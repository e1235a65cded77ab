#include "core/exchange/JsonCursor.h"

namespace aftercare::core::JsonDirectReader {

namespace {

std::optional<char16_t> hex4(std::string_view text, std::size_t at)
{
    if (text.size() < at + 4)
        return std::nullopt;
    char16_t out = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const char c = text[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        out = char16_t(out * 16 + digit);
    }
    return out;
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

// Appends UTF-8 bytes; false when they are not valid UTF-8 (Qt's decoder then gives U+FFFD; a
// real U+FFFD in the file declines too, which is merely slower).
bool appendUtf8(QString& out, std::string_view bytes)
{
    if (bytes.empty())
        return true;
    const QString part = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    if (part.contains(QChar::ReplacementCharacter))
        return false;
    out += part;
    return true;
}

} // namespace

std::optional<QString> decode(const RawString& raw)
{
    const std::string_view b = raw.bytes;
    if (!raw.escaped) {
        if (raw.ascii)
            return QString::fromLatin1(b.data(), qsizetype(b.size()));
        QString out;
        if (!appendUtf8(out, b))
            return std::nullopt;
        return out;
    }
    QString out;
    out.reserve(qsizetype(b.size()));
    std::size_t i = 0;
    std::size_t run = 0; // start of the bytes since the last escape
    while (i < b.size()) {
        if (b[i] != '\\') {
            ++i;
            continue;
        }
        if (!appendUtf8(out, b.substr(run, i - run)) || i + 1 >= b.size())
            return std::nullopt;
        const char escape = b[i + 1];
        i += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out += QLatin1Char(escape);
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            const auto unit = hex4(b, i);
            if (!unit || isLowSurrogate(*unit))
                return std::nullopt;
            i += 4;
            out += QChar(*unit);
            if (isHighSurrogate(*unit)) {
                // Only a complete pair; Qt would keep a lone half, the journal has no use for it.
                if (b.substr(i, 2) != "\\u")
                    return std::nullopt;
                const auto low = hex4(b, i + 2);
                if (!low || !isLowSurrogate(*low))
                    return std::nullopt;
                i += 6;
                out += QChar(*low);
            }
            break;
        }
        default:
            return std::nullopt;
        }
        run = i;
    }
    if (!appendUtf8(out, b.substr(run)))
        return std::nullopt;
    return out;
}

} // namespace aftercare::core::JsonDirectReader
