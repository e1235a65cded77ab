// One completed questionnaire (PHQ-9 or GAD-7): the raw answers, each 0–3.
#pragma once

#include "core/Error.h"
#include "core/model/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace aftercare::core {

struct CheckIn
{
    QString id; // UUID
    QDateTime takenAt;
    Instrument instrument = Instrument::Phq9;
    QList<int> answers;

    static constexpr int maxAnswer = 3;
    // How many items the instrument has: 9 for PHQ-9, 7 for GAD-7.
    static int itemCount(Instrument instrument);

    // The message names the problem: a wrong number of answers or a value outside 0–3.
    Status validate() const;

    friend bool operator==(const CheckIn&, const CheckIn&) = default;
};

} // namespace aftercare::core
