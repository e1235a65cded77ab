// The Export page: a PDF summary for a therapist (previewed live, printable), a CSV table or a
// re-importable JSON copy, for a chosen period, with notes and partner names private by default.
// Says plainly that the file is not encrypted. The slow part of the preview runs in an ExportJob,
// so the window keeps answering; saving and printing are an ExportController's. Locking cancels
// both and empties the page.
#pragma once

#include "core/Error.h"
#include "core/report/TherapistReport.h"
#include "ui/export/ExportController.h"
#include "ui/export/ExportJob.h"
#include "ui/export/ExportOptionsForm.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace aftercare::ui {

class ExportPreview;
class Session;

class ExportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPage(Session* session, QWidget* parent = nullptr);
    ~ExportPage() override;

    // What the widgets say now; "last N days" counts back from the Clock's today.
    core::ReportOptions reportOptions() const;
    ExportOptionsForm::Format format() const;
    // The report the options describe, from the open journal (fails when locked).
    core::Result<core::TherapistReport> buildReport() const;

    // Test hooks, so no test ever waits on a modal dialog. The file chooser gets the suggested
    // path and returns the chosen one (empty: cancelled); without one, Dialogs::saveFileName is
    // asked, which honours the app-wide test mode. The print chooser configures the printer as
    // the system dialog would and returns false when cancelled.
    using FileChooser = ExportController::FileChooser;
    using PrintChooser = ExportController::PrintChooser;
    void setFileChooser(FileChooser chooser);
    void setPrintChooser(PrintChooser chooser);

    QString statusText() const;
    const QList<QImage>& previewPages() const;
    // While a file is being made (Save and Print are off, progress shows).
    bool isBusy() const { return m_controller->isBusy(); }

public Q_SLOTS:
    // Asks where to save, then makes the file in the background and writes it atomically;
    // `saved` or a reason on the page follows.
    void save();
    // Stops making the file (nothing is written) or getting the pages ready to print.
    void cancelSave();
    // Lays the summary out in the background, then asks for a printer and prints; `printed` or
    // a reason on the page follows.
    void print();
    // Redraws the preview now instead of after the short pause that follows a change.
    void refreshPreview();

Q_SIGNALS:
    void saved(const QString& path);
    void printed();
    void previewUpdated();
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    ExportJob::Request request(ExportOptionsForm::Format format) const;
    void showProgress(int done, int total);
    void updateWarning(const QString& path = {});
    void showStatus(const QString& text, bool problem);
    void onLocked();
    void onUnlocked();
    void onBusyChanged(bool busy);
    void updateButtons();

    Session* m_session;
    ExportController* m_controller;
    ExportOptionsForm* m_form;
    ExportPreview* m_preview;
    QLabel* m_warning;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_print;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer m_previewTimer;
    // Counts preview requests and locks, so a preview that arrives late is dropped.
    quint64 m_previewRequest = 0;
};

} // namespace aftercare::ui
