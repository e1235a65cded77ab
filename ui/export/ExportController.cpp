#include "ui/export/ExportController.h"

#include "core/Clock.h"
#include "core/exchange/SafeFile.h"
#include "core/storage/JournalStore.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPrinter.h"
#include "ui/session/Session.h"
#include "ui/widgets/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

namespace aftercare::ui {

using Format = ExportOptionsForm::Format;

ExportController::ExportController(Session* session, QWidget* page, RequestSource requests)
    : QObject(page), m_session(session), m_page(page), m_requests(std::move(requests))
{}

ExportController::~ExportController()
{
    dropJob();
}

void ExportController::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void ExportController::setPrintChooser(PrintChooser chooser)
{
    m_printChooser = std::move(chooser);
}

QString ExportController::suggestedPath(Format format) const
{
    // The file dialog opens only a folder that exists (else it falls back to another one), and
    // the page names this folder: so it must be the one the dialog really shows.
    QString folder;
    for (const QString& candidate :
         {m_lastFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            folder = candidate;
            break;
        }
    }
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString day = core::Clock::instance().now().date().toString(Qt::ISODate);
    QString stem = QStringLiteral("aftercare-summary");
    if (format == Format::Csv)
        stem = QStringLiteral("aftercare-reflections");
    else if (format == Format::Json)
        stem = QStringLiteral("aftercare-journal");
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(stem, day, ExportOptionsForm::extension(format)));
}

void ExportController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ExportController::dropJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
}

void ExportController::saveFailed(const QString& path, const QString& why)
{
    Q_EMIT status(tr("Nothing was saved to %1. %2 Any file that was already there is unchanged.")
                      .arg(QDir::toNativeSeparators(path), why),
                  true);
}

void ExportController::save(Format f)
{
    if (!m_session->isUnlocked() || m_busy)
        return;
    const QString suggested = suggestedPath(f);
    QString path;
    if (m_fileChooser) {
        path = m_fileChooser(suggested);
    } else {
        const QString filter = f == Format::Pdf   ? tr("PDF documents (*.pdf)")
                               : f == Format::Csv ? tr("CSV tables (*.csv)")
                                                  : tr("Aftercare journal files (*.json)");
        // The app-wide dialog hooks, so a test of the whole window never waits on this dialog.
        path = Dialogs::saveFileName(m_page, tr("Save the export"), suggested, filter);
    }
    if (path.isEmpty())
        return; // the person changed their mind; nothing to say
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ExportOptionsForm::extension(f);

    if (auto target = core::SafeFile::checkTarget(path); !target)
        return saveFailed(path, target.error().message());
    core::JournalStore* store = m_session->store();
    if (!store)
        return saveFailed(path, tr("The journal is locked. Unlock it first."));

    setBusy(true);
    Q_EMIT status(tr("Making the file…"), false);
    auto* job = new ExportJob(
        m_requests(f),
        [this, path](core::Result<QByteArray> bytes) { finishSave(path, std::move(bytes)); }, this);
    m_job = job;
    connect(job, &ExportJob::progress, this, &ExportController::progress);
    job->start(*store);
}

void ExportController::cancel()
{
    if (!m_busy)
        return;
    const bool saving = m_job;
    dropJob();
    ++m_printRequest;
    setBusy(false);
    Q_EMIT status(saving ? tr("Stopped. Nothing was saved.") : tr("Stopped. Nothing was printed."),
                  false);
}

void ExportController::stop()
{
    dropJob(); // stops a file that is being made; its worker's result is thrown away
    ++m_printRequest;
    setBusy(false);
}

void ExportController::finishSave(const QString& path, core::Result<QByteArray> bytes)
{
    dropJob();
    setBusy(false);
    if (!m_session->isUnlocked())
        return; // locked meanwhile: nothing is shown or written
    if (!bytes)
        return saveFailed(path, bytes.error().message());
    const auto written = core::SafeFile::write(path, *bytes);
    bytes->fill('\0'); // the journal's text, unencrypted: not left behind in freed memory
    if (!written)
        return saveFailed(path, written.error().message());

    m_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT status(tr("Saved to %1. It is not encrypted: keep it private.")
                      .arg(QDir::toNativeSeparators(path)),
                  false);
    Q_EMIT saved(path);
}

void ExportController::print()
{
    core::JournalStore* store = m_session->store();
    if (!store || m_busy)
        return;
    setBusy(true);
    Q_EMIT status(tr("Getting the pages ready to print…"), false);
    const quint64 printRequest = ++m_printRequest;
    ExportJob::layOut(*store, m_requests(Format::Pdf), this,
                      [this, printRequest](core::Result<ExportJob::Document> document) {
                          if (printRequest != m_printRequest)
                              return; // stopped, or locked meanwhile
                          setBusy(false);
                          if (!document)
                              return Q_EMIT status(document.error().message(), true);
                          Q_EMIT status(QString(), false);
                          printDocument(**document);
                      });
}

void ExportController::printDocument(const ReportDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(document.pageSize());
    printer.setFromTo(1, document.pageCount());
    printer.setDocName(tr("Aftercare summary"));
    bool accepted = false;
    if (m_printChooser) {
        accepted = m_printChooser(printer);
    } else {
        QPrintDialog dialog(&printer, m_page);
        dialog.setMinMax(1, document.pageCount());
        dialog.setOption(QAbstractPrintDialog::PrintPageRange);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted || !m_session->isUnlocked())
        return;
    setBusy(true);
    const auto printedOk = ReportPrinter::print(document, printer);
    setBusy(false);
    if (!printedOk)
        return Q_EMIT status(printedOk.error().message(), true);
    Q_EMIT status(tr("Sent %n page(s) to the printer.", nullptr, document.pageCount()), false);
    Q_EMIT printed();
}

} // namespace aftercare::ui
