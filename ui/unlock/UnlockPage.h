// The locked screen: one focused passphrase field (Enter unlocks), an inline message when it is
// wrong, and "Forgot it?" which unlocks with the recovery code and sets a new passphrase.
// Argon2id runs on a worker thread behind a busy indicator. The recovery view and the support
// panel are built when first asked for, so the lock screen paints sooner.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace aftercare::ui {

class NewPassphraseForm;
class Session;
class SupportPanel;

class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(Session* session, QWidget* parent = nullptr);

    // A line under the field, e.g. the demo journal's passphrase or why it locked.
    void setNote(const QString& note);
    // An inline problem under the passphrase field, e.g. damage found after unlocking.
    void showProblem(const QString& message);
    // A neutral heading for discreet mode.
    void setDiscreet(bool discreet);
    bool isBusy() const { return m_busy; }
    // How long the work runs before the busy indicator appears: Argon2id with the standard
    // profile takes most of a second and shows it; a quicker answer never flashes it (and the
    // window is not laid out and repainted twice on the way in).
    static constexpr int busyIndicatorDelayMs = 150;

public Q_SLOTS:
    // Back to the passphrase field, empty and focused.
    void reset();
    void showRecovery();

Q_SIGNALS:
    void helpNowRequested();
    // The passphrase or recovery code went to the worker thread (Argon2id, then opening and
    // checking the store): the GUI thread is free until it answers.
    void unlockStarted();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPassphraseView();
    QWidget* buildRecoveryView();
    void ensureRecoveryView();
    void toggleSupport();
    void unlock();
    void recover();
    void setBusy(bool busy, const QString& what);
    void showError(QLabel* label, const QString& message);

    Session* m_session;
    QStackedWidget* m_views = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_forgot = nullptr;
    QPushButton* m_helpNow = nullptr;
    // The recovery view's widgets and the support panel are null until first needed.
    QLineEdit* m_code = nullptr;
    NewPassphraseForm* m_newPassphrase = nullptr;
    QPushButton* m_recover = nullptr;
    QLabel* m_recoveryError = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    SupportPanel* m_support = nullptr;
    bool m_busy = false;
    QTimer m_showBusy;
    bool m_discreet = false; // which icon m_icon shows
};

} // namespace aftercare::ui
