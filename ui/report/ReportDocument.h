// A therapist summary laid out on pages of one size: the blocks of ReportContent stacked onto
// pages (headings kept with what follows, table headers repeated), each page with a header
// (title and period) and a footer ("Confidential", page X of Y). Paints any page onto any
// painter — PDF, printer or preview image — in layout units (ReportStyle::unitsPerInch).
#pragma once

#include "core/report/TherapistReport.h"
#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QSizeF>

class QPainter;

namespace aftercare::ui {

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(const core::TherapistReport& report, const QPageSize& pageSize,
                   const ReportStyle& style = ReportStyle::standard());

    const QPageSize& pageSize() const { return m_pageSize; }
    // The page in layout units.
    QSizeF pageSizeUnits() const { return m_size; }
    int pageCount() const { return int(m_pages.size()); }
    // How much of page `index`'s writing area its blocks fill, from 0 to 1: tests use it to
    // prove no page but the last is left mostly empty.
    qreal pageFill(int index) const;

    // `painter` must map layout units onto the page (scale by device DPI / unitsPerInch).
    void paintPage(QPainter& painter, int index) const;

    // Scales `painter` from a device of `dpi` to layout units.
    static void scaleToDevice(QPainter& painter, qreal dpi);

private:
    struct Placed
    {
        ReportBlockPtr block;
        qreal y = 0;
    };
    using Page = QList<Placed>;

    void paginate(const QList<ReportBlockPtr>& blocks);
    void paintFurniture(QPainter& painter, int index) const;

    QPageSize m_pageSize;
    ReportStyle m_style;
    QSizeF m_size;
    QRectF m_content;
    QString m_periodText;
    QList<Page> m_pages;
};

} // namespace aftercare::ui
