#include "ui/export/ExportPage.h"

#include "core/Clock.h"
#include "core/exchange/SafeFile.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/JournalStore.h"
#include "ui/export/ExportPreview.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPageSize.h"
#include "ui/report/ReportPrinter.h"
#include "ui/session/Session.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/TextStyle.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace aftercare::ui {

using Format = ExportOptionsForm::Format;

namespace {

// Long enough to let someone finish typing a date before the preview is redrawn.
constexpr int previewDelayMs = 300;

} // namespace

ExportPage::ExportPage(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("exportPage"));
    auto* layout = new QHBoxLayout(this);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(TextStyle::heading(tr("Export and share"), left));
    leftLayout->addWidget(TextStyle::paragraph(
        tr("Make a short summary to bring to a therapist or doctor, or a copy of your "
           "reflections for yourself."),
        left));
    m_form = new ExportOptionsForm(left);
    m_form->setObjectName(QStringLiteral("exportOptions"));
    auto* formScroll = new QScrollArea(left);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    // The options never scroll sideways or get cut off: the preview gives up width first.
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                                formScroll->verticalScrollBar()->sizeHint().width());
    leftLayout->addWidget(formScroll, 1);

    m_warning = TextStyle::paragraph(QString(), left);
    m_warning->setObjectName(QStringLiteral("exportWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(8);
    leftLayout->addWidget(m_warning);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save…"), left);
    m_save->setObjectName(QStringLiteral("exportSaveButton"));
    m_save->setAccessibleName(tr("Save the export"));
    m_save->setDefault(true);
    m_print = new QPushButton(tr("&Print…"), left);
    m_print->setObjectName(QStringLiteral("exportPrintButton"));
    m_print->setAccessibleName(tr("Print the summary"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    // Shown only while a file is being made.
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Progress of the export"));
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("&Cancel"), left);
    m_cancel->setObjectName(QStringLiteral("exportCancelButton"));
    m_cancel->setAccessibleName(tr("Stop making the file"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    leftLayout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();

    m_status = TextStyle::paragraph(QString(), left);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    leftLayout->addWidget(m_status);
    layout->addWidget(left, 2);

    m_preview = new ExportPreview(this);
    layout->addWidget(m_preview, 3);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportPage::refreshPreview);
    connect(m_form, &ExportOptionsForm::changed, this, [this] {
        m_print->setEnabled(!m_busy && m_session->isUnlocked() && format() == Format::Pdf);
        updateWarning();
        if (isVisible())
            m_previewTimer.start();
    });
    connect(m_save, &QPushButton::clicked, this, &ExportPage::save);
    connect(m_cancel, &QPushButton::clicked, this, &ExportPage::cancelSave);
    connect(m_print, &QPushButton::clicked, this, &ExportPage::print);
    connect(m_session, &Session::locked, this, &ExportPage::onLocked);
    connect(m_session, &Session::unlocked, this, &ExportPage::onUnlocked);

    updateWarning();
    if (m_session->isUnlocked())
        onUnlocked();
    else
        onLocked();
}

ExportPage::~ExportPage()
{
    dropJob();
}

core::ReportOptions ExportPage::reportOptions() const
{
    return m_form->reportOptions(core::Clock::instance().now().date());
}

ExportOptionsForm::Format ExportPage::format() const
{
    return m_form->format();
}

core::Result<core::TherapistReport> ExportPage::buildReport() const
{
    core::JournalStore* store = m_session->store();
    if (!store)
        return core::fail(core::Error::Kind::Usage, tr("The journal is locked. Unlock it first."));
    return core::ReportBuilder::build(*store, reportOptions(), core::Clock::instance().now());
}

void ExportPage::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void ExportPage::setPrintChooser(PrintChooser chooser)
{
    m_printChooser = std::move(chooser);
}

QString ExportPage::statusText() const
{
    return m_status->text();
}

const QList<QImage>& ExportPage::previewPages() const
{
    return m_preview->pages();
}

void ExportPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The preview pages follow the space they have.
    if (isVisible() && m_session->isUnlocked() && format() == Format::Pdf)
        m_previewTimer.start();
}

void ExportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_session->isUnlocked())
        m_previewTimer.start(0);
}

