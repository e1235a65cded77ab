// Settings → Recovery code: makes a new recovery code after confirming the passphrase. The
// journal is re-keyed (Argon2id twice on a worker thread, the file dance on this one), the old
// code stops working at once, and the new one is shown once, as at onboarding.
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace aftercare::ui {

class BusyStatus;
class RecoveryCodeView;
class Session;

class RecoverySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecoverySection(Session* session, QWidget* parent = nullptr);
    bool isBusy() const;

public Q_SLOTS:
    // Empties the passphrase field and forgets a code still on show.
    void clear();

private:
    void make();
    void setBusy(bool busy);
    void done();

    Session* m_session;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_make = nullptr;
    BusyStatus* m_status = nullptr;
    QWidget* m_shown = nullptr;
    RecoveryCodeView* m_code = nullptr;
    QCheckBox* m_stored = nullptr;
};

} // namespace aftercare::ui
