// The fixed vocabularies of a reflection (CONTENT.md), each value with a stable string key
// that storage, JSON and CSV use; the keys never change once released.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <QString>
#include <QStringList>
#include <string_view>

namespace aftercare::core {

enum class Timing : std::uint8_t
{
    During,
    After,
    Both
};
enum class Tears : std::uint8_t
{
    None,
    Few,
    Session
};
enum class Tension : std::uint8_t
{
    Relieved,
    Unchanged,
    Worse
};
enum class TraumaReliving : std::uint8_t
{
    No,
    Unsure,
    Yes
};
enum class ResponseKind : std::uint8_t
{
    Emotional,
    Physical,
    Both,
    Unsure
};
enum class Thoughts : std::uint8_t
{
    Happy,
    Mixed,
    Sad,
    Neutral
};
enum class Emotion
{
    Joy,
    Love,
    Relief,
    Calm,
    Overwhelm,
    Vulnerability,
    Sadness,
    Shame,
    Guilt,
    Anxiety,
    Fear,
    Irritability,
    Confusion,
    Disappointment,
    Loneliness,
    Emptiness
};
enum class Reason
{
    Joy,
    ShameGuilt,
    OverwhelmedScenario,
    OverwhelmedBody,
    Biological,
    AnxietyStress,
    Pain,
    Confusion,
    Relationship,
    Depression,
    Trauma
};
enum class DepressionSign
{
    Irritability,
    Sadness,
    SleepEnergy,
    Memory,
    Concentration,
    Appetite,
    Aches,
    Anxiety,
    LossOfInterest
};
enum class PartnerResponse : std::uint8_t
{
    Comforted,
    GaveSpace,
    Dismissive,
    DidNotNotice,
    NotPresent
};
enum class LimitsRespected : std::uint8_t
{
    Yes,
    No,
    Unsure
};
enum class Instrument
{
    Phq9,
    Gad7
};

// The key table of each vocabulary, in enum order.
template <typename E> struct VocabularyKeys;

#define AFTERCARE_VOCABULARY(E, ...)                                                               \
    template <> struct VocabularyKeys<E>                                                           \
    {                                                                                              \
        static constexpr std::string_view name = #E;                                               \
        static constexpr auto keys = std::to_array<std::string_view>({__VA_ARGS__});               \
    }

AFTERCARE_VOCABULARY(Timing, "during", "after", "both");
AFTERCARE_VOCABULARY(Tears, "none", "few", "session");
AFTERCARE_VOCABULARY(Tension, "relieved", "unchanged", "worse");
AFTERCARE_VOCABULARY(TraumaReliving, "no", "unsure", "yes");
AFTERCARE_VOCABULARY(ResponseKind, "emotional", "physical", "both", "unsure");
AFTERCARE_VOCABULARY(Thoughts, "happy", "mixed", "sad", "neutral");
AFTERCARE_VOCABULARY(Emotion, "joy", "love", "relief", "calm", "overwhelm", "vulnerability",
                     "sadness", "shame", "guilt", "anxiety", "fear", "irritability", "confusion",
                     "disappointment", "loneliness", "emptiness");
AFTERCARE_VOCABULARY(Reason, "joy", "shame_guilt", "overwhelmed_scenario", "overwhelmed_body",
                     "biological", "anxiety_stress", "pain", "confusion", "relationship",
                     "depression", "trauma");
AFTERCARE_VOCABULARY(DepressionSign, "irritability", "sadness", "sleep_energy", "memory",
                     "concentration", "appetite", "aches", "anxiety", "loss_of_interest");
AFTERCARE_VOCABULARY(PartnerResponse, "comforted", "gave_space", "dismissive", "did_not_notice",
                     "not_present");
AFTERCARE_VOCABULARY(LimitsRespected, "yes", "no", "unsure");
AFTERCARE_VOCABULARY(Instrument, "phq9", "gad7");

#undef AFTERCARE_VOCABULARY

template <typename E> constexpr int vocabularySize()
{
    return int(VocabularyKeys<E>::keys.size());
}

template <typename E> QString keyOf(E value)
{
    const std::string_view key = VocabularyKeys<E>::keys.at(std::size_t(value));
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

template <typename E> std::optional<E> fromKey(QStringView key)
{
    const auto& keys = VocabularyKeys<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1StringView(keys[i].data(), qsizetype(keys[i].size())))
            return E(i);
    }
    return std::nullopt;
}

template <typename E> QStringList allKeys()
{
    QStringList out;
    for (int i = 0; i < vocabularySize<E>(); ++i)
        out << keyOf(E(i));
    return out;
}

template <typename E> constexpr auto allValues()
{
    std::array<E, VocabularyKeys<E>::keys.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = E(i);
    return out;
}

// "relieved, unchanged, worse" — for error messages that list what is allowed.
template <typename E> QString allowedKeysText()
{
    return allKeys<E>().join(QStringLiteral(", "));
}

} // namespace aftercare::core
