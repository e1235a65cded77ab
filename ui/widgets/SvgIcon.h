// The app's own icons (the Aftercare and the discreet "notes" icon) drawn straight from their
// SVG, only when a pixmap is asked for. QIcon("….svg") loads Qt's SVG icon-engine plugin and
// parses the file just to make the icon; this keeps both off the lock screen's way to its first
// paint. The pixmaps are the same: the SVG scaled to fit, its aspect ratio kept.
#pragma once

#include <QIcon>
#include <QString>

namespace aftercare::ui {

// ":/aftercare/icons/aftercare.svg", or the neutral icon in discreet mode.
QString appIconPath(bool discreet);
// An icon that renders `svgPath` (a file or resource) on demand, at any size.
QIcon svgIcon(const QString& svgPath);

} // namespace aftercare::ui
