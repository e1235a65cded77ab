// One look for every Trends chart that works on light and dark palettes: the chart takes its
// background, text and grid colours from the widget palette, and the data colours are mid-tone
// hues that read on both, paired with fills (solid, dotted, hatched) that still tell the series
// apart in greyscale or for people who see colour differently.
#pragma once

#include <QBrush>
#include <QColor>
#include <QPalette>

class QChart;

namespace aftercare::ui::ChartStyle {

enum class Role
{
    Calm,     // relieved tension, calm days
    Neutral,  // unchanged tension, neutral answers
    Distress, // worse tension, distressing days
    Score,    // questionnaire totals
    Signs,    // depression signs in entries
    Count,    // plain counts (thoughts, reasons)
};

QColor color(Role role);
// A fill that keeps the series distinguishable without colour: solid, dotted or hatched.
QBrush fill(Role role);

// Background, plot area, title, legend and every axis (labels, titles, grid) from `palette`.
// Call after the axes are attached.
void apply(QChart* chart, const QPalette& palette);
// A severity band behind questionnaire totals, faint enough to sit under points on any palette.
QColor bandShade(int bandIndex, int bandCount);

} // namespace aftercare::ui::ChartStyle
