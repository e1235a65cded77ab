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

    // Re-reads the saved contacts and the country's lines (also done whenever the panel is
    // shown).
    void refresh();

    // Names the country's sexual-assault line beside the crisis lines (for a consent "no" and
    // the guide's section about it).
    void setSexualAssaultLineShown(bool shown);
    // Hides "More ways to get help" where the panel already sits on that guide page.
    void setHelpNowLinkShown(bool shown);
    // Offers "Open my safety plan" (where something routes safetyPlanRequested to the page).
    void setSafetyPlanLinkShown(bool shown);
    // On the lock screen: says where a safety plan is found once unlocked, never its content.
    void setLockedPlanHintShown(bool shown);

Q_SIGNALS:
    void guideRequested(const QString& topic);
    // The user wants to add or change their saved contacts.
    void settingsRequested();
    // The user wants to see or make their safety plan.
    void safetyPlanRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPointer<core::JournalStore> m_store;
    QWidget* m_planBox = nullptr;
    QLabel* m_planSummary = nullptr;
    QLabel* m_planHint = nullptr;
    QPushButton* m_planLink = nullptr;
    bool m_planLinkShown = false;
    bool m_planHintShown = false;
    QLabel* m_lines = nullptr;
    QPushButton* m_helpNow = nullptr;
    bool m_sexualAssault = false;
    QLabel* m_therapist = nullptr;
    QLabel* m_crisis = nullptr;
    QLabel* m_noContacts = nullptr;
    QWidget* m_contactsBox = nullptr;
};

} // namespace aftercare::ui
