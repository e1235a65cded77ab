#include "ui/report/ReportPdfWriter.h"

#include <QCoreApplication>
#include <QPdfWriter>

#include <utility>

namespace aftercare::ui::ReportPdfWriter {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)
};

} // namespace

PageByPage::PageByPage(const ReportDocument& document) : m_document(document), m_buffer(&m_bytes)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    // One device unit per layout unit: nothing is rescaled on the way into the PDF.
    m_writer->setResolution(int(ReportStyle::unitsPerInch));
    m_writer->setPageSize(document.pageSize());
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setTitle(Text::tr("Aftercare: summary for a therapist"));
    m_writer->setCreator(QStringLiteral("Aftercare %1").arg(QStringLiteral(AFTERCARE_VERSION)));
}

PageByPage::~PageByPage()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    m_buffer.close();
    m_bytes.fill('\0');
}

core::Status PageByPage::paintNext()
{
    if (m_failed || isComplete())
        return core::fail(core::Error::Kind::Other,
                          Text::tr("The PDF could not be made. Nothing was saved."));
    if (m_next == 0 && !m_painter.begin(m_writer.get())) {
        m_failed = true;
        return core::fail(core::Error::Kind::Other,
                          Text::tr("The PDF could not be started. Nothing was saved."));
    }
    if (m_next > 0 && !m_writer->newPage()) {
        m_failed = true;
        return core::fail(
            core::Error::Kind::Other,
            Text::tr("The PDF could not add page %1. Nothing was saved.").arg(m_next + 1));
    }
    m_document.paintPage(m_painter, m_next);
    ++m_next;
    return {};
}

core::Result<QByteArray> PageByPage::finish()
{
    if (m_failed || !isComplete())
        return core::fail(core::Error::Kind::Other,
                          Text::tr("The PDF could not be made. Nothing was saved."));
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset(); // writes the end of the file
    m_buffer.close();
    return std::exchange(m_bytes, QByteArray());
}

core::Result<QByteArray> write(const ReportDocument& document, const Progress& progress)
{
    PageByPage pages(document);
    while (!pages.isComplete()) {
        if (auto painted = pages.paintNext(); !painted)
            return std::unexpected(painted.error());
        if (progress && !progress(pages.pagesDone(), pages.pageCount()))
            return core::fail(core::Error::Kind::Other,
                              Text::tr("The export was cancelled. Nothing was saved."));
    }
    return pages.finish();
}

core::Result<QByteArray> write(const core::TherapistReport& report, const QPageSize& pageSize,
                               const Progress& progress)
{
    const ReportDocument document(report, pageSize);
    return write(document, progress);
}

} // namespace aftercare::ui::ReportPdfWriter