QString ExportPage::suggestedPath(Format format) const
{
    QString folder = m_lastFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
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

void ExportPage::updateWarning(const QString& path)
{
    const QString where = path.isEmpty() ? QFileInfo(suggestedPath(format())).absolutePath()
                                         : QDir::toNativeSeparators(path);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setText(
        tr("<b>The file you save is not encrypted.</b> Anyone who can open %1 can read it. "
           "Aftercare suggests that folder; you can pick another in the next step. Keep the "
           "file somewhere private, and delete it once you no longer need it.")
            .arg(QDir::toNativeSeparators(where).toHtmlEscaped()));
}

void ExportPage::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

void ExportPage::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    const bool unlocked = m_session->isUnlocked();
    m_save->setEnabled(!busy && unlocked);
    m_print->setEnabled(!busy && unlocked && format() == Format::Pdf);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        showProgress(0, 0);
    if (changed)
        Q_EMIT busyChanged(busy);
}

void ExportPage::showProgress(int done, int total)
{
    // No total yet: the report is still being put together, so the bar just shows activity.
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setAccessibleDescription(total == 0 ? tr("Putting the summary together")
                                                    : tr("Page %1 of %2").arg(done).arg(total));
}

void ExportPage::dropJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
}

ExportJob::Request ExportPage::request(Format format) const
{
    return {format, reportOptions(), core::Clock::instance().now(),
            ReportPageSize::forLocale(locale())};
}

void ExportPage::onLocked()
{
    dropJob(); // stops a file that is being made; its worker's result is thrown away
    ++m_previewRequest;
    ++m_printRequest;
    m_previewTimer.stop();
    m_form->reset();
    m_preview->clear();
    m_status->clear();
    setBusy(false);
}

void ExportPage::onUnlocked()
{
    setBusy(m_busy);
    if (isVisible())
        m_previewTimer.start(0);
}

void ExportPage::refreshPreview()
{
    m_previewTimer.stop();
    const quint64 requestNumber = ++m_previewRequest;
    core::JournalStore* store = m_session->store();
    if (!store) {
        m_preview->clear();
        Q_EMIT previewUpdated();
        return;
    }
    if (format() == Format::Pdf) {
        // The pages shown stay until the new ones are ready; the caption says they are coming.
        m_preview->showUpdating();
        ExportJob::layOut(*store, request(Format::Pdf), this,
                          [this, requestNumber](core::Result<ExportJob::Document> document) {
                              if (requestNumber != m_previewRequest)
                                  return; // locked, or a newer preview is on its way
                              if (!document)
                                  m_preview->showMessage(document.error().message());
                              else
                                  m_preview->showPages(ReportPrinter::preview(
                                                           **document, 2, m_preview->pageWidthPx()),
                                                       (*document)->pageCount());
                              Q_EMIT previewUpdated();
                          });
        return;
    }
    const core::ReportOptions options = reportOptions();
    core::EntryQuery query;
    query.from = options.periodStart();
    query.to = options.to.isValid() ? options.periodEnd(options.to) : QDateTime();
    const auto count = store->countEntries(query);
    m_preview->showMessage(
        !count ? count.error().message()
        : format() == Format::Csv
            ? tr("%1 reflections will be written as a CSV table, one row each, with their "
                 "notes. Spreadsheet programs open it directly.")
                  .arg(*count)
            : tr("%1 reflections, with the partners they mention and the check-ins of the "
                 "same period, will be written as an aftercare-journal JSON file. Importing "
                 "it into a journal adds whatever that journal does not have yet.")
                  .arg(*count));
    Q_EMIT previewUpdated();
}

