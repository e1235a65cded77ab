// Settings: when to lock, discreet mode, the check-in reminder and the user's support contacts
// (both encrypted in the journal), the passphrase, portable backups, where the data lives, and
// deleting everything.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace aftercare::ui {

class BackupSection;
class DeleteSection;
class PassphraseSection;
class RecoverySection;
class Preferences;
class Session;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Session* session, Preferences* preferences, QWidget* parent = nullptr);

    DeleteSection* deleteSection() const { return m_delete; }

public Q_SLOTS:
    // Moves keyboard focus to the contacts, e.g. from the support panel's "Save your contacts".
    void focusContacts();
    // The check-in reminder's switch, scrolled into view with the keyboard on it.
    void focusReminder();

Q_SIGNALS:
    void journalDeleted();
    // The check-in reminder was switched on or off here.
    void checkInReminderChanged(bool on);
    // "My safety plan" was chosen.
    void safetyPlanRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildLocking();
    QWidget* buildPrivacy();
    QWidget* buildReminder();
    QWidget* buildContacts();
    QWidget* buildLocation();
    void loadPreferences();
    void loadContacts();
    void loadReminder();
    void saveContacts();
    void clearJournalData();

    Session* m_session;
    Preferences* m_preferences;
    QSpinBox* m_autoLock = nullptr;
    QCheckBox* m_lockOnMinimise = nullptr;
    QCheckBox* m_discreet = nullptr;
    QCheckBox* m_reminder = nullptr;
    QComboBox* m_territory = nullptr;
    QPlainTextEdit* m_therapist = nullptr;
    QPlainTextEdit* m_crisis = nullptr;
    QPushButton* m_saveContacts = nullptr;
    QLabel* m_contactsStatus = nullptr;
    QLabel* m_location = nullptr;
    PassphraseSection* m_passphrase = nullptr;
    RecoverySection* m_recovery = nullptr;
    BackupSection* m_backup = nullptr;
    DeleteSection* m_delete = nullptr;
};

} // namespace aftercare::ui
