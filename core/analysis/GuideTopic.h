// The stable keys of the guide pages a finding can point to; the UI maps each key to a page.
// docs/FINDINGS.md lists what each page is about. Keys never change once released.
#pragma once

#include <QStringList>

namespace aftercare::core::GuideTopic {

inline constexpr char understanding[] = "understanding";   // what postcoital dysphoria is
inline constexpr char reasons[] = "reasons";               // the possible reasons, one by one
inline constexpr char reflecting[] = "reflecting";         // the five questions, how to read them
inline constexpr char talkToSomeone[] = "talk_to_someone"; // partner, doctor, therapist
inline constexpr char partnerCries[] = "partner_cries";    // for a partner who wants to help
inline constexpr char helpNow[] = "help_now";              // crisis lines and the user's contacts
inline constexpr char pain[] = "pain";                     // pain with sex is treatable
inline constexpr char relationship[] = "relationship";     // talking, likes and dislikes
inline constexpr char depression[] = "depression";         // signs worth watching, PHQ-9
inline constexpr char trauma[] = "trauma";                 // trauma, triggers, support

// Every key above, in the order the guide lists its pages.
inline QStringList all()
{
    return {QLatin1StringView(understanding), QLatin1StringView(reasons),
            QLatin1StringView(reflecting),    QLatin1StringView(talkToSomeone),
            QLatin1StringView(partnerCries),  QLatin1StringView(helpNow),
            QLatin1StringView(pain),          QLatin1StringView(relationship),
            QLatin1StringView(depression),    QLatin1StringView(trauma)};
}

} // namespace aftercare::core::GuideTopic
