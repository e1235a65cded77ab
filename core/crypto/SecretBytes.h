// Bytes that must never leak: kept in libsodium-guarded memory (no swap, guard pages) and
// wiped when released.
#pragma once

#include <cstddef>
#include <QByteArray>
#include <QString>

namespace aftercare::core {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled
    ~SecretBytes();

    SecretBytes(const SecretBytes& other);
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    // Copies the UTF-8 of `text`; the caller should clear its own copy where it can.
    static SecretBytes fromUtf8(const QString& text);
    // Copies `bytes`, then overwrites `bytes` with zeros (its own buffer, when not shared).
    static SecretBytes takeFrom(QByteArray& bytes);
    static SecretBytes random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant-time comparison.
    bool equals(const SecretBytes& other) const;

    // Lower-case hex in guarded memory, e.g. for SQLCipher's raw-key pragma.
    SecretBytes toHex() const;

    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace aftercare::core
