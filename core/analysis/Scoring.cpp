#include "core/analysis/Scoring.h"

#include <algorithm>
#include <numeric>

namespace aftercare::core::Scoring {

QString bandKey(Band band)
{
    switch (band) {
    case Band::Minimal:
        return QStringLiteral("minimal");
    case Band::Mild:
        return QStringLiteral("mild");
    case Band::Moderate:
        return QStringLiteral("moderate");
    case Band::ModeratelySevere:
        return QStringLiteral("moderately_severe");
    case Band::Severe:
        return QStringLiteral("severe");
    }
    return {};
}

bool isScorable(const CheckIn& checkIn)
{
    if (checkIn.answers.size() != CheckIn::itemCount(checkIn.instrument))
        return false;
    return std::ranges::all_of(checkIn.answers,
                               [](int a) { return a >= 0 && a <= CheckIn::maxAnswer; });
}

int total(const QList<int>& answers)
{
    return std::accumulate(answers.cbegin(), answers.cend(), 0);
}

Band band(Instrument instrument, int total)
{
    if (total < mildFrom)
        return Band::Minimal;
    if (total < moderateFrom)
        return Band::Mild;
    if (instrument == Instrument::Gad7)
        return total < gad7SevereFrom ? Band::Moderate : Band::Severe;
    if (total < phq9ModeratelySevereFrom)
        return Band::Moderate;
    if (total < phq9SevereFrom)
        return Band::ModeratelySevere;
    return Band::Severe;
}

bool selfHarmFlag(const CheckIn& checkIn)
{
    return checkIn.instrument == Instrument::Phq9 && checkIn.answers.size() > selfHarmItemIndex &&
           checkIn.answers.at(selfHarmItemIndex) > 0;
}

int phq2(const QList<int>& answers)
{
    int sum = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(2, answers.size()); ++i)
        sum += answers.at(i);
    return sum;
}

bool phq2SuggestsFullPhq9(int phq2Total)
{
    return phq2Total >= phq2SuggestFullFrom;
}

std::optional<CheckInScore> score(const CheckIn& checkIn)
{
    if (!isScorable(checkIn))
        return std::nullopt;
    CheckInScore out;
    out.total = total(checkIn.answers);
    out.band = band(checkIn.instrument, out.total);
    out.selfHarmFlag = selfHarmFlag(checkIn);
    return out;
}

} // namespace aftercare::core::Scoring
