#include "app/cli/CheckInText.h"

#include "app/cli/Wording.h"

namespace aftercare::cli::CheckInText {

using namespace aftercare::core;

QString instrumentName(Instrument instrument)
{
    return instrument == Instrument::Phq9 ? QStringLiteral("PHQ-9") : QStringLiteral("GAD-7");
}

QJsonObject scoreJson(const CheckIn& checkIn, const CheckInScore& score)
{
    return {{QStringLiteral("instrument"), keyOf(checkIn.instrument)},
            {QStringLiteral("total"), score.total},
            {QStringLiteral("band"), Scoring::bandKey(score.band)},
            {QStringLiteral("self_harm_flag"), score.selfHarmFlag}};
}

QString scoreLine(const CheckIn& checkIn, const CheckInScore& score)
{
    const int max =
        checkIn.instrument == Instrument::Phq9 ? Scoring::phq9MaxTotal : Scoring::gad7MaxTotal;
    return Cli::tr("%1: %2 of %3, %4")
        .arg(instrumentName(checkIn.instrument))
        .arg(score.total)
        .arg(max)
        .arg(Scoring::bandKey(score.band).replace(u'_', u' '));
}

} // namespace aftercare::cli::CheckInText
