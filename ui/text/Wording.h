// The words the app shows for each value of the reflection vocabularies: short labels, the
// sentence a summary uses, the one-line explanation of each possible reason. Stable keys stay in
// core; people only ever see these.
#pragma once

#include "core/model/Vocabulary.h"

#include <QString>
#include <QStringList>

namespace aftercare::ui::Wording {

// Labels as the questions offer them ("A few tears").
QString label(core::Timing value);
QString label(core::Tears value);
QString label(core::Tension value);
QString label(core::TraumaReliving value);
QString label(core::ResponseKind value);
QString label(core::Thoughts value);
QString label(core::Emotion value);
QString label(core::Reason value);
QString label(core::DepressionSign value);
QString label(core::PartnerResponse value);
QString label(core::LimitsRespected value);

// Short forms for table cells ("Eased", "Worse").
QString shortLabel(core::Tears value);
QString shortLabel(core::Tension value);
QString shortLabel(core::Thoughts value);

// A full sentence about the answer, addressed to the user, for summaries and the detail pane.
QString sentence(core::Timing value);
QString sentence(core::Tears value);
QString sentence(core::Tension value);
QString sentence(core::TraumaReliving value);
QString sentence(core::ResponseKind value);
QString sentence(core::Thoughts value);
QString sentence(core::PartnerResponse value);
QString sentence(core::LimitsRespected value);

// What each possible reason can look like, in one line.
QString explanation(core::Reason value);

// 0 none .. 3 severe.
QString painLabel(int pain);
// 0 not at all .. 4 very much.
QString botherLabel(int bother);

// "a, b and c" — a readable list for sentences.
QString joinedList(const QStringList& items);

} // namespace aftercare::ui::Wording
