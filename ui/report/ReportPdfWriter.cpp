#include "ReportPdfWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace aftercare::ui::ReportPdfWriter {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)
};

} // namespace

core::Result<QByteArray> write(const ReportDocument& document, const Progress& progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // One device unit per layout unit: nothing is rescaled on the way into the PDF.
        writer.setResolution(int(ReportStyle::unitsPerInch));
        writer.setPageSize(document.pageSize());
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(Text::tr("Aftercare: summary for a therapist"));
        writer.setCreator(QStringLiteral("Aftercare %1").arg(QStringLiteral(AFTERCARE_VERSION)));

        QPainter painter;
        if (!painter.begin(&writer))
            return core::fail(core::Error::Kind::Other,
                              Text::tr("The PDF could not be started. Nothing was saved."));
        for (int page = 0; page < document.pageCount(); ++page) {
            if (page > 0 && !writer.newPage())
                return core::fail(
                    core::Error::Kind::Other,
                    Text::tr("The PDF could not add page %1. Nothing was saved.").arg(page + 1));
            document.paintPage(painter, page);
            if (progress && !progress(page + 1, document.pageCount())) {
                painter.end();
                return core::fail(core::Error::Kind::Other,
                                  Text::tr("The export was cancelled. Nothing was saved."));
            }
        }
        painter.end();
    }
    return bytes;
}

core::Result<QByteArray> write(const core::TherapistReport& report, const QPageSize& pageSize,
                               const Progress& progress)
{
    const ReportDocument document(report, pageSize);
    return write(document, progress);
}

} // namespace aftercare::ui::ReportPdfWriter
