// The busy bar and the status line under a form whose work runs off the GUI thread (Settings'
// passphrase and backup sections): a thin bar that moves while the work runs, then one plain
// sentence saying how it went. The form still decides which of its fields rest meanwhile.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace aftercare::ui {

class BusyStatus : public QWidget
{
    Q_OBJECT

public:
    // The bar and the line are found as `<name>Busy` and `<name>Status`; `busyName` is what a
    // screen reader says the bar is doing ("Working on the backup").
    BusyStatus(const QString& name, const QString& busyName, QWidget* parent);

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    QString text() const;
    void setText(const QString& text);
    void clear();

private:
    QProgressBar* m_progress;
    QLabel* m_status;
    bool m_busy = false;
};

} // namespace aftercare::ui
