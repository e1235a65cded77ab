// The window: first-run, unlock, or the unlocked journal (JournalScreen: the sidebar, the pages
// and the way between them). It switches between those screens as the journal locks and
// unlocks, keeps the window's title and icon, and says what its commands do (Ctrl+N, Ctrl+F,
// Ctrl+L, F1; WindowActions puts them in the menus).
#pragma once

#include <functional>
#include <optional>
#include <QMainWindow>

namespace aftercare::ui {

class JournalScreen;
class LockController;
class OnboardingPage;
class PageStack;
class Preferences;
class Session;
class UnlockPage;
class WindowActions;

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

    // The journal screen (the pages and the way between them) while the journal is unlocked,
    // built if it was not yet; nullptr while it is locked, so nothing acts on a locked journal.
    JournalScreen* journal();

public Q_SLOTS:
    void showPage(const QString& key);
    void lock();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPageColours();
    void createActions();
    // A command of the journal screen, run only while the journal is open.
    std::function<void()> whenOpen(void (JournalScreen::*command)());
    QWidget* buildJournalScreen();
    JournalScreen* ensureJournalScreen();
    OnboardingPage* makeOnboarding();
    UnlockPage* makeUnlock();
    void onJournalDeleted();
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
    UnlockPage* m_unlock = nullptr;     // null until the journal first locks
    JournalScreen* m_journal = nullptr; // null until built
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
