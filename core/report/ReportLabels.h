// The words a therapist summary uses for every answer: a plain label for the overview and a short
// code for the entries table, which the legend then explains. One place, so the table and its
// legend can never disagree.
#pragma once

#include "core/analysis/Finding.h"
#include "core/analysis/Scoring.h"
#include "core/model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace aftercare::core::ReportLabels {

// Gives the report a tr() under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString label(Timing value);
QString label(Tears value);
QString label(Tension value);
QString label(TraumaReliving value);
QString label(ResponseKind value);
QString label(Thoughts value);
QString label(Emotion value);
QString label(Reason value);
QString label(DepressionSign value);
QString label(PartnerResponse value);
QString label(Instrument value); // "PHQ-9", "GAD-7"
QString bandLabel(Band band);    // "Moderately severe"
QString severityLabel(Severity severity);
QString painLabel(int pain);     // 0 none … 3 severe
QString botherLabel(int bother); // 0 not at all … 4 very much

// Table codes: short words, or three or four letters for reasons.
QString code(Timing value);
QString code(Tears value);
QString code(Tension value);
QString code(TraumaReliving value);
QString code(ResponseKind value);
QString code(Thoughts value);
QString code(Reason value);

// What an unanswered cell shows.
QString notAnswered();

// "Partner A" … "Partner Z", then "Partner 27" and so on; `index` counts from 0.
QString partnerPseudonym(int index);

} // namespace aftercare::core::ReportLabels
