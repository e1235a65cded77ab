#include "ui/export/ExportJob.h"

#include "core/exchange/CsvFormat.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/JsonFormat.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPdfWriter.h"
#include "ui/report/ReportStyle.h"
#include "ui/session/BackgroundTask.h"

namespace aftercare::ui {

using Format = ExportOptionsForm::Format;

namespace {

// CSV and JSON end where the period ends, or nowhere for "everything".
QDateTime exchangeEnd(const core::ReportOptions& options)
{
    return options.to.isValid() ? options.periodEnd(options.to) : QDateTime();
}

} // namespace

void ExportJob::layOut(const core::JournalStore& store, const Request& request, QObject* context,
                       LaidOut laidOut)
{
    auto source = core::ReportBuilder::read(store, request.options, request.now);
    if (!source) {
        laidOut(std::unexpected(source.error()));
        return;
    }
    // The fonts come from the platform theme, which is asked on this thread only.
    const ReportStyle style = ReportStyle::standard();
    BackgroundTask::run(
        context,
        [source = std::move(*source), request, style]() -> Document {
            const core::TherapistReport report =
                core::ReportBuilder::build(source, request.options, request.now);
            return std::make_shared<const ReportDocument>(report, request.pageSize, style);
        },
        [laidOut = std::move(laidOut)](Document document) { laidOut(std::move(document)); });
}

ExportJob::ExportJob(Request request, Done done, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_done(std::move(done))
{
    m_pageTimer.setInterval(0); // one page each time the event loop comes round
    connect(&m_pageTimer, &QTimer::timeout, this, &ExportJob::paintNextPage);
}

void ExportJob::start(const core::JournalStore& store)
{
    if (m_request.format == Format::Pdf) {
        layOut(store, m_request, this, [this](core::Result<Document> document) {
            if (!m_done)
                return; // cancelled while the worker was busy
            if (!document)
                return finish(std::unexpected(document.error()));
            paintPages(std::move(*document));
        });
        return;
    }
    auto exported = core::JournalExchange::collect(store, m_request.options.periodStart(),
                                                   exchangeEnd(m_request.options));
    if (!exported)
        return finish(std::unexpected(exported.error()));
    exported->exportedAt = m_request.now;
    BackgroundTask::run(
        this,
        [document = std::move(*exported), format = m_request.format]() -> QByteArray {
            return format == Format::Csv
                       ? core::CsvFormat::write(document.entries, document.partners)
                       : core::JsonFormat::writeDocument(document);
        },
        [this](QByteArray bytes) { finish(std::move(bytes)); });
}

ExportJob::~ExportJob()
{
    cancel();
}

void ExportJob::cancel()
{
    m_done = nullptr;
    m_pageTimer.stop();
    m_pages.reset();
    m_document.reset();
}

void ExportJob::paintPages(Document document)
{
    m_document = std::move(document);
    m_pages = std::make_unique<ReportPdfWriter::PageByPage>(*m_document);
    Q_EMIT progress(0, m_pages->pageCount());
    m_pageTimer.start();
}

void ExportJob::paintNextPage()
{
    if (!m_pages)
        return;
    if (auto painted = m_pages->paintNext(); !painted) {
        m_pageTimer.stop();
        return finish(std::unexpected(painted.error()));
    }
    Q_EMIT progress(m_pages->pagesDone(), m_pages->pageCount());
    if (!m_pages->isComplete())
        return;
    m_pageTimer.stop();
    finish(m_pages->finish());
}

void ExportJob::finish(core::Result<QByteArray> bytes)
{
    m_pages.reset();
    m_document.reset();
    if (Done done = std::exchange(m_done, nullptr))
        done(std::move(bytes));
}

} // namespace aftercare::ui
