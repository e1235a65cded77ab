#include "ui/export/ExportPage.h"

#include "core/Clock.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/JournalStore.h"
#include "ui/export/ExportPreview.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPageSize.h"
#include "ui/report/ReportPrinter.h"
#include "ui/session/Session.h"
#include "ui/widgets/TextStyle.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace aftercare::ui {

using Format = ExportOptionsForm::Format;

namespace {

// Long enough to let someone finish typing a date before the preview is redrawn.
constexpr int previewDelayMs = 300;

} // namespace

ExportPage::ExportPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_controller(
          new ExportController(session, this, [this](Format format) { return request(format); }))
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
    formScroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the first option
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
        updateButtons();
        updateWarning();
        if (isVisible())
            m_previewTimer.start();
    });
    connect(m_controller, &ExportController::busyChanged, this, &ExportPage::onBusyChanged);
    connect(m_controller, &ExportController::progress, this, &ExportPage::showProgress);
    connect(m_controller, &ExportController::status, this, &ExportPage::showStatus);
    connect(m_controller, &ExportController::saved, this, [this](const QString& path) {
        updateWarning(path);
        Q_EMIT saved(path);
    });
    connect(m_controller, &ExportController::printed, this, &ExportPage::printed);
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
    m_controller->setFileChooser(std::move(chooser));
}

void ExportPage::setPrintChooser(PrintChooser chooser)
{
    m_controller->setPrintChooser(std::move(chooser));
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
    // The page may have stayed open past midnight: the fields show the days the file will hold.
    m_form->showPeriod(core::Clock::instance().now().date());
    if (m_session->isUnlocked())
        m_previewTimer.start(0);
}

void ExportPage::updateWarning(const QString& path)
{
    m_warning->setTextFormat(Qt::RichText);
    if (!path.isEmpty()) {
        m_warning->setText(
            tr("<b>The file you saved is not encrypted.</b> Anyone who can open %1 can read it. "
               "Keep the file somewhere private, and delete it once you no longer need it.")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
        return;
    }
    const QString folder = QFileInfo(m_controller->suggestedPath(format())).absolutePath();
    m_warning->setText(
        tr("<b>The file you save is not encrypted.</b> Anyone who can open it can read it. The "
           "save dialog starts in %1; you can pick another folder there. Keep the file "
           "somewhere private, and delete it once you no longer need it.")
            .arg(QDir::toNativeSeparators(folder).toHtmlEscaped()));
}

void ExportPage::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

void ExportPage::updateButtons()
{
    const bool idle = !m_controller->isBusy() && m_session->isUnlocked();
    m_save->setEnabled(idle);
    m_print->setEnabled(idle && format() == Format::Pdf);
}

void ExportPage::onBusyChanged(bool busy)
{
    updateButtons();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        showProgress(0, 0);
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

ExportJob::Request ExportPage::request(Format format) const
{
    return {format, reportOptions(), core::Clock::instance().now(),
            ReportPageSize::forLocale(locale())};
}

void ExportPage::onLocked()
{
    m_controller->stop();
    ++m_previewRequest;
    m_previewTimer.stop();
    m_form->reset();
    m_preview->clear();
    m_status->clear();
    updateButtons();
}

void ExportPage::onUnlocked()
{
    updateButtons();
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
            ? tr("%n reflection(s) will be written as a CSV table, one row each, with their "
                 "notes. Spreadsheet programs open it directly.",
                 nullptr, *count)
            : tr("%n reflection(s), with the partners they mention and the check-ins of the "
                 "same period, will be written as an aftercare-journal JSON file. Importing "
                 "it into a journal adds whatever that journal does not have yet.",
                 nullptr, *count));
    Q_EMIT previewUpdated();
}

void ExportPage::save()
{
    m_controller->save(format());
}

void ExportPage::cancelSave()
{
    m_controller->cancel();
}

void ExportPage::print()
{
    m_controller->print();
}

} // namespace aftercare::ui
