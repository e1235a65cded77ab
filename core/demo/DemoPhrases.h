// The short, everyday sentences the demo journal uses for thoughts and notes, grouped by the
// kind of episode they fit. Written for this project; kept apart from the generator's logic.
#pragma once

#include <QStringList>

namespace aftercare::core::DemoPhrases {

const QStringList& mildThoughts();
const QStringList& overwhelmedThoughts();
const QStringList& distressThoughts();
const QStringList& mildNotes();
const QStringList& overwhelmedNotes();
const QStringList& distressNotes();
// Notes from the stretch of lower mood.
const QStringList& lowMoodNotes();
const QStringList& painNotes();

} // namespace aftercare::core::DemoPhrases
