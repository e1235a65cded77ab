// The published wording of the PHQ-9 and GAD-7, with their answer options and credit line, as
// data the check-in screens show. This wording is reproduced exactly as published and is not
// passed through translation: a changed word would change the instrument. Where a validated
// translation exists (the German PHQ-9 of the PHQ-D, Löwe et al.) it is kept here as data too;
// otherwise every language shows the English original.
#pragma once

#include "core/model/Vocabulary.h"

#include <QString>
#include <QStringList>

namespace aftercare::core {

struct Questionnaire
{
    Instrument instrument = Instrument::Phq9;
    QString name;        // "PHQ-9", "GAD-7"
    QString stem;        // the question every item answers
    QStringList items;   // in order; item i is answer i of a CheckIn
    QStringList options; // option i scores i: "Not at all" … "Nearly every day"
    QString credit;      // the notice the instrument asks to be shown with it
    QString citation;    // the paper that introduced it
    QString language = QStringLiteral("en"); // the language of this wording

    // The validated wording in `language` ("de"), or the English original when there is none.
    static Questionnaire of(Instrument instrument, const QString& language = QStringLiteral("en"));
};

} // namespace aftercare::core
