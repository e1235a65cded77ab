// A warm, friction-free panel with crisis lines and the user's own saved contacts. Shown on the
// "getting help now" guide page and wherever an answer suggests someone may need support.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class SupportPanel : public QWidget
{
    Q_OBJECT

public:
    // Settings keys (encrypted, inside the journal) that hold the user's contacts as free text.
    static const QString therapistKey;
    static const QString crisisKey;

    explicit SupportPanel(QWidget* parent = nullptr);

    // Where the saved contacts come from; null shows no contacts. The panel forgets the store by
    // itself if the store is destroyed (the journal locked).
    void setStore(core::JournalStore* store);

    // Re-reads the saved contacts (also done whenever the panel is shown).
    void refresh();

Q_SIGNALS:
    void guideRequested(const QString& topic);
    // The user wants to add or change their saved contacts.
    void settingsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPointer<core::JournalStore> m_store;
    QLabel* m_therapist = nullptr;
    QLabel* m_crisis = nullptr;
    QLabel* m_noContacts = nullptr;
    QWidget* m_contactsBox = nullptr;
};

} // namespace aftercare::ui
