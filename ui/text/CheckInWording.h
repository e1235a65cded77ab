// The app's own words around the questionnaires (the questions themselves are published wording
// from core::Questionnaire): what each one is about, the bands in plain language and gentle
// next steps for a result. Never a diagnosis.
#pragma once

#include "core/analysis/Scoring.h"
#include "core/model/Vocabulary.h"

#include <QString>

namespace aftercare::ui::CheckInWording {

// "PHQ-9", "GAD-7".
QString name(core::Instrument instrument);
// What it asks about, in a few words: "mood over the last two weeks".
QString about(core::Instrument instrument);
// The band as the instrument names it, capitalised: "Moderately severe".
QString bandLabel(core::Band band);
// One sentence placing the total in its band, e.g. "12 out of 27 is in the range the PHQ-9
// calls moderate."
QString bandSentence(core::Instrument instrument, int total, core::Band band);
// A short, kind paragraph on what could help next, depending on the band. With `selfHarm`
// (PHQ-9 item 9 above 0) nothing plays the result down or suggests waiting, whatever the band.
QString nextSteps(core::Instrument instrument, core::Band band, bool selfHarm = false);
// Shown above the crisis resources when PHQ-9 item 9 is answered above 0.
QString safetyIntro();
// Whether a band calls for firmer words and the support panel: PHQ-9 15 and above, GAD-7 15
// and above.
bool callsForFirmerWords(core::Instrument instrument, core::Band band);
// Shown above the support panel for such a band (without item 9 above 0).
QString firmerIntro(core::Instrument instrument);

} // namespace aftercare::ui::CheckInWording
