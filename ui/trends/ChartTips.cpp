#include "ui/trends/ChartTips.h"

#include <cmath>
#include <QBarSet>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>

namespace aftercare::ui::ChartTips {

void attach(QBarSet* set, const QStringList& texts)
{
    QObject::connect(set, &QBarSet::hovered, set, [texts](bool status, int index) {
        if (status && index >= 0 && index < texts.size())
            QToolTip::showText(QCursor::pos(), texts.at(index));
        else
            QToolTip::hideText();
    });
}

void attach(QXYSeries* series, const QStringList& texts)
{
    QObject::connect(series, &QXYSeries::hovered, series,
                     [series, texts](const QPointF& point, bool state) {
                         if (!state) {
                             QToolTip::hideText();
                             return;
                         }
                         // Hovering a line reports a position between points; the nearest point
                         // in x is the one the person is looking at.
                         int best = -1;
                         double bestDistance = 0;
                         for (int i = 0; i < series->count() && i < texts.size(); ++i) {
                             const double d = std::abs(series->at(i).x() - point.x());
                             if (best < 0 || d < bestDistance) {
                                 best = i;
                                 bestDistance = d;
                             }
                         }
                         if (best >= 0)
                             QToolTip::showText(QCursor::pos(), texts.at(best));
                     });
}

} // namespace aftercare::ui::ChartTips
