// A personal safety plan (Stanley & Brown's steps, plus reasons for living): short lists in the
// user's own words, made in a calm moment to use when things get dark. Kept encrypted in the
// journal; in the JSON export as the top-level "safety_plan" object (docs/FORMAT.md).
#pragma once

#include "core/Error.h"

#include <array>
#include <QJsonObject>
#include <QStringList>

namespace aftercare::core {

struct SafetyPlan
{
    // The sections in the order the plan is read; each key is its JSON member name.
    enum class Section
    {
        WarningSigns,
        Coping,
        Distractions,
        People,
        Professionals,
        SafeEnvironment,
        ReasonsForLiving
    };
    static constexpr int sectionCount = 7;
    static constexpr std::array<Section, sectionCount> sections = {
        Section::WarningSigns,  Section::Coping,          Section::Distractions,    Section::People,
        Section::Professionals, Section::SafeEnvironment, Section::ReasonsForLiving};
    // Generous limits, so a damaged or hostile file cannot make the plan unreadable.
    static constexpr int maxItems = 50;
    static constexpr int maxItemLength = 500;

    std::array<QStringList, sectionCount> items;

    QStringList& operator[](Section s) { return items[std::size_t(s)]; }
    const QStringList& operator[](Section s) const { return items[std::size_t(s)]; }

    // True when no section holds any text.
    bool isEmpty() const;
    // Trims every item and drops empty ones.
    SafetyPlan tidied() const;

    // "warning_signs", "coping", "distractions", "people", "professionals",
    // "safe_environment", "reasons_for_living".
    static QLatin1StringView key(Section section);
    // The section's heading in the user's language, e.g. "Signs that things are getting harder".
    static QString title(Section section);

    // Every section as a list of strings (empty sections as empty lists).
    QJsonObject toJson() const;
    // Reads the object above; a missing section is empty, unknown members are refused, and each
    // problem names its path (e.g. "safety_plan.coping[2]").
    static Result<SafetyPlan> fromJson(const QJsonObject& object,
                                       const QString& path = QStringLiteral("safety_plan"));

    friend bool operator==(const SafetyPlan&, const SafetyPlan&) = default;
};

} // namespace aftercare::core
