// The window: first-run, unlock, or the unlocked journal with a sidebar of pages. It only
// navigates — each page is its own widget that reads and writes through the Session — and it
// owns the shortcuts (Ctrl+N, Ctrl+F, Ctrl+L, F1) and the always-visible "Need help now?" link.
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace aftercare::ui {

class GuidePage;
class HomePage;
class JournalPage;
class LockController;
class OnboardingPage;
class Preferences;
class ReflectPage;
class Session;
class SettingsPage;
class UnlockPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen
    {
        Onboarding,
        Unlock,
        Journal
    };

    MainWindow(Session* session, Preferences* preferences, QWidget* parent = nullptr);
    ~MainWindow() override;

    Screen screen() const;
    // The key of the page shown in the unlocked journal ("home", "reflect", …).
    QString currentPage() const;
    QStringList pageKeys() const { return m_pageKeys; }
    QWidget* page(const QString& key) const { return m_pages.value(key); }
    LockController* lockController() const { return m_lock; }

    // Labels the window and the unlock screen as a throwaway demo; `note` is shown under the
    // passphrase field (e.g. the demo passphrase).
    void setDemo(const QString& note);
    bool isDemo() const { return m_demo; }

public Q_SLOTS:
    void showPage(const QString& key);
    void showGuide(const QString& topic);
    void newReflection();
    void quickLog();
    void searchJournal();
    void lock();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPageColours();
    void addPage(const QString& key, const QString& title, const QString& icon, QWidget* page);
    QWidget* buildSidebar();
    void createActions();
    void connectPages();
    void setScreen(Screen screen);
    void onAboutToLock();
    void onLocked();
    void onUnlocked();
    void closeTransientWindows();
    void updateIdentity();
    void showLockNote(const QString& reason);

    Session* m_session;
    Preferences* m_preferences;
    LockController* m_lock;
    QStackedWidget* m_screens = nullptr;
    OnboardingPage* m_onboarding = nullptr;
    UnlockPage* m_unlock = nullptr;
    QWidget* m_journalScreen = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_appName = nullptr;
    QLabel* m_demoBadge = nullptr;
    HomePage* m_home = nullptr;
    ReflectPage* m_reflect = nullptr;
    JournalPage* m_journal = nullptr;
    GuidePage* m_guide = nullptr;
    SettingsPage* m_settings = nullptr;
    QStringList m_pageKeys;
    QHash<QString, QWidget*> m_pages;
    QList<QAction*> m_journalActions;
    QString m_pageBeforeLock;
    QString m_demoNote;
    bool m_demo = false;
};

} // namespace aftercare::ui
