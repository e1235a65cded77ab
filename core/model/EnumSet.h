// A set of values from one vocabulary (emotions, reasons, signs), stored as bits.
#pragma once

#include "core/model/Vocabulary.h"

#include <bit>
#include <cstdint>
#include <initializer_list>
#include <QList>

namespace aftercare::core {

template <typename E> class EnumSet
{
    static_assert(vocabularySize<E>() <= 32);

public:
    using value_type = E;

    EnumSet() = default;
    EnumSet(std::initializer_list<E> values)
    {
        for (E v : values)
            insert(v);
    }

    void insert(E v) { m_bits |= bit(v); }
    void remove(E v) { m_bits &= ~bit(v); }
    void set(E v, bool on) { on ? insert(v) : remove(v); }
    bool contains(E v) const { return (m_bits & bit(v)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    int size() const { return std::popcount(m_bits); }
    void clear() { m_bits = 0; }
    std::uint32_t bits() const { return m_bits; }

    // Values in vocabulary order.
    QList<E> values() const
    {
        QList<E> out;
        for (E v : allValues<E>())
            if (contains(v))
                out << v;
        return out;
    }

    QStringList keys() const
    {
        QStringList out;
        for (E v : values())
            out << keyOf(v);
        return out;
    }

    // Parses keys; returns the first unknown key through `unknown` and nullopt if any is unknown.
    static std::optional<EnumSet> fromKeys(const QStringList& keys, QString* unknown = nullptr)
    {
        EnumSet out;
        for (const QString& k : keys) {
            const auto v = fromKey<E>(k);
            if (!v) {
                if (unknown)
                    *unknown = k;
                return std::nullopt;
            }
            out.insert(*v);
        }
        return out;
    }

    friend bool operator==(const EnumSet&, const EnumSet&) = default;

private:
    static std::uint32_t bit(E v) { return std::uint32_t(1) << unsigned(v); }
    std::uint32_t m_bits = 0;
};

} // namespace aftercare::core
