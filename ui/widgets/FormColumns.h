// Forms stacked in one section (a field of its own above a NewPassphraseForm, say) line their
// fields up as if they were one form.
#pragma once

#include <QList>

class QFormLayout;

namespace aftercare::ui {

// Gives the labels of all `forms` the width of the widest and the same gap before their fields,
// so every field starts at one edge. (A nested form takes its gap from the layout around it, so
// two forms in different places would otherwise differ by a few pixels.)
void alignFormColumns(const QList<QFormLayout*>& forms);

} // namespace aftercare::ui
