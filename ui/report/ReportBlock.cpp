#include "ui/report/ReportBlock.h"

#include <QPainter>

namespace aftercare::ui {

void ReportSpacer::paint(QPainter& painter, const QRectF& rect) const
{
    if (m_fill.isValid())
        painter.fillRect(rect, m_fill);
}

} // namespace aftercare::ui
