#include "ui/report/ReportPrinter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>

namespace aftercare::ui::ReportPrinter {

core::Status print(const ReportDocument& document, QPrinter& printer)
{
    printer.setPageSize(document.pageSize());
    // The layout has its own margins, wider than any printer's unprintable edge.
    printer.setFullPage(true);
    printer.setDocName(QCoreApplication::translate("ReportPrinter", "Aftercare summary"));
    int first = 1;
    int last = document.pageCount();
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = qMax(1, printer.fromPage());
        last = qMin(last, printer.toPage() > 0 ? printer.toPage() : last);
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return core::fail(core::Error::Kind::Other,
                          QCoreApplication::translate(
                              "ReportPrinter",
                              "The printer could not be started. Check that it is connected "
                              "and try again."));
    ReportDocument::scaleToDevice(painter, printer.resolution());
    for (int page = first; page <= last; ++page) {
        if (page > first && !printer.newPage())
            return core::fail(
                core::Error::Kind::Other,
                QCoreApplication::translate("ReportPrinter", "The printer stopped at page %1.")
                    .arg(page));
        document.paintPage(painter, page - 1);
    }
    painter.end();
    return {};
}

QList<QImage> preview(const ReportDocument& document, int count, int widthPx)
{
    QList<QImage> out;
    const QSizeF units = document.pageSizeUnits();
    if (units.isEmpty() || widthPx <= 0)
        return out;
    const qreal scale = widthPx / units.width();
    const QSize size(widthPx, qRound(units.height() * scale));
    for (int page = 0; page < qMin(count, document.pageCount()); ++page) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        document.paintPage(painter, page);
        painter.end();
        out << image;
    }
    return out;
}

} // namespace aftercare::ui::ReportPrinter
