// The Export page's save and print workflows, apart from the page that shows them: asks where to
// save (or which printer), has an ExportJob make the file or lay the pages out in the background,
// writes the file atomically through core::SafeFile and says how it went. One workflow runs at a
// time (busy); cancelling or locking stops it, and then nothing is written or printed.
#pragma once

#include "core/Error.h"
#include "ui/export/ExportJob.h"
#include "ui/export/ExportOptionsForm.h"

#include <functional>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QPrinter;
class QWidget;

namespace aftercare::ui {

class ReportDocument;
class Session;

class ExportController : public QObject
{
    Q_OBJECT

public:
    // What to make, asked when the work starts (after the file has been chosen), so the
    // summary's "made on" time is the time it was made.
    using RequestSource = std::function<ExportJob::Request(ExportOptionsForm::Format format)>;

    // Dialogs open over `page`, which also owns the controller.
    ExportController(Session* session, QWidget* page, RequestSource requests);
    ~ExportController() override;

    // See ExportPage: test hooks, so no test ever waits on a modal dialog.
    using FileChooser = std::function<QString(const QString& suggestedPath)>;
    using PrintChooser = std::function<bool(QPrinter& printer)>;
    void setFileChooser(FileChooser chooser);
    void setPrintChooser(PrintChooser chooser);

    // Where a file of `format` made today would go: the folder last saved to, else Documents, else
    // the home folder — the first of them that exists.
    QString suggestedPath(ExportOptionsForm::Format format) const;
    bool isBusy() const { return m_busy; }

    // Asks where to save, then makes the file in the background and writes it; `saved` or a
    // status with the reason follows.
    void save(ExportOptionsForm::Format format);
    // Lays the summary out in the background, then asks for a printer and prints; `printed` or a
    // status with the reason follows.
    void print();
    // The person stopped it: nothing is saved or printed, and the status says so.
    void cancel();
    // The journal locked: whatever runs stops without a word.
    void stop();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Pages of the PDF made so far; `total` is 0 while the summary is still being put together.
    void progress(int done, int total);
    // What the page should say now; `problem` marks a failure. An empty text clears it.
    void status(const QString& text, bool problem);
    void saved(const QString& path);
    void printed();

private:
    void finishSave(const QString& path, core::Result<QByteArray> bytes);
    void printDocument(const ReportDocument& document);
    void dropJob();
    void setBusy(bool busy);
    void saveFailed(const QString& path, const QString& why);

    Session* m_session;
    QWidget* m_page;
    RequestSource m_requests;
    FileChooser m_fileChooser;
    PrintChooser m_printChooser;
    QString m_lastFolder;
    QPointer<ExportJob> m_job;
    // Counts print requests, cancels and locks, so pages laid out for printing that arrive late
    // are dropped.
    quint64 m_printRequest = 0;
    bool m_busy = false;
};

} // namespace aftercare::ui
