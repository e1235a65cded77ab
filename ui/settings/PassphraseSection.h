// Settings → Passphrase: change it after confirming the current one. Argon2id runs twice (check,
// re-wrap) on a worker thread; the journal stays open until that finishes.
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace aftercare::ui {

class NewPassphraseForm;
class Session;

class PassphraseSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PassphraseSection(Session* session, QWidget* parent = nullptr);
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void clear();

private:
    void change();
    void setBusy(bool busy);

    Session* m_session;
    QLineEdit* m_current = nullptr;
    NewPassphraseForm* m_form = nullptr;
    QPushButton* m_change = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    bool m_busy = false;
};

} // namespace aftercare::ui
