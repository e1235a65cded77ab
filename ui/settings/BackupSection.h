// Settings → Portable backup: write the whole journal to one file encrypted with a backup
// passphrase, or bring a backup's reflections into this journal. Argon2id runs off the GUI thread.
#pragma once

#include <QGroupBox>

class QLineEdit;
class QPushButton;

namespace aftercare::ui {

class BusyStatus;
class NewPassphraseForm;
class Session;

class BackupSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSection(Session* session, QWidget* parent = nullptr);
    bool isBusy() const;

public Q_SLOTS:
    void clear();

private:
    void createBackup();
    void restoreBackup();
    void setBusy(bool busy);

    Session* m_session;
    NewPassphraseForm* m_backupPassphrase = nullptr;
    QPushButton* m_create = nullptr;
    QLineEdit* m_restorePassphrase = nullptr;
    QPushButton* m_restore = nullptr;
    BusyStatus* m_status = nullptr;
};

} // namespace aftercare::ui
