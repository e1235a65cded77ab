// Small helpers that give every page the same calm typography: headings, wrapped paragraphs
// and link-like buttons, all sized from the system font so high-DPI and large fonts just work.
#pragma once

#include <QString>

class QColor;
class QLabel;
class QPalette;
class QPushButton;
class QWidget;

namespace aftercare::ui::TextStyle {

// A heading: bold, larger than body text, wraps.
QLabel* heading(const QString& text, QWidget* parent, double scale = 1.45);
// A body paragraph: wraps, selectable by mouse so people can copy phone numbers.
QLabel* paragraph(const QString& text, QWidget* parent);
// Quieter text for hints under a field.
QLabel* hint(const QString& text, QWidget* parent);
// A short inline problem message: a plain sentence in problemColour, normal weight — clearly
// set apart from body text without alarming.
QLabel* problem(const QString& text, QWidget* parent);
// A calm, warm text colour for problems that reads (at least 4.5:1) on the palette's
// backgrounds, light or dark.
QColor problemColour(const QPalette& palette);
// The app's icon (or the neutral one in discreet mode) at `size` logical pixels.
QLabel* appIcon(QWidget* parent, int size = 56);
// A flat button that reads like a link but is keyboard-focusable and has an accessible name.
QPushButton* linkButton(const QString& text, const QString& objectName, QWidget* parent);
// Makes a label's font `scale` times the application font and optionally bold; TextSize keeps it
// so when the text size changes.
void scaleFont(QWidget* widget, double scale, bool bold);
inline constexpr char kFontScaleProperty[] = "aftercareFontScale";
inline constexpr char kFontBoldProperty[] = "aftercareFontBold";

} // namespace aftercare::ui::TextStyle
