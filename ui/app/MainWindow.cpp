#include "ui/app/MainWindow.h"

#include "core/storage/Journal.h"
#include "ui/app/PageStack.h"
#include "ui/app/Sidebar.h"
#include "ui/checkin/CheckInPage.h"
#include "ui/export/ExportPage.h"
#include "ui/guide/GuidePage.h"
#include "ui/home/HomePage.h"
#include "ui/journal/JournalPage.h"
#include "ui/onboarding/OnboardingPage.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/safetyplan/SafetyPlanPage.h"
#include "ui/session/LockController.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"
#include "ui/settings/DeleteSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/trends/TrendsPage.h"
#include "ui/unlock/UnlockPage.h"
#include "ui/widgets/Resources.h"
#include "ui/widgets/SvgIcon.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>

namespace aftercare::ui {

namespace {
const QString kHome = QStringLiteral("home");
const QString kReflect = QStringLiteral("reflect");
const QString kJournal = QStringLiteral("journal");
const QString kTrends = QStringLiteral("trends");
const QString kCheckIns = QStringLiteral("checkins");
const QString kExport = QStringLiteral("export");
const QString kGuide = QStringLiteral("guide");
const QString kSettings = QStringLiteral("settings");
const QString kSafetyPlan = QStringLiteral("safety_plan");
} // namespace

MainWindow::MainWindow(Session* session, Preferences* preferences, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_preferences(preferences),
      m_lock(new LockController(session, preferences, this))
{
    ensureResources();
    setObjectName(QStringLiteral("mainWindow"));
    resize(1120, 760);
    setMinimumSize(760, 520);

    // First run, the lock screen and the journal itself; only the one needed is built.
    m_screens = new PageStack(this);
    m_screens->setObjectName(QStringLiteral("screens"));
    m_screens->addPage(QStringLiteral("onboarding"), [this] { return makeOnboarding(); });
    m_screens->addPage(QStringLiteral("unlock"), [this] { return makeUnlock(); });
    // The journal screen (sidebar and pages) is built when unlocking starts, not for the lock
    // screen, which then appears sooner.
    m_screens->addPage(QStringLiteral("journal"), [this] { return buildJournalScreen(); });
    setCentralWidget(m_screens);
    applyPageColours();
    createActions();
    m_lock->watchWindow(this);

    connect(m_session, &Session::aboutToLock, this, &MainWindow::onAboutToLock);
    connect(m_session, &Session::locked, this, &MainWindow::onLocked);
    connect(m_session, &Session::unlocked, this, &MainWindow::onUnlocked);
    connect(m_session, &Session::openingCheckFailed, this,
            [this](const QString& message) { m_unlock->showProblem(message); });
    connect(m_preferences, &Preferences::changed, this, &MainWindow::updateIdentity);
    connect(m_lock, &LockController::lockedBecause, this, &MainWindow::showLockNote);

    if (m_session->isUnlocked())
        onUnlocked();
    else
        setScreen(core::Journal::exists(m_session->journalDir()) ? Screen::Unlock
                                                                 : Screen::Onboarding);
    updateIdentity();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildJournalScreen()
{
    m_journalScreen = new QWidget;
    m_journalScreen->setObjectName(QStringLiteral("journalScreen"));
    m_stack = new PageStack(m_journalScreen);
    m_stack->setObjectName(QStringLiteral("pages"));
    auto* layout = new QHBoxLayout(m_journalScreen);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new Sidebar(m_journalScreen);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    m_sidebar->setPalette(QApplication::palette());
    addPages();
    connect(m_sidebar, &Sidebar::pageChosen, this, &MainWindow::showPage);
    connect(m_sidebar, &Sidebar::helpNowRequested, this, &MainWindow::showHelpNow);
    connect(m_sidebar, &Sidebar::lockRequested, this, &MainWindow::lock);
    updateIdentity();
    return m_journalScreen;
}

void MainWindow::ensureJournalScreen()
{
    if (!m_stack)
        m_screens->page(QStringLiteral("journal"));
}

void MainWindow::addPages()
{
    addPage(kHome, tr("Home"), QStringLiteral("home"), [this] { return makeHome(); });
    addPage(kReflect, tr("Reflect"), QStringLiteral("reflect"), [this] { return makeReflect(); });
    addPage(kJournal, tr("Journal"), QStringLiteral("journal"), [this] { return makeJournal(); });
    addPage(kTrends, tr("Trends"), QStringLiteral("trends"), [this] { return makeTrends(); });
    addPage(kCheckIns, tr("Check-ins"), QStringLiteral("checkins"),
            [this] { return makeCheckIns(); });
    addPage(kExport, tr("Export"), QStringLiteral("export"),
            [this] { return new ExportPage(m_session); });
    addPage(kGuide, tr("Guide"), QStringLiteral("guide"), [this] { return makeGuide(); });
    addPage(kSettings, tr("Settings"), QStringLiteral("settings"),
            [this] { return makeSettings(); });
    // Reached from Getting help now, a check-in result and Settings, not from the sidebar.
    m_stack->addPage(kSafetyPlan, [this] {
        auto* page = new SafetyPlanPage(m_session);
        connect(page, &SafetyPlanPage::settingsRequested, this, &MainWindow::showContacts);
        return page;
    });
}

void MainWindow::addPage(const QString& key, const QString& title, const QString& icon,
                         std::function<QWidget*()> make)
{
    m_stack->addPage(key, std::move(make));
    m_sidebar->addPage(key, title, icon);
}

QStringList MainWindow::pageKeys() const
{
    return m_stack ? m_stack->keys() : QStringList();
}

QWidget* MainWindow::page(const QString& key)
{
    ensureJournalScreen();
    return m_stack->page(key);
}

template <typename T> T* MainWindow::pageAs(const QString& key)
{
    ensureJournalScreen();
    return m_stack->pageAs<T>(key);
}

void MainWindow::createActions()
{
    const auto add = [this](const QString& name, const QString& text, const QKeySequence& keys,
                            auto slot, bool needsJournal) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (needsJournal)
            m_journalActions << action;
        return action;
    };
    add(QStringLiteral("actionNewReflection"), tr("New reflection"),
        QKeySequence(QKeySequence::New), &MainWindow::newReflection, true);
    add(QStringLiteral("actionSearch"), tr("Search the journal"), QKeySequence(QKeySequence::Find),
        &MainWindow::searchJournal, true);
    add(QStringLiteral("actionLock"), tr("Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
        &MainWindow::lock, true);
    add(
        QStringLiteral("actionGuide"), tr("Guide"), QKeySequence(Qt::Key_F1),
        [this] { showGuide(m_guide ? m_guide->currentTopic() : QStringLiteral("understanding")); },
        true);
    add(QStringLiteral("actionQuit"), tr("Quit"), QKeySequence(QKeySequence::Quit), &QWidget::close,
        false);
}

OnboardingPage* MainWindow::makeOnboarding()
{
    auto* page = new OnboardingPage(m_session);
    connect(page, &OnboardingPage::completed, this, [this] { showPage(kHome); });
    return page;
}

UnlockPage* MainWindow::makeUnlock()
{
    m_unlock = new UnlockPage(m_session);
    m_unlock->setDiscreet(m_preferences->discreetMode());
    showLockNote(m_lockNote);
    // Queued, so the busy indicator is painted first.
    connect(m_unlock, &UnlockPage::unlockStarted, this, &MainWindow::prepareJournalScreen,
            Qt::QueuedConnection);
    return m_unlock;
}

HomePage* MainWindow::makeHome()
{
    auto* home = new HomePage(m_session);
    connect(home, &HomePage::reflectRequested, this, &MainWindow::newReflection);
    connect(home, &HomePage::quickLogRequested, this, &MainWindow::quickLog);
    connect(home, &HomePage::guideRequested, this, &MainWindow::showGuide);
    connect(home, &HomePage::entryRequested, this,
            [this](const QString& id) { showEntries({id}, tr("Your most recent reflection")); });
    connect(home, &HomePage::checkInRequested, this, [this] { showPage(kCheckIns); });
    return home;
}

ReflectPage* MainWindow::makeReflect()
{
    auto* reflect = new ReflectPage(m_session);
    connect(reflect, &ReflectPage::guideRequested, this, &MainWindow::showGuide);
    connect(reflect, &ReflectPage::helpNowRequested, this, &MainWindow::showHelpNow);
    connect(reflect, &ReflectPage::closed, this, [this] { showPage(kHome); });
    return reflect;
}

JournalPage* MainWindow::makeJournal()
{
    auto* journal = new JournalPage(m_session);
    connect(journal, &JournalPage::editRequested, this, [this](const QString& id) {
        showPage(kReflect);
        pageAs<ReflectPage>(kReflect)->editEntry(id);
    });
    return journal;
}

TrendsPage* MainWindow::makeTrends()
{
    auto* trends = new TrendsPage(m_session);
    connect(trends, &TrendsPage::showEntriesRequested, this, &MainWindow::showEntries);
    connect(trends, &TrendsPage::showCheckInRequested, this, [this](const QString& id) {
        showPage(kCheckIns);
        if (auto* checkIns = pageAs<CheckInPage>(kCheckIns))
            checkIns->showResultFor(id);
    });
    connect(trends, &TrendsPage::guideRequested, this, &MainWindow::showGuide);
    connect(trends, &TrendsPage::helpNowRequested, this, &MainWindow::showHelpNow);
    return trends;
}

CheckInPage* MainWindow::makeCheckIns()
{
    auto* checkIns = new CheckInPage(m_session);
    connect(checkIns, &CheckInPage::guideRequested, this, &MainWindow::showGuide);
    connect(checkIns, &CheckInPage::helpNowRequested, this, &MainWindow::showHelpNow);
    connect(checkIns, &CheckInPage::settingsRequested, this, &MainWindow::showContacts);
    connect(checkIns, &CheckInPage::safetyPlanRequested, this, &MainWindow::showSafetyPlan);
    return checkIns;
}

GuidePage* MainWindow::makeGuide()
{
    m_guide = new GuidePage(m_session);
    connect(m_guide, &GuidePage::settingsRequested, this, &MainWindow::showContacts);
    connect(m_guide, &GuidePage::safetyPlanRequested, this, &MainWindow::showSafetyPlan);
    return m_guide;
}

SettingsPage* MainWindow::makeSettings()
{
    auto* settings = new SettingsPage(m_session, m_preferences);
    settings->deleteSection()->setDeleteHandler(&core::Journal::destroy);
    connect(settings, &SettingsPage::safetyPlanRequested, this, &MainWindow::showSafetyPlan);
    connect(settings, &SettingsPage::checkInReminderChanged, this, [this] {
        // The Check-ins page has the same switch; keep it in step if it exists.
        if (m_stack->isBuilt(kCheckIns))
            pageAs<CheckInPage>(kCheckIns)->refresh();
    });
    connect(settings, &SettingsPage::journalDeleted, this, [this] {
        m_pageBeforeLock.clear();
        showLockNote(QString());
        m_screens->pageAs<OnboardingPage>(QStringLiteral("onboarding"))->showWelcome();
        setScreen(Screen::Onboarding);
    });
    return settings;
}

MainWindow::Screen MainWindow::screen() const
{
    return Screen(m_screens->currentIndex());
}

QString MainWindow::currentPage() const
{
    return m_stack && m_screens->currentKey() == QLatin1String("journal") ? m_stack->currentKey()
                                                                          : QString();
}

void MainWindow::setScreen(Screen screen)
{
    static const QString keys[] = {QStringLiteral("onboarding"), QStringLiteral("unlock"),
                                   QStringLiteral("journal")};
    m_screens->showPage(keys[int(screen)]);
    const bool open = screen == Screen::Journal;
    for (QAction* action : std::as_const(m_journalActions))
        action->setEnabled(open);
    if (screen == Screen::Unlock)
        m_unlock->reset();
    updateIdentity();
}

void MainWindow::showPage(const QString& key)
{
    if (!m_session->isUnlocked())
        return;
    ensureJournalScreen();
    if (!m_stack->keys().contains(key))
        return;
    m_stack->showPage(key);
    m_sidebar->setCurrent(key);
}

void MainWindow::showGuide(const QString& topic)
{
    if (!m_session->isUnlocked())
        return;
    pageAs<GuidePage>(kGuide)->showTopic(topic);
    showPage(kGuide);
}

void MainWindow::showHelpNow()
{
    showGuide(QStringLiteral("help_now"));
}

void MainWindow::showSafetyPlan()
{
    showPage(kSafetyPlan);
}

void MainWindow::showContacts()
{
    showPage(kSettings);
    if (auto* settings = pageAs<SettingsPage>(kSettings))
        settings->focusContacts();
}

void MainWindow::showEntries(const QStringList& ids, const QString& caption)
{
    if (!m_session->isUnlocked())
        return;
    showPage(kJournal);
    pageAs<JournalPage>(kJournal)->showOnly(ids, caption);
}

void MainWindow::newReflection()
{
    if (!m_session->isUnlocked())
        return;
    showPage(kReflect);
    pageAs<ReflectPage>(kReflect)->startGuided();
}

void MainWindow::quickLog()
{
    if (!m_session->isUnlocked())
        return;
    showPage(kReflect);
    pageAs<ReflectPage>(kReflect)->startQuickLog();
}

void MainWindow::searchJournal()
{
    if (!m_session->isUnlocked())
        return;
    showPage(kJournal);
    pageAs<JournalPage>(kJournal)->focusSearch();
}

void MainWindow::lock()
{
    m_lock->lockNow();
}

void MainWindow::onAboutToLock()
{
    m_pageBeforeLock = currentPage();
}

void MainWindow::onLocked()
{
    closeTransientWindows();
    setScreen(Screen::Unlock);
}

void MainWindow::onUnlocked()
{
    setScreen(Screen::Journal);
    showPage(m_pageBeforeLock.isEmpty() ? kHome : m_pageBeforeLock);
    m_pageBeforeLock.clear();
    // The other pages are built once the window is on screen, so the first switch is instant.
    m_stack->buildRestWhenIdle();
}

void MainWindow::prepareJournalScreen()
{
    // While the worker derives the key and checks the store, the GUI thread builds the page
    // the unlock will show (it shows no journal data until Session::unlocked()) and settles
    // the hidden journal screen's styling, so that only filling it in remains afterwards.
    if (m_session->isUnlocked())
        return;
    ensureJournalScreen();
    m_stack->page(m_pageBeforeLock.isEmpty() ? kHome : m_pageBeforeLock);
    m_journalScreen->ensurePolished();
}

void MainWindow::closeTransientWindows()
{
    // Menus, message boxes and any dialog may show journal data: none survives a lock.
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible())
            dialog->close(); // like Escape; honours WA_DeleteOnClose
    }
}

void MainWindow::applyPageColours()
{
    // Pages sit on the calm "base" colour (white in light themes), the sidebar on the window
    // colour. Done through the palette rather than background roles so that every label keeps
    // its usual text role and colours set on it still apply.
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Base));
    m_screens->setPalette(palette);
    m_screens->setAutoFillBackground(true);
    if (m_sidebar)
        m_sidebar->setPalette(QApplication::palette());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPageColours();
    QMainWindow::changeEvent(event);
}

void MainWindow::setDemo(const QString& note)
{
    m_demo = true;
    m_demoNote = note;
    showLockNote(QString());
    updateIdentity();
}

void MainWindow::showLockNote(const QString& reason)
{
    QStringList lines;
    for (const QString& line : {reason, m_demoNote}) {
        if (!line.isEmpty())
            lines << line;
    }
    m_lockNote = reason;
    if (m_unlock)
        m_unlock->setNote(lines.join(QLatin1Char('\n')));
}

void MainWindow::updateIdentity()
{
    const bool discreet = m_preferences->discreetMode();
    QString title = discreet ? tr("Notes") : tr("Aftercare");
    if (m_demo)
        title += tr(" — DEMO journal (made-up entries)");
    setWindowTitle(title);
    if (m_iconDiscreet != discreet) {
        // Set again only when it changes: each change goes to every widget in the window.
        m_iconDiscreet = discreet;
        setWindowIcon(svgIcon(appIconPath(discreet)));
    }
    if (m_sidebar)
        m_sidebar->setIdentity(discreet ? tr("Notes") : tr("Aftercare"), m_demo);
    if (m_unlock)
        m_unlock->setDiscreet(discreet);
}

} // namespace aftercare::ui
