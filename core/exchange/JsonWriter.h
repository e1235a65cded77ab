// Streams JSON text into a caller-owned buffer without intermediate copies, so a document can be
// written straight into guarded memory (portable backups). Run it once without a buffer to
// learn the size, then again into a buffer of exactly that size.
#pragma once

#include <QString>
#include <string_view>

namespace aftercare::core {

class JsonWriter
{
public:
    // Counts bytes only.
    JsonWriter() = default;
    // Writes into `buffer`, which must hold the size a counting pass reported.
    JsonWriter(char* buffer, qsizetype capacity) : m_buffer(buffer), m_capacity(capacity) {}

    void raw(std::string_view text);
    // A quoted, escaped string; UTF-16 is encoded to UTF-8 here rather than via toUtf8() so no
    // temporary heap copy of the text is made.
    void string(QStringView text);
    // A quoted string known to need no escaping (vocabulary keys, timestamps).
    void asciiString(std::string_view text);
    void integer(qint64 value);
    void boolean(bool value) { raw(value ? "true" : "false"); }
    void null() { raw("null"); }
    // `"key": `, preceded by ", " unless `first`.
    void key(std::string_view name, bool first = false);

    qsizetype size() const { return m_size; }
    // False when a writing pass ran past the capacity it was given (a bug, never user input).
    bool overflowed() const { return m_overflow; }

private:
    void put(const char* data, qsizetype length);
    void putByte(char byte) { put(&byte, 1); }
    // Characters below 0x80 only.
    void putAscii(const QChar* text, qsizetype length);

    char* m_buffer = nullptr;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
    bool m_overflow = false;
};

} // namespace aftercare::core
