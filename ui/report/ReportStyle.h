// The look of the printed therapist summary: fonts, greys and spacing, in layout units of a
// quarter point (288 per inch). Fonts are sized in those units (pixel sizes), so the same layout
// paints identically on a PDF, a printer or a preview image, whatever the device's resolution.
#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>

namespace aftercare::ui {

struct ReportStyle
{
    static constexpr qreal unitsPerPoint = 4.0;
    static constexpr qreal unitsPerInch = 72.0 * unitsPerPoint;
    static constexpr qreal pt(qreal points) { return points * unitsPerPoint; }

    QFont title;
    QFont heading;
    QFont subheading;
    QFont body;
    QFont bodyBold;
    QFont small;
    QFont smallBold;
    QFont table;
    QFont tableBold;
    QFont bigNumber;
    QFont pageFurniture; // header and footer

    // Only greys: the report must read the same on a black-and-white printer.
    QColor ink{0x11, 0x11, 0x11};
    QColor muted{0x55, 0x55, 0x55};
    QColor rule{0x99, 0x99, 0x99};
    QColor shade{0xe4, 0xe4, 0xe4};
    QColor zebra{0xf4, 0xf4, 0xf4};

    QMarginsF margins{pt(48), pt(54), pt(48), pt(50)}; // left, top, right, bottom
    qreal headerGap = pt(14);                          // from the header's rule to the first block
    qreal paragraphGap = pt(5);
    qreal sectionGap = pt(16);
    qreal cellPadding = pt(2.5);

    // The system's general font family when it has one, so the PDF matches the desktop.
    static ReportStyle standard();

private:
    static QFont font(const QString& family, qreal points, int weight);
};

} // namespace aftercare::ui
