// Settings → Portable backup: write the whole journal to one file encrypted with a backup
// passphrase, or bring a backup's reflections into this journal. Argon2id runs off the GUI thread.
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace aftercare::ui {

class NewPassphraseForm;
class Session;

class BackupSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSection(Session* session, QWidget* parent = nullptr);
    bool isBusy() const { return m_busy; }

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
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    bool m_busy = false;
};

} // namespace aftercare::ui
