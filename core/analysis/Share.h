// How a share of reflections is put into numbers: the counts always, a percentage only from
// Share::minForPercent reflections on — "1 (50%)" of two entries says more than it knows
// (CONTENT.md). The Trends page, the CLI and the therapist summary all ask here.
#pragma once

#include <QtGlobal>

namespace aftercare::core::Share {

inline constexpr int minForPercent = 5;

// True when `whole` reflections are enough to print a percentage of them.
inline bool showsPercent(int whole)
{
    return whole >= minForPercent;
}

// Rounded to the nearest whole percent (halves up); 0 when `whole` is 0.
inline int percent(int part, int whole)
{
    return whole == 0 ? 0 : int((qint64(part) * 200 + whole) / (qint64(whole) * 2));
}

} // namespace aftercare::core::Share
