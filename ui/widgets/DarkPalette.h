// A dark Fusion palette for people who read better light-on-dark, and for the dark screenshots.
// Qt 6.4 does not follow the desktop's dark mode by itself on every desktop, so the app offers
// its own, chosen with AFTERCARE_PALETTE=dark; every text role reads at 4.5:1 or better.
#pragma once

#include <QPalette>

namespace aftercare::ui::DarkPalette {

QPalette make();
// Whether the environment asks for it (AFTERCARE_PALETTE=dark).
bool requested();
// Fusion style with the dark palette, for the whole application.
void apply();

} // namespace aftercare::ui::DarkPalette
