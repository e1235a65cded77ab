#include "ui/app/MainWindow.h"

#include "core/i18n/DateFormats.h"
#include "core/storage/Journal.h"
#include "core/storage/JournalStore.h"
#include "ui/app/PageStack.h"
#include "ui/app/Sidebar.h"
#include "ui/app/WindowActions.h"
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
#include "ui/widgets/KeyboardConventions.h"
#include "ui/widgets/Resources.h"
#include "ui/widgets/SvgIcon.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLocale>
#include <QStatusBar>

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
    new KeyboardConventions(this);
    // The status line appears only while it has something to say.
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setSizeGripEnabled(false);
    statusBar()->hide();
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(),
            [this](const QString& message) { statusBar()->setVisible(!message.isEmpty()); });
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
    m_sidebar->setHelpMenu(m_actions->helpMenu());
    connect(m_stack, &PageStack::pageBuilt, m_sidebar, &Sidebar::keepButtonsLastInTabOrder);
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

template <typename T> T* MainWindow::showPageAs(const QString& key)
{
    if (!m_session->isUnlocked())
        return nullptr;
    showPage(key);
    return pageAs<T>(key);
}

void MainWindow::createActions()
{
    using Menu = WindowActions::Menu;
    using Needs = WindowActions::Needs;
    m_actions = new WindowActions(this);
    m_actions->add(QStringLiteral("actionNewReflection"), tr("New reflection"),
                   QKeySequence(QKeySequence::New), Menu::None, Needs::OpenJournal,
                   [this] { newReflection(); });
    m_actions->add(QStringLiteral("actionSearch"), tr("Search the journal"),
                   QKeySequence(QKeySequence::Find), Menu::None, Needs::OpenJournal,
                   [this] { searchJournal(); });
    m_actions->add(QStringLiteral("actionLock"), tr("Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
                   Menu::None, Needs::OpenJournal, [this] { lock(); });
    // Ctrl+Q spelled out: some platforms (offscreen, some desktops) bind no key to "Quit".
    m_actions->add(QStringLiteral("actionQuit"), tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                   Menu::None, Needs::Nothing, [this] { close(); });
    m_actions->add(
        QStringLiteral("actionGuide"), tr("Guide"), QKeySequence(Qt::Key_F1), Menu::Help,
        Needs::OpenJournal,
        [this] { showGuide(m_guide ? m_guide->currentTopic() : QStringLiteral("understanding")); });
    m_actions->add(QStringLiteral("actionHelpNow"), tr("Need help now?"), QKeySequence(),
                   Menu::Help, Needs::OpenJournal, [this] { showHelpNow(); });
    m_actions->addHelpWindows();
    connect(m_actions, &WindowActions::guideRequested, this,
            [this] { showGuide(QStringLiteral("understanding")); });
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
    connect(home, &HomePage::draftRequested, this, [this] {
        if (!m_session->isUnlocked())
            return;
        showPage(kReflect);
        pageAs<ReflectPage>(kReflect)->continueUnfinished();
    });
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
    connect(reflect, &ReflectPage::editSaved, this, [this](const QString& id) {
        showPage(kJournal);
        pageAs<JournalPage>(kJournal)->selectEntry(id);
    });
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
    connect(checkIns, &CheckInPage::reminderSettingsRequested, this, [this] {
        showPage(kSettings);
        pageAs<SettingsPage>(kSettings)->focusReminder();
    });
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
        // The Check-ins page shows whether it is on; keep it in step if it exists.
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
    m_actions->setJournalOpen(screen == Screen::Journal);
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
    if (key == kReflect)
        statusBar()->clearMessage(); // the note about a kept reflection has been heard
}

void MainWindow::showGuide(const QString& topic)
{
    if (auto* guide = showPageAs<GuidePage>(kGuide))
        guide->showTopic(topic);
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
    if (auto* settings = showPageAs<SettingsPage>(kSettings))
        settings->focusContacts();
}

void MainWindow::showEntries(const QStringList& ids, const QString& caption)
{
    if (auto* journal = showPageAs<JournalPage>(kJournal))
        journal->showOnly(ids, caption);
}

void MainWindow::newReflection()
{
    if (auto* reflect = showPageAs<ReflectPage>(kReflect))
        reflect->startGuided();
}

void MainWindow::quickLog()
{
    if (auto* reflect = showPageAs<ReflectPage>(kReflect))
        reflect->startQuickLog();
}

void MainWindow::searchJournal()
{
    if (auto* journal = showPageAs<JournalPage>(kJournal))
        journal->focusSearch();
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
    if (!m_unlockedBefore)
        noteKeptDraft();
    m_unlockedBefore = true;
    // The other pages are built once the window is on screen, so the first switch is instant.
    m_stack->buildRestWhenIdle();
}

void MainWindow::noteKeptDraft()
{
    // Quitting (Ctrl+Q, closing the window) in the middle of a reflection keeps it without
    // asking; the first unlock afterwards says so, briefly, in the status line.
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    const auto draft = store->draft();
    if (!draft || !draft->has_value())
        return;
    const QString when = QLocale().toString((*draft)->savedAt.toLocalTime(),
                                            core::DateFormats::weekdayDayMonthTime());
    statusBar()->showMessage(
        tr("Your unfinished reflection from %1 was kept. Open Reflect to carry on with it.")
            .arg(when),
        kNoteMs);
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
