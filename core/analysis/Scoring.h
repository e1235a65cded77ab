// Scores PHQ-9 and GAD-7 check-ins: totals, the published severity bands, the PHQ-9 item 9
// safety flag and the PHQ-2 quick screen.
#pragma once

#include "core/model/CheckIn.h"

#include <optional>
#include <QList>
#include <QString>

namespace aftercare::core {

// Published severity bands. GAD-7 has no "moderately severe" band.
enum class Band
{
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe
};

struct CheckInScore
{
    int total = 0;
    Band band = Band::Minimal;
    bool selfHarmFlag = false; // PHQ-9 item 9 above 0; always false for GAD-7

    friend bool operator==(const CheckInScore&, const CheckInScore&) = default;
};

namespace Scoring {

inline constexpr int phq9MaxTotal = 27;
inline constexpr int gad7MaxTotal = 21;
// Lowest total of each band above "minimal" (Kroenke 2001; Spitzer 2006).
inline constexpr int mildFrom = 5;
inline constexpr int moderateFrom = 10;
inline constexpr int phq9ModeratelySevereFrom = 15;
inline constexpr int phq9SevereFrom = 20;
inline constexpr int gad7SevereFrom = 15;
// Item 9 ("thoughts that you would be better off dead…"), zero-based.
inline constexpr int selfHarmItemIndex = 8;
// A PHQ-2 total from this value up suggests taking the full PHQ-9.
inline constexpr int phq2SuggestFullFrom = 3;

// "minimal", "mild", "moderate", "moderately_severe", "severe".
QString bandKey(Band band);

// True when the check-in has the instrument's item count and every answer is 0–3.
bool isScorable(const CheckIn& checkIn);

// Sum of the answers as given (callers check isScorable first for a meaningful total).
int total(const QList<int>& answers);

Band band(Instrument instrument, int total);

bool selfHarmFlag(const CheckIn& checkIn);

// The first two PHQ-9 answers added up; missing answers count as 0.
int phq2(const QList<int>& answers);
bool phq2SuggestsFullPhq9(int phq2Total);

// Total, band and flag; nullopt when the check-in is not scorable.
std::optional<CheckInScore> score(const CheckIn& checkIn);

} // namespace Scoring
} // namespace aftercare::core
