// One reflection on one episode: the five questions and the context around them.
#pragma once

#include "core/Error.h"
#include "core/model/EnumSet.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace aftercare::core {

struct Entry
{
    QString id;           // UUID, lower-case, no braces
    QDateTime occurredAt; // local date-time with its UTC offset
    QDateTime createdAt;  // kept by the store; it gives them back in UTC
    QDateTime updatedAt;  // kept by the store; it gives them back in UTC

    std::optional<Timing> timing;
    // The five self-reflection questions.
    std::optional<Tears> tears;                   // question 5
    std::optional<Tension> tension;               // question 1
    std::optional<TraumaReliving> traumaReliving; // question 2
    std::optional<ResponseKind> responseKind;     // question 3
    std::optional<Thoughts> thoughts;             // question 4
    QString thoughtsText;

    EnumSet<Emotion> emotions;
    EnumSet<Reason> reasons;
    std::optional<int> pain; // 0 none .. 3 severe
    EnumSet<DepressionSign> depressionSigns;
    std::optional<bool> postpartum;
    std::optional<int> bother; // 0..4
    QString partnerId;         // empty: no partner
    std::optional<PartnerResponse> partnerResponse;
    std::optional<LimitsRespected> limitsRespected;
    QString notes;
    // The person's own labels (core/model/Tags.h): each tag once, in the order they were added.
    QStringList tags;

    static constexpr int maxPain = 3;
    static constexpr int maxBother = 4;

    // True when all five questions are answered.
    bool hasAllFiveAnswers() const;

    // A finished entry needs the five questions (unless its limits were not respected); a draft
    // may leave them unset.
    enum class Completeness
    {
        Draft,
        Complete
    };
    // Checks ranges and required fields; the message names the field and what is allowed.
    Status validate(Completeness completeness) const;

    friend bool operator==(const Entry&, const Entry&) = default;
};

// A new random UUID in the form entries, partners and check-ins use.
QString newId();

// True when `id` is a UUID in the canonical lower-case form newId() produces.
bool isValidId(const QString& id);

} // namespace aftercare::core
