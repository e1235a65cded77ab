// The member names of the aftercare-journal JSON format (docs/FORMAT.md) outside entries (an
// entry's keys are in the field table, core/model/EntryFields.h), shared by the checked reader
// (JsonFormat.cpp) and the direct reader (JsonDirectReader.cpp). Each list is in the order of its
// enum, so a reader can switch on the position of a key it found.
#pragma once

#include <array>
#include <string_view>

namespace aftercare::core::JsonKeys {

enum class Document
{
    Format,
    Version,
    ExportedAt,
    Partners,
    Entries,
    CheckIns,
    SafetyPlan
};
inline constexpr std::array<std::string_view, 7> document = {
    "format", "version", "exported_at", "partners", "entries", "checkins", "safety_plan"};

enum class Partner
{
    Id,
    Label
};
inline constexpr std::array<std::string_view, 2> partner = {"id", "label"};

enum class CheckIn
{
    Id,
    TakenAt,
    Instrument,
    Answers
};
inline constexpr std::array<std::string_view, 4> checkIn = {"id", "taken_at", "instrument",
                                                            "answers"};

} // namespace aftercare::core::JsonKeys
