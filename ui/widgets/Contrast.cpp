#include "ui/widgets/Contrast.h"

#include <algorithm>
#include <cmath>
#include <QPalette>

namespace aftercare::ui::Contrast {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double ratio(const QColor& foreground, const QColor& background)
{
    const double a = foreground.alphaF();
    const QColor painted =
        QColor::fromRgbF(float(foreground.redF() * a + background.redF() * (1 - a)),
                         float(foreground.greenF() * a + background.greenF() * (1 - a)),
                         float(foreground.blueF() * a + background.blueF() * (1 - a)));
    const double la = luminance(painted);
    const double lb = luminance(background);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void makeSelectionReadable(QPalette& palette)
{
    constexpr double kNeeded = 4.6; // a little over 4.5 against rounding
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        QColor selection = palette.color(group, QPalette::Highlight);
        const bool lightText = luminance(text) > 0.5;
        for (int step = 0; step < 40 && ratio(text, selection) < kNeeded; ++step) {
            float h, s, l, a;
            selection.getHslF(&h, &s, &l, &a);
            l = std::clamp(l + (lightText ? -0.02f : 0.02f), 0.0f, 1.0f);
            selection = QColor::fromHslF(h, s, l, a);
        }
        palette.setColor(group, QPalette::Highlight, selection);
    }
}

} // namespace aftercare::ui::Contrast
