#include "ui/report/ReportPageSize.h"

namespace aftercare::ui::ReportPageSize {

QPageSize forLocale(const QLocale& locale)
{
    // Where Letter is the everyday paper size; QLocale has no paper setting of its own.
    static const QLocale::Territory letterTerritories[] = {
        QLocale::UnitedStates, QLocale::Canada,   QLocale::Mexico,     QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia, QLocale::Venezuela,  QLocale::Guatemala,
        QLocale::CostaRica,    QLocale::Panama,   QLocale::PuertoRico, QLocale::DominicanRepublic,
        QLocale::ElSalvador,
    };
    for (QLocale::Territory t : letterTerritories) {
        if (locale.territory() == t)
            return QPageSize(QPageSize::Letter);
    }
    return QPageSize(QPageSize::A4);
}

} // namespace aftercare::ui::ReportPageSize
