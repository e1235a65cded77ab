// Writes a therapist summary as PDF bytes in memory: vector text with its fonts embedded (so it
// can be searched and copied), charts as vector art, greys only. The caller saves the bytes
// through core::SafeFile, so a failed write never leaves half a file behind.
#pragma once

#include "core/Error.h"
#include "core/report/TherapistReport.h"
#include "ui/report/ReportDocument.h"

#include <functional>
#include <memory>
#include <QBuffer>
#include <QByteArray>
#include <QPageSize>
#include <QPainter>

class QPdfWriter;

namespace aftercare::ui::ReportPdfWriter {

// Called after each page with (pages done, pages in all); returning false cancels.
using Progress = std::function<bool(int done, int total)>;

core::Result<QByteArray> write(const ReportDocument& document, const Progress& progress = {});
// Lays the report out on `pageSize` first.
core::Result<QByteArray> write(const core::TherapistReport& report, const QPageSize& pageSize,
                               const Progress& progress = {});

// The same PDF one page per call, for a caller that paints each page in its own turn of the
// event loop (the Export page: the charts are Qt Charts graphics items, which only the GUI
// thread may make, so the pages cannot be painted on a worker thread). `document` must outlive
// this. Whatever was made is overwritten when this goes away unfinished.
class PageByPage
{
public:
    explicit PageByPage(const ReportDocument& document);
    ~PageByPage();
    PageByPage(const PageByPage&) = delete;
    PageByPage& operator=(const PageByPage&) = delete;

    // Paints the next page. After a failure there is nothing more to do.
    core::Status paintNext();
    bool isComplete() const { return m_next >= m_document.pageCount(); }
    int pagesDone() const { return m_next; }
    int pageCount() const { return m_document.pageCount(); }
    // Ends the PDF and hands over its bytes; call once every page is painted.
    core::Result<QByteArray> finish();

private:
    const ReportDocument& m_document;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    int m_next = 0;
    bool m_failed = false;
};

} // namespace aftercare::ui::ReportPdfWriter
