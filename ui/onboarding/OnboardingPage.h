// First run: what Aftercare is, how it keeps things private, choosing a passphrase, and the
// recovery code shown exactly once. The new journal is handed to the Session only after the
// user says the code is stored safely.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <memory>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace aftercare::core {
class Journal;
}

namespace aftercare::ui {

class NewPassphraseForm;
class RecoveryCodeView;
class Session;

class OnboardingPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Welcome,
        Passphrase,
        RecoveryCode
    };

    explicit OnboardingPage(Session* session, QWidget* parent = nullptr);
    ~OnboardingPage() override;

    Step step() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void showWelcome();
    void showPassphrase();

Q_SIGNALS:
    // The journal exists, is unlocked and belongs to the Session now.
    void completed();

private:
    QWidget* buildWelcome();
    QWidget* buildPassphrase();
    QWidget* buildRecoveryCode();
    void create();
    void finish();

    Session* m_session;
    QStackedWidget* m_steps = nullptr;
    NewPassphraseForm* m_form = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    RecoveryCodeView* m_codeView = nullptr;
    QCheckBox* m_stored = nullptr;
    QPushButton* m_continue = nullptr;
    std::unique_ptr<core::Journal> m_created;
    bool m_busy = false;
};

} // namespace aftercare::ui
