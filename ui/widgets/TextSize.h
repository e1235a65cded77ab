// The text size: the system's font by default, or larger for people who read with difficulty.
// It sets the application font (which every widget follows) and scales again the headings
// and other text that TextStyle made larger or bolder, so the whole window grows alike.
#pragma once

#include <QList>

namespace aftercare::ui::TextSize {

// The sizes Settings offers, in percent of the system's font.
QList<int> choices();
// Applies `percent` of the system's font to the whole application, now.
void apply(int percent);
// The size applied last (100 before any).
int current();

} // namespace aftercare::ui::TextSize
