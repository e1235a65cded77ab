// The unlocked journal: the sidebar beside a stack of pages, and the way between the pages. It
// builds each page when first needed and connects what a page asks for ("show the entries
// behind this finding", "open the guide at pain") to the page that answers. MainWindow owns the
// screens around it (first run, unlock), locking, the window's identity and its commands.
#pragma once

#include <functional>
#include <QWidget>

class QMenu;

namespace aftercare::ui {

class CheckInPage;
class GuidePage;
class HomePage;
class JournalPage;
class PageStack;
class Preferences;
class ReflectPage;
class Session;
class SettingsPage;
class Sidebar;
class TrendsPage;

class JournalScreen : public QWidget
{
    Q_OBJECT

public:
    JournalScreen(Session* session, Preferences* preferences, QMenu* helpMenu,
                  QWidget* parent = nullptr);

    QStringList pageKeys() const;
    // The page for `key`, built now if it was not yet.
    QWidget* page(const QString& key);
    QString currentPage() const;
    // The guide's topic as last shown, so F1 returns to it.
    QString guideTopic() const;
    // Builds the pages not yet shown, one per idle moment.
    void buildRestWhenIdle();
    void setIdentity(const QString& appName, bool demo);
    // The sidebar keeps the window colour while the pages sit on the base colour.
    void resetSidebarPalette();

public Q_SLOTS:
    // Each does nothing while the journal is locked.
    void showPage(const QString& key);
    void showGuide(const QString& topic);
    void showHelpNow();
    void showEntries(const QStringList& ids, const QString& caption);
    void showContacts();
    void showSafetyPlan();
    void newReflection();
    void quickLog();
    void searchJournal();

Q_SIGNALS:
    void pageShown(const QString& key);
    void lockRequested();
    // The user deleted the whole journal from Settings.
    void journalDeleted();

private:
    // Adding a page is one call: a key, a title, an icon name and how to build the widget.
    void addPage(const QString& key, const QString& title, const QString& icon,
                 std::function<QWidget*()> make);
    void addPages();
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

    Session* m_session;
    Preferences* m_preferences;
    Sidebar* m_sidebar;
    PageStack* m_stack;
    GuidePage* m_guide = nullptr; // null until built
};

} // namespace aftercare::ui
