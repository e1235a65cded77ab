#include "ExportPage.h"

#include "app/Session.h"
#include "Clock.h"
#include "exchange/CsvFormat.h"
#include "exchange/JournalExchange.h"
#include "exchange/JsonFormat.h"
#include "exchange/SafeFile.h"
#include "export/ExportPreview.h"
#include "report/ReportBuilder.h"
#include "report/ReportDocument.h"
#include "report/ReportPageSize.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportPrinter.h"
#include "widgets/Dialogs.h"
#include "widgets/TextStyle.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace aftercare::ui {

using Format = ExportOptionsForm::Format;

namespace {

// Long enough to let someone finish typing a date before the preview is redrawn.
constexpr int previewDelayMs = 300;
// A progress dialog appears only when making the file takes longer than this.
constexpr int progressAfterMs = 400;

// CSV and JSON end where the period ends, or nowhere for "everything".
QDateTime exchangeEnd(const core::ReportOptions& options)
{
    return options.to.isValid() ? options.periodEnd(options.to) : QDateTime();
}

class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

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
    auto* formScroll = new QScrollArea(left);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
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
    connect(m_print, &QPushButton::clicked, this, &ExportPage::print);
    connect(m_session, &Session::locked, this, &ExportPage::onLocked);
    connect(m_session, &Session::unlocked, this, &ExportPage::onUnlocked);

    updateWarning();
    if (m_session->isUnlocked())
        onUnlocked();
    else
        onLocked();
}

ExportPage::~ExportPage() = default;

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
    m_busy = busy;
    const bool unlocked = m_session->isUnlocked();
    m_save->setEnabled(!busy && unlocked);
    m_print->setEnabled(!busy && unlocked && format() == Format::Pdf);
}

void ExportPage::onLocked()
{
    m_cancelled = true; // stops a PDF that is being made
    m_previewTimer.stop();
    m_form->reset();
    m_preview->clear();
    m_status->clear();
    setBusy(m_busy);
}

void ExportPage::onUnlocked()
{
    m_cancelled = false;
    setBusy(m_busy);
    if (isVisible())
        m_previewTimer.start(0);
}

void ExportPage::refreshPreview()
{
    m_previewTimer.stop();
    core::JournalStore* store = m_session->store();
    if (!store) {
        m_preview->clear();
        Q_EMIT previewUpdated();
        return;
    }
    const BusyCursor busy;
    const core::ReportOptions options = reportOptions();
    if (format() == Format::Pdf) {
        auto report = buildReport();
        if (!report) {
            m_preview->showMessage(report.error().message());
        } else {
            const ReportDocument document(*report, ReportPageSize::forLocale(locale()));
            m_preview->showPages(ReportPrinter::preview(document, 2, m_preview->pageWidthPx()),
                                 document.pageCount());
        }
    } else {
        core::EntryQuery query;
        query.from = options.periodStart();
        query.to = exchangeEnd(options);
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
    }
    Q_EMIT previewUpdated();
}

core::Result<QByteArray> ExportPage::renderPdf(const ReportDocument& document)
{
    QProgressDialog progress(tr("Making the PDF…"), tr("Cancel"), 0, document.pageCount(), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(progressAfterMs);
    auto bytes = ReportPdfWriter::write(document, [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled() && !m_cancelled;
    });
    progress.reset();
    return bytes;
}

core::Result<QByteArray> ExportPage::produce(Format format)
{
    core::JournalStore* store = m_session->store();
    if (!store)
        return core::fail(core::Error::Kind::Usage, tr("The journal is locked. Unlock it first."));
    if (format == Format::Pdf) {
        std::optional<ReportDocument> document;
        {
            const BusyCursor busy;
            auto report = buildReport();
            if (!report)
                return std::unexpected(report.error());
            document.emplace(*report, ReportPageSize::forLocale(locale()));
        }
        return renderPdf(*document);
    }
    const BusyCursor busy;
    const core::ReportOptions options = reportOptions();
    auto exported =
        core::JournalExchange::collect(*store, options.periodStart(), exchangeEnd(options));
    if (!exported)
        return std::unexpected(exported.error());
    if (format == Format::Csv)
        return core::CsvFormat::write(exported->entries, exported->partners);
    exported->exportedAt = core::Clock::instance().now();
    return core::JsonFormat::writeDocument(*exported);
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

    setBusy(true);
    m_cancelled = false;
    auto bytes = produce(f);
    setBusy(false);
    if (!bytes)
        return failed(bytes.error().message());
    if (auto written = core::SafeFile::write(path, *bytes); !written)
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
    if (!m_session->isUnlocked() || m_busy)
        return;
    std::optional<ReportDocument> document;
    {
        const BusyCursor busy;
        auto report = buildReport();
        if (!report) {
            showStatus(report.error().message(), true);
            return;
        }
        document.emplace(*report, ReportPageSize::forLocale(locale()));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(document->pageSize());
    printer.setFromTo(1, document->pageCount());
    printer.setDocName(tr("Aftercare summary"));
    bool accepted = false;
    if (m_printChooser) {
        accepted = m_printChooser(printer);
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setMinMax(1, document->pageCount());
        dialog.setOption(QAbstractPrintDialog::PrintPageRange);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted || !m_session->isUnlocked())
        return;
    setBusy(true);
    const auto printedOk = ReportPrinter::print(*document, printer);
    setBusy(false);
    if (!printedOk) {
        showStatus(printedOk.error().message(), true);
        return;
    }
    showStatus(tr("Sent %1 pages to the printer.").arg(document->pageCount()), false);
    Q_EMIT printed();
}

} // namespace aftercare::ui
