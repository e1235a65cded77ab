#include "ui/report/ReportStyle.h"

#include <QFontDatabase>
#include <QFontInfo>

namespace aftercare::ui {

QFont ReportStyle::font(const QString& family, qreal points, int weight)
{
    QFont f(family);
    f.setPixelSize(qRound(pt(points)));
    f.setWeight(QFont::Weight(weight));
    // Hinting would round glyph widths to device pixels, so a line measured for the PDF would
    // wrap differently on a preview image; unhinted metrics scale exactly.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Ligatures would turn "fl" in "reflection" into one glyph that text extraction and search
    // then miss; Latin text needs no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

ReportStyle ReportStyle::standard()
{
    QString family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    // Some platform themes report a generic alias; a real sans family embeds more predictably.
    if (family.isEmpty() || !QFontDatabase::families().contains(family))
        family = QFontInfo(QFont(QStringLiteral("Sans Serif"))).family();

    ReportStyle s;
    s.title = font(family, 19, QFont::Bold);
    s.heading = font(family, 13, QFont::Bold);
    s.subheading = font(family, 10, QFont::Bold);
    s.body = font(family, 9.5, QFont::Normal);
    s.bodyBold = font(family, 9.5, QFont::Bold);
    s.small = font(family, 8, QFont::Normal);
    s.smallBold = font(family, 8, QFont::Bold);
    s.table = font(family, 7.5, QFont::Normal);
    s.tableBold = font(family, 7.5, QFont::Bold);
    s.bigNumber = font(family, 18, QFont::Bold);
    s.pageFurniture = font(family, 7.5, QFont::Normal);
    return s;
}

} // namespace aftercare::ui
