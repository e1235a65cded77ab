#include "MainWindow.h"

#include "guide/GuidePage.h"
#include "home/HomePage.h"
#include "journal/JournalPage.h"
#include "LockController.h"
#include "onboarding/OnboardingPage.h"
#include "PageStack.h"
#include "reflect/ReflectPage.h"
#include "Session.h"
#include "settings/Preferences.h"
#include "settings/SettingsPage.h"
#include "storage/Journal.h"
#include "unlock/UnlockPage.h"
#include "widgets/Resources.h"
#include "widgets/TextStyle.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {
const QString kHome = QStringLiteral("home");
const QString kReflect = QStringLiteral("reflect");
const QString kJournal = QStringLiteral("journal");
const QString kGuide = QStringLiteral("guide");
const QString kSettings = QStringLiteral("settings");
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
    m_journalScreen = new QWidget(m_screens);
    m_journalScreen->setObjectName(QStringLiteral("journalScreen"));
    m_journalScreen->hide(); // the stack shows it once the journal is open
    m_screens->addPage(QStringLiteral("journal"), [this] { return m_journalScreen; });
    setCentralWidget(m_screens);

    m_stack = new PageStack(m_journalScreen);
    m_stack->setObjectName(QStringLiteral("pages"));
    auto* layout = new QHBoxLayout(m_journalScreen);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar());
    layout->addWidget(m_stack, 1);
    applyPageColours();
    addPages();
    createActions();
    m_lock->watchWindow(this);

    connect(m_session, &Session::aboutToLock, this, &MainWindow::onAboutToLock);
    connect(m_session, &Session::locked, this, &MainWindow::onLocked);
    connect(m_session, &Session::unlocked, this, &MainWindow::onUnlocked);
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

QWidget* MainWindow::buildSidebar()
{
    auto* sidebar = new QWidget(m_journalScreen);
    sidebar->setObjectName(QStringLiteral("sidebarPanel"));
    sidebar->setBackgroundRole(QPalette::Window);
    sidebar->setAutoFillBackground(true);
    sidebar->setFixedWidth(210);
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(12, 16, 12, 14);
    layout->setSpacing(8);

    m_appName = TextStyle::heading(QString(), sidebar, 1.3);
    m_appName->setObjectName(QStringLiteral("sidebarTitle"));
    m_appName->setContentsMargins(8, 0, 0, 4);
    layout->addWidget(m_appName);

    m_demoBadge = new QLabel(tr("DEMO — made-up entries, nothing is kept"), sidebar);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setWordWrap(true);
    m_demoBadge->setAlignment(Qt::AlignCenter);
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #c9822b; color: white; border-radius: 6px; padding: 6px; "
        "font-weight: bold; }"));
    m_demoBadge->hide();
    layout->addWidget(m_demoBadge);

    m_sidebar = new QListWidget(sidebar);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->viewport()->setAutoFillBackground(false);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget { background: transparent; }"
        "QListWidget::item { padding: 7px 6px; border-radius: 6px; color: palette(window-text); }"
        "QListWidget::item:selected { background: rgba(91, 127, 149, 0.22); }"
        "QListWidget::item:hover:!selected { background: rgba(91, 127, 149, 0.10); }"));
    layout->addWidget(m_sidebar, 1);

    auto* helpNow =
        TextStyle::linkButton(tr("Need help now?"), QStringLiteral("helpNowLink"), sidebar);
    helpNow->setIcon(QIcon(QStringLiteral(":/aftercare/icons/help.svg")));
    helpNow->setToolTip(tr("Crisis lines and your saved contacts"));
    layout->addWidget(helpNow);

    auto* lockButton =
        new QPushButton(QIcon(QStringLiteral(":/aftercare/icons/lock.svg")), tr("Lock"), sidebar);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setAccessibleName(tr("Lock the journal"));
    lockButton->setToolTip(tr("Lock the journal (Ctrl+L)"));
    layout->addWidget(lockButton);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->keys().size())
            showPage(m_stack->keys().at(row));
    });
    connect(helpNow, &QPushButton::clicked, this,
            [this] { showGuide(QStringLiteral("help_now")); });
    connect(lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    return sidebar;
}

