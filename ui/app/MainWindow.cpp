#include "ui/app/MainWindow.h"

#include "core/i18n/DateFormats.h"
#include "core/storage/Journal.h"
#include "core/storage/JournalStore.h"
#include "ui/app/JournalScreen.h"
#include "ui/app/PageStack.h"
#include "ui/app/WindowActions.h"
#include "ui/onboarding/OnboardingPage.h"
#include "ui/session/LockController.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"
#include "ui/unlock/UnlockPage.h"
#include "ui/widgets/KeyboardConventions.h"
#include "ui/widgets/Resources.h"
#include "ui/widgets/SvgIcon.h"

#include <QApplication>
#include <QDialog>
#include <QKeySequence>
#include <QLocale>
#include <QStatusBar>

namespace aftercare::ui {

namespace {
const QString kHome = QStringLiteral("home");
const QString kReflect = QStringLiteral("reflect");
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
    m_journal = new JournalScreen(m_session, m_preferences, m_actions->helpMenu());
    connect(m_journal, &JournalScreen::lockRequested, this, &MainWindow::lock);
    connect(m_journal, &JournalScreen::journalDeleted, this, &MainWindow::onJournalDeleted);
    connect(m_journal, &JournalScreen::pageShown, this, [this](const QString& key) {
        if (key == kReflect)
            statusBar()->clearMessage(); // the note about a kept reflection has been heard
    });
    updateIdentity();
    return m_journal;
}

JournalScreen* MainWindow::ensureJournalScreen()
{
    if (!m_journal)
        m_screens->page(QStringLiteral("journal"));
    return m_journal;
}

JournalScreen* MainWindow::journal()
{
    return m_session->isUnlocked() ? ensureJournalScreen() : nullptr;
}

QStringList MainWindow::pageKeys() const
{
    return m_journal ? m_journal->pageKeys() : QStringList();
}

QWidget* MainWindow::page(const QString& key)
{
    return ensureJournalScreen()->page(key);
}

std::function<void()> MainWindow::whenOpen(void (JournalScreen::*command)())
{
    // The actions are disabled while the journal is locked, but a queued shortcut can race a lock.
    return [this, command] {
        if (auto* screen = journal())
            (screen->*command)();
    };
}

void MainWindow::createActions()
{
    using Menu = WindowActions::Menu;
    using Needs = WindowActions::Needs;
    m_actions = new WindowActions(this);
    m_actions->add(QStringLiteral("actionNewReflection"), tr("New reflection"),
                   QKeySequence(QKeySequence::New), Menu::None, Needs::OpenJournal,
                   whenOpen(&JournalScreen::newReflection));
    m_actions->add(QStringLiteral("actionSearch"), tr("Search the journal"),
                   QKeySequence(QKeySequence::Find), Menu::None, Needs::OpenJournal,
                   whenOpen(&JournalScreen::searchJournal));
    m_actions->add(QStringLiteral("actionLock"), tr("Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
                   Menu::None, Needs::OpenJournal, [this] { lock(); });
    // Ctrl+Q spelled out: some platforms (offscreen, some desktops) bind no key to "Quit".
    m_actions->add(QStringLiteral("actionQuit"), tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                   Menu::None, Needs::Nothing, [this] { close(); });
    m_actions->add(QStringLiteral("actionGuide"), tr("Guide"), QKeySequence(Qt::Key_F1), Menu::Help,
                   Needs::OpenJournal, [this] {
                       if (auto* screen = journal())
                           screen->showGuide(screen->guideTopic());
                   });
    m_actions->add(QStringLiteral("actionHelpNow"), tr("Need help now?"), QKeySequence(),
                   Menu::Help, Needs::OpenJournal, whenOpen(&JournalScreen::showHelpNow));
    m_actions->addHelpWindows();
    connect(m_actions, &WindowActions::guideRequested, this, [this] {
        if (auto* screen = journal())
            screen->showGuide(QStringLiteral("understanding"));
    });
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

void MainWindow::onJournalDeleted()
{
    m_pageBeforeLock.clear();
    showLockNote(QString());
    m_screens->pageAs<OnboardingPage>(QStringLiteral("onboarding"))->showWelcome();
    setScreen(Screen::Onboarding);
}

MainWindow::Screen MainWindow::screen() const
{
    return Screen(m_screens->currentIndex());
}

QString MainWindow::currentPage() const
{
    return m_journal && m_screens->currentKey() == QLatin1String("journal")
               ? m_journal->currentPage()
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
    if (auto* screen = journal())
        screen->showPage(key);
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
    m_journal->buildRestWhenIdle();
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
    ensureJournalScreen()->page(m_pageBeforeLock.isEmpty() ? kHome : m_pageBeforeLock);
    m_journal->ensurePolished();
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
    if (m_journal)
        m_journal->resetSidebarPalette();
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
    if (m_journal)
        m_journal->setIdentity(discreet ? tr("Notes") : tr("Aftercare"), m_demo);
    if (m_unlock)
        m_unlock->setDiscreet(discreet);
}

} // namespace aftercare::ui
