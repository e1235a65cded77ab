#include "core/crypto/SecretBytes.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

namespace aftercare::core {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(const SecretBytes& other) : SecretBytes(other.m_size)
{
    if (m_size)
        std::copy(other.m_data, other.m_data + m_size, m_data);
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        SecretBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecretBytes SecretBytes::takeFrom(QByteArray& bytes)
{
    SecretBytes out(std::size_t(bytes.size()));
    if (out.m_size)
        std::copy(bytes.constData(), bytes.constData() + bytes.size(), out.m_data);
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear(); // shared with someone else: only drop our reference
    } else if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
        bytes.clear();
    }
    return out;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes out(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(out.m_data), out.m_size, m_data, m_size);
    // Drop the terminating NUL from the visible size but keep it allocated and wiped.
    out.m_size = m_size * 2;
    return out;
}

void SecretBytes::clear()
{
    if (m_data) {
        // sodium_free wipes before releasing; it must see the full allocation size, which it
        // tracks itself, so a shortened m_size (toHex) is harmless.
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace aftercare::core