void MainWindow::addPages()
{
    addPage(kHome, tr("Home"), QStringLiteral("home"), [this] { return makeHome(); });
    addPage(kReflect, tr("Reflect"), QStringLiteral("reflect"), [this] { return makeReflect(); });
    addPage(kJournal, tr("Journal"), QStringLiteral("journal"), [this] { return makeJournal(); });
    addPage(kGuide, tr("Guide"), QStringLiteral("guide"), [this] { return makeGuide(); });
    addPage(kSettings, tr("Settings"), QStringLiteral("settings"),
            [this] { return makeSettings(); });
}

void MainWindow::addPage(const QString& key, const QString& title, const QString& icon,
                         std::function<QWidget*()> make)
{
    m_stack->addPage(key, std::move(make));
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/aftercare/icons/%1.svg").arg(icon)),
                                     title, m_sidebar);
    item->setData(Qt::UserRole, key);
    item->setData(Qt::AccessibleTextRole, title);
}

QStringList MainWindow::pageKeys() const
{
    return m_stack->keys();
}

QWidget* MainWindow::page(const QString& key)
{
    return m_stack->page(key);
}

template <typename T> T* MainWindow::pageAs(const QString& key)
{
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
    return m_unlock;
}

HomePage* MainWindow::makeHome()
{
    auto* home = new HomePage(m_session);
    connect(home, &HomePage::reflectRequested, this, &MainWindow::newReflection);
    connect(home, &HomePage::quickLogRequested, this, &MainWindow::quickLog);
    connect(home, &HomePage::guideRequested, this, &MainWindow::showGuide);
    connect(home, &HomePage::entryRequested, this, [this](const QString& id) {
        showPage(kJournal);
        pageAs<JournalPage>(kJournal)->showOnly({id}, tr("Your most recent reflection"));
    });
    return home;
}

ReflectPage* MainWindow::makeReflect()
{
    auto* reflect = new ReflectPage(m_session);
    connect(reflect, &ReflectPage::guideRequested, this, &MainWindow::showGuide);
    connect(reflect, &ReflectPage::helpNowRequested, this,
            [this] { showGuide(QStringLiteral("help_now")); });
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

GuidePage* MainWindow::makeGuide()
{
    m_guide = new GuidePage(m_session);
    connect(m_guide, &GuidePage::settingsRequested, this, [this] {
        showPage(kSettings);
        pageAs<SettingsPage>(kSettings)->focusContacts();
    });
    return m_guide;
}

SettingsPage* MainWindow::makeSettings()
{
    auto* settings = new SettingsPage(m_session, m_preferences);
    connect(settings, &SettingsPage::journalDeleted, this, [this] {
        m_pageBeforeLock.clear();
        showLockNote(QString());
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
    return m_screens->currentKey() == QLatin1String("journal") ? m_stack->currentKey() : QString();
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
    const int row = int(m_stack->keys().indexOf(key));
    if (row < 0)
        return;
    m_stack->showPage(key);
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(row);
}

void MainWindow::showGuide(const QString& topic)
{
    if (!m_session->isUnlocked())
        return;
    pageAs<GuidePage>(kGuide)->showTopic(topic);
    showPage(kGuide);
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
    if (QWidget* sidebar = findChild<QWidget*>(QStringLiteral("sidebarPanel")))
        sidebar->setPalette(QApplication::palette());
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
    setWindowIcon(QIcon(discreet ? QStringLiteral(":/aftercare/icons/neutral.svg")
                                 : QStringLiteral(":/aftercare/icons/aftercare.svg")));
    m_appName->setText(discreet ? tr("Notes") : tr("Aftercare"));
    m_demoBadge->setVisible(m_demo);
    if (m_unlock)
        m_unlock->setDiscreet(discreet);
}

} // namespace aftercare::ui
