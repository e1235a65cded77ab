// The window: first-run, unlock, or the unlocked journal with a sidebar of pages. It only
// navigates — each page is its own widget that reads and writes through the Session — and it
// says what its commands do (Ctrl+N, Ctrl+F, Ctrl+L, F1; WindowActions puts them in the menus).
#pragma once

#include <functional>
#include <optional>
#include <QMainWindow>

namespace aftercare::ui {

class CheckInPage;
class GuidePage;
class HomePage;
class JournalPage;
class LockController;
class OnboardingPage;
class PageStack;
class Preferences;
class ReflectPage;
class Session;
class SettingsPage;
class Sidebar;
class WindowActions;
class TrendsPage;
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
    // Empty until the journal screen is built (when unlocking starts, or by page()).
    QStringList pageKeys() const;
    // The page for `key`, built now if it was not yet (pages are built when first shown, or in
    // idle moments after unlocking).
    QWidget* page(const QString& key);
    LockController* lockController() const { return m_lock; }

    // Labels the window and the unlock screen as a throwaway demo; `note` is shown under the
    // passphrase field (e.g. the demo passphrase).
    void setDemo(const QString& note);

public Q_SLOTS:
    void showPage(const QString& key);
    void showGuide(const QString& topic);
    void showHelpNow();
    // The Journal page showing only these entries (e.g. a finding's evidence) under `caption`.
    void showEntries(const QStringList& ids, const QString& caption);
    // Settings, with the keyboard in the support contacts.
    void showContacts();
    // "My safety plan", from Getting help now, a check-in result or Settings.
    void showSafetyPlan();
    void newReflection();
    void quickLog();
    void searchJournal();
    void lock();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPageColours();
    // Adding a page is one call: a key, a title, an icon name and how to build the widget.
    void addPage(const QString& key, const QString& title, const QString& icon,
                 std::function<QWidget*()> make);
    void createActions();
    QWidget* buildJournalScreen();
    void ensureJournalScreen();
    void addPages();
    OnboardingPage* makeOnboarding();
    UnlockPage* makeUnlock();
    HomePage* makeHome();
    ReflectPage* makeReflect();
    JournalPage* makeJournal();
    TrendsPage* makeTrends();
    CheckInPage* makeCheckIns();
    GuidePage* makeGuide();
    SettingsPage* makeSettings();
    template <typename T> T* pageAs(const QString& key);
    // Shows the page for `key` and returns it, or nullptr while the journal is locked: the
    // actions that open a page go through here, so none of them acts on a locked journal.
    template <typename T> T* showPageAs(const QString& key);
    void setScreen(Screen screen);
    void onAboutToLock();
    void onLocked();
    void onUnlocked();
    void prepareJournalScreen();
    void closeTransientWindows();
    void updateIdentity();
    void showLockNote(const QString& reason);
    void noteKeptDraft();

    Session* m_session;
    Preferences* m_preferences;
    LockController* m_lock;
    PageStack* m_screens = nullptr;
    UnlockPage* m_unlock = nullptr; // null until the journal first locks
    // The three below are null until the journal screen is built.
    QWidget* m_journalScreen = nullptr;
    Sidebar* m_sidebar = nullptr;
    PageStack* m_stack = nullptr;
    GuidePage* m_guide = nullptr; // null until built
    WindowActions* m_actions = nullptr;
    QString m_pageBeforeLock;
    QString m_demoNote;
    QString m_lockNote;
    bool m_demo = false;
    bool m_unlockedBefore = false;
    static constexpr int kNoteMs = 30'000;
    std::optional<bool> m_iconDiscreet; // the window icon set last
};

} // namespace aftercare::ui
