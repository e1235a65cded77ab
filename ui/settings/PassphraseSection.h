// Settings → Passphrase: change it after confirming the current one. Argon2id runs twice (check,
// re-wrap) on a worker thread; the journal stays open until that finishes.
#pragma once

#include <QGroupBox>

class QLineEdit;
class QPushButton;

namespace aftercare::ui {

class BusyStatus;
class NewPassphraseForm;
class Session;

class PassphraseSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PassphraseSection(Session* session, QWidget* parent = nullptr);
    bool isBusy() const;

public Q_SLOTS:
    void clear();

private:
    void change();
    void setBusy(bool busy);

    Session* m_session;
    QLineEdit* m_current = nullptr;
    NewPassphraseForm* m_form = nullptr;
    QPushButton* m_change = nullptr;
    BusyStatus* m_status = nullptr;
};

} // namespace aftercare::ui
