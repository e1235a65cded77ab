#include "core/model/CheckIn.h"

#include "core/model/Entry.h"

namespace aftercare::core {

int CheckIn::itemCount(Instrument instrument)
{
    return instrument == Instrument::Phq9 ? 9 : 7;
}

Status CheckIn::validate() const
{
    if (!isValidId(id))
        return fail(Error::Kind::InvalidInput, QStringLiteral("id: \"%1\" is not a UUID").arg(id));
    if (!takenAt.isValid())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("taken_at: a date and time is required"));
    const int expected = itemCount(instrument);
    if (answers.size() != expected)
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("answers: %1 needs exactly %2 answers, got %3")
                        .arg(keyOf(instrument))
                        .arg(expected)
                        .arg(answers.size()));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (answers[i] < 0 || answers[i] > maxAnswer)
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("answers[%1]: %2 is not between 0 and %3")
                            .arg(i)
                            .arg(answers[i])
                            .arg(maxAnswer));
    }
    return {};
}

} // namespace aftercare::core
