// One row of a printed table: cells that wrap inside their columns, a rule underneath, and the
// header row's shading. Tables are made of these so a page can break between any two rows.
#pragma once

#include "ui/report/ReportBlock.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>

namespace aftercare::ui {

struct ReportTableColumns
{
    QList<qreal> widths;   // absolute, adding up to the table's width
    QList<int> alignments; // Qt::Alignment per column; missing ones are left-aligned
    qreal padding = 0;
    QColor rule{0x99, 0x99, 0x99};
    QColor ink{0x11, 0x11, 0x11};

    // Columns sized in proportion to `weights`, filling `width`.
    static ReportTableColumns proportional(const QList<qreal>& weights, qreal width, qreal padding);
};

class ReportTableRow final : public ReportBlock
{
public:
    enum class Kind
    {
        Header,
        Body
    };

    ReportTableRow(QStringList cells, QFont font, const ReportTableColumns& columns, Kind kind,
                   QColor background = {});

    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    QStringList m_cells;
    QFont m_font;
    ReportTableColumns m_columns;
    Kind m_kind;
    QColor m_background;
};

} // namespace aftercare::ui
