// Makes the bytes of one export without freezing the window. What the file needs is read from
// the store at once (the store belongs to the GUI thread); building and laying out the report,
// or writing CSV or JSON, runs on a worker thread. The PDF's pages are then painted here, one per
// turn of the event loop: its charts are Qt Charts graphics items (a QGraphicsScene registers
// itself with the application), which only the GUI thread may make, so painting cannot move to
// the worker. A cancelled job reports nothing more, and a worker that is still running finishes
// on its own and throws its result away.
#pragma once

#include "core/Error.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportOptions.h"
#include "ui/export/ExportOptionsForm.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPageSize>
#include <QTimer>

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class ReportDocument;
namespace ReportPdfWriter {
class PageByPage;
}

class ExportJob : public QObject
{
    Q_OBJECT

public:
    using Document = std::shared_ptr<const ReportDocument>;
    using Done = std::function<void(core::Result<QByteArray> bytes)>;
    using LaidOut = std::function<void(core::Result<Document> document)>;

    struct Request
    {
        ExportOptionsForm::Format format = ExportOptionsForm::Format::Pdf;
        core::ReportOptions options;
        QDateTime now;
        QPageSize pageSize;
    };

    // `done` is called once, on this thread, unless the job is cancelled first.
    ExportJob(Request request, Done done, QObject* parent = nullptr);
    ~ExportJob() override;

    // Reads from `store` now and starts the rest. A failure to read is reported through `done`
    // before this returns.
    void start(const core::JournalStore& store);

    // Stops at once: `done` is never called and what was made so far is dropped. The job can then
    // be deleted later (it must not be deleted from inside `done` or a signal of its own).
    void cancel();

    // The report for `request` built and laid out on a worker thread; `laidOut` runs on
    // `context`'s thread, and never if `context` is deleted first.
    static void layOut(const core::JournalStore& store, const Request& request, QObject* context,
                       LaidOut laidOut);

Q_SIGNALS:
    // Pages of the PDF painted so far; `total` is 0 until the layout is known.
    void progress(int done, int total);

private:
    void paintPages(Document document);
    void paintNextPage();
    void finish(core::Result<QByteArray> bytes);

    Request m_request;
    Done m_done;
    Document m_document;
    std::unique_ptr<ReportPdfWriter::PageByPage> m_pages;
    QTimer m_pageTimer;
};

} // namespace aftercare::ui
