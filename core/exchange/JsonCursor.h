// The lexical layer of JsonDirectReader: walks the bytes of a JSON text, hands out its strings
// still undecoded (most never need decoding: keys and vocabulary values are compared as bytes),
// and decodes those that do. Every step returns false (or nullopt) on anything it does not
// expect; the first false ends the whole read, so no step needs to say why.
#pragma once

#include <optional>
#include <QByteArrayView>
#include <QString>
#include <string_view>

namespace aftercare::core::JsonDirectReader {

// A string's bytes between its quotes, not yet decoded.
struct RawString
{
    std::string_view bytes;
    bool escaped = false; // holds a backslash
    bool ascii = true;    // only bytes below 0x80
};

class Cursor
{
public:
    explicit Cursor(QByteArrayView bytes) : m_text(bytes.data(), std::size_t(bytes.size())) {}

    // Skips JSON white space; true when the next byte is `c`, which is then consumed.
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    bool takeWord(std::string_view word)
    {
        skipSpace();
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    std::optional<RawString> string()
    {
        if (!take('"'))
            return std::nullopt;
        RawString out;
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                out.bytes = m_text.substr(start, m_pos - start);
                ++m_pos;
                return out;
            }
            if (c < 0x20) // control characters must be escaped
                return std::nullopt;
            if (c == '\\') {
                // The escape itself is checked when the string is decoded; here it only must
                // not hide the closing quote.
                out.escaped = true;
                if (m_text.size() - m_pos < 2)
                    return std::nullopt;
                m_pos += 2;
                continue;
            }
            if (c >= 0x80)
                out.ascii = false;
            ++m_pos;
        }
        return std::nullopt;
    }

    // A whole number written as plain digits: no sign, fraction, exponent or leading zero,
    // at most 15 digits (every such number is exact in the double the checked reader uses).
    std::optional<qint64> wholeNumber()
    {
        constexpr std::size_t maxDigits = 15;
        skipSpace();
        const std::size_t start = m_pos;
        qint64 n = 0;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            if (m_pos - start == maxDigits) // stop before the number could overflow
                return std::nullopt;
            n = n * 10 + (m_text[m_pos] - '0');
            ++m_pos;
        }
        const std::size_t digits = m_pos - start;
        if (digits == 0 || (digits > 1 && m_text[start] == '0'))
            return std::nullopt;
        // "1.5", "1e3": the caller would stop at the '.' or 'e' anyway; say so here.
        if (m_pos < m_text.size() &&
            (m_text[m_pos] == '.' || m_text[m_pos] == 'e' || m_text[m_pos] == 'E'))
            return std::nullopt;
        return n;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// The string's text; nullopt for an escape, surrogate or byte sequence the reader declines.
std::optional<QString> decode(const RawString& raw);

} // namespace aftercare::core::JsonDirectReader