void ExportPage::save()
{
    if (!m_session->isUnlocked() || m_busy)
        return;
    const Format f = format();
    const QString suggested = suggestedPath(f);
    QString path;
    if (m_fileChooser) {
        path = m_fileChooser(suggested);
    } else {
        const QString filter = f == Format::Pdf   ? tr("PDF documents (*.pdf)")
                               : f == Format::Csv ? tr("CSV tables (*.csv)")
                                                  : tr("Aftercare journal files (*.json)");
        // The app-wide dialog hooks, so a test of the whole window never waits on this dialog.
        path = Dialogs::saveFileName(this, tr("Save the export"), suggested, filter);
    }
    if (path.isEmpty())
        return; // the person changed their mind; nothing to say
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ExportOptionsForm::extension(f);

    const auto failed = [&](const QString& why) {
        showStatus(tr("Nothing was saved to %1. %2 Any file that was already there is "
                      "unchanged.")
                       .arg(QDir::toNativeSeparators(path), why),
                   true);
    };
    if (auto target = core::SafeFile::checkTarget(path); !target)
        return failed(target.error().message());
    core::JournalStore* store = m_session->store();
    if (!store)
        return failed(tr("The journal is locked. Unlock it first."));

    setBusy(true);
    showStatus(tr("Making the file…"), false);
    auto* job = new ExportJob(
        request(f),
        [this, path](core::Result<QByteArray> bytes) { finishSave(path, std::move(bytes)); }, this);
    m_job = job;
    connect(job, &ExportJob::progress, this, &ExportPage::showProgress);
    job->start(*store);
}

void ExportPage::cancelSave()
{
    if (!m_busy)
        return;
    const bool saving = m_job;
    dropJob();
    ++m_printRequest;
    setBusy(false);
    showStatus(saving ? tr("Stopped. Nothing was saved.") : tr("Stopped. Nothing was printed."),
               false);
}

void ExportPage::finishSave(const QString& path, core::Result<QByteArray> bytes)
{
    dropJob();
    setBusy(false);
    const auto failed = [&](const QString& why) {
        showStatus(tr("Nothing was saved to %1. %2 Any file that was already there is "
                      "unchanged.")
                       .arg(QDir::toNativeSeparators(path), why),
                   true);
    };
    if (!m_session->isUnlocked())
        return; // locked meanwhile: nothing is shown or written
    if (!bytes)
        return failed(bytes.error().message());
    const auto written = core::SafeFile::write(path, *bytes);
    bytes->fill('\0'); // the journal's text, unencrypted: not left behind in freed memory
    if (!written)
        return failed(written.error().message());

    m_lastFolder = QFileInfo(path).absolutePath();
    updateWarning(path);
    showStatus(tr("Saved to %1. It is not encrypted: keep it private.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
    Q_EMIT saved(path);
}

void ExportPage::print()
{
    core::JournalStore* store = m_session->store();
    if (!store || m_busy)
        return;
    setBusy(true);
    showStatus(tr("Getting the pages ready to print…"), false);
    const quint64 printRequest = ++m_printRequest;
    ExportJob::layOut(*store, request(Format::Pdf), this,
                      [this, printRequest](core::Result<ExportJob::Document> document) {
                          if (printRequest != m_printRequest)
                              return; // stopped, or locked meanwhile
                          setBusy(false);
                          if (!document)
                              return showStatus(document.error().message(), true);
                          m_status->clear();
                          printDocument(**document);
                      });
}

void ExportPage::printDocument(const ReportDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(document.pageSize());
    printer.setFromTo(1, document.pageCount());
    printer.setDocName(tr("Aftercare summary"));
    bool accepted = false;
    if (m_printChooser) {
        accepted = m_printChooser(printer);
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setMinMax(1, document.pageCount());
        dialog.setOption(QAbstractPrintDialog::PrintPageRange);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted || !m_session->isUnlocked())
        return;
    setBusy(true);
    const auto printedOk = ReportPrinter::print(document, printer);
    setBusy(false);
    if (!printedOk) {
        showStatus(printedOk.error().message(), true);
        return;
    }
    showStatus(tr("Sent %1 pages to the printer.").arg(document.pageCount()), false);
    Q_EMIT printed();
}

} // namespace aftercare::ui
