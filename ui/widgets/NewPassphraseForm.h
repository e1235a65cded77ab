// Choosing a new passphrase: the field, a zxcvbn strength meter, the confirmation and a clear
// warning for weak choices. Used by onboarding, recovery and Settings alike.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace aftercare::ui {

class NewPassphraseForm : public QWidget
{
    Q_OBJECT

public:
    // Child object names start with `namePrefix` ("onboarding" → "onboardingPassphrase",
    // "onboardingConfirm", "onboardingAcceptWeak", "onboardingStrength").
    // `label` names the first field (default "Passphrase").
    explicit NewPassphraseForm(const QString& namePrefix, QWidget* parent = nullptr,
                               const QString& label = QString());

    // Both fields match, the passphrase is long enough, and a weak one was acknowledged.
    bool isAcceptable() const;
    // Why it is not acceptable yet (empty when it is).
    QString problem() const;
    core::SecretBytes passphrase() const;
    void clear();
    void setInputEnabled(bool enabled);
    QLineEdit* passphraseField() const { return m_passphrase; }
    void focusPassphrase();
    // Its two rows, to line them up with a form above or below it (alignFormColumns).
    QFormLayout* formLayout() const { return m_formLayout; }

Q_SIGNALS:
    void changed();
    // Enter pressed in the confirmation field.
    void submitted();

private:
    void update();

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_match = nullptr;
    QCheckBox* m_acceptWeak = nullptr;
    QFormLayout* m_formLayout = nullptr;
};

} // namespace aftercare::ui
