// WCAG 2 contrast between two colours, for choosing text colours that stay readable (4.5:1 for
// text, 3:1 for chart marks) on light and dark palettes, and for the tests that hold them to it.
#pragma once

#include <QColor>

class QPalette;

namespace aftercare::ui::Contrast {

// WCAG 2 relative luminance of an opaque colour.
double luminance(const QColor& colour);
// The contrast ratio (1 to 21) of `foreground` drawn over `background`; a translucent foreground
// is blended over the background first, as it is painted.
double ratio(const QColor& foreground, const QColor& background);
// Darkens (or, under dark text, lightens) the selection colour until selected text reads at
// 4.5:1; Fusion's stock light palette draws white on a blue of only 3.7:1.
void makeSelectionReadable(QPalette& palette);

} // namespace aftercare::ui::Contrast
