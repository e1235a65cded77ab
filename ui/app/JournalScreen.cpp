#include "ui/app/JournalScreen.h"

#include "core/storage/Journal.h"
#include "ui/app/PageStack.h"
#include "ui/app/Sidebar.h"
#include "ui/checkin/CheckInPage.h"
#include "ui/export/ExportPage.h"
#include "ui/guide/GuidePage.h"
#include "ui/home/HomePage.h"
#include "ui/journal/JournalPage.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/safetyplan/SafetyPlanPage.h"
#include "ui/session/Session.h"
#include "ui/settings/DeleteSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/trends/TrendsPage.h"

#include <QApplication>
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

JournalScreen::JournalScreen(Session* session, Preferences* preferences, QMenu* helpMenu,
                             QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences), m_sidebar(new Sidebar(this)),
      m_stack(new PageStack(this))
{
    setObjectName(QStringLiteral("journalScreen"));
    m_stack->setObjectName(QStringLiteral("pages"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    resetSidebarPalette();
    addPages();
    connect(m_sidebar, &Sidebar::pageChosen, this, &JournalScreen::showPage);
    connect(m_sidebar, &Sidebar::helpNowRequested, this, &JournalScreen::showHelpNow);
    connect(m_sidebar, &Sidebar::lockRequested, this, &JournalScreen::lockRequested);
    m_sidebar->setHelpMenu(helpMenu);
    connect(m_stack, &PageStack::pageBuilt, m_sidebar, &Sidebar::keepButtonsLastInTabOrder);
}

void JournalScreen::addPages()
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
        connect(page, &SafetyPlanPage::settingsRequested, this, &JournalScreen::showContacts);
        return page;
    });
}

void JournalScreen::addPage(const QString& key, const QString& title, const QString& icon,
                            std::function<QWidget*()> make)
{
    m_stack->addPage(key, std::move(make));
    m_sidebar->addPage(key, title, icon);
}

QStringList JournalScreen::pageKeys() const
{
    return m_stack->keys();
}

QWidget* JournalScreen::page(const QString& key)
{
    return m_stack->page(key);
}

template <typename T> T* JournalScreen::pageAs(const QString& key)
{
    return m_stack->pageAs<T>(key);
}

template <typename T> T* JournalScreen::showPageAs(const QString& key)
{
    if (!m_session->isUnlocked())
        return nullptr;
    showPage(key);
    return pageAs<T>(key);
}

QString JournalScreen::currentPage() const
{
    return m_stack->currentKey();
}

QString JournalScreen::guideTopic() const
{
    return m_guide ? m_guide->currentTopic() : QStringLiteral("understanding");
}

void JournalScreen::buildRestWhenIdle()
{
    m_stack->buildRestWhenIdle();
}

void JournalScreen::setIdentity(const QString& appName, bool demo)
{
    m_sidebar->setIdentity(appName, demo);
}

void JournalScreen::resetSidebarPalette()
{
    m_sidebar->setPalette(QApplication::palette());
}

HomePage* JournalScreen::makeHome()
{
    auto* home = new HomePage(m_session);
    connect(home, &HomePage::reflectRequested, this, &JournalScreen::newReflection);
    connect(home, &HomePage::quickLogRequested, this, &JournalScreen::quickLog);
    connect(home, &HomePage::draftRequested, this, [this] {
        if (auto* reflect = showPageAs<ReflectPage>(kReflect))
            reflect->continueUnfinished();
    });
    connect(home, &HomePage::guideRequested, this, &JournalScreen::showGuide);
    connect(home, &HomePage::entryRequested, this,
            [this](const QString& id) { showEntries({id}, tr("Your most recent reflection")); });
    connect(home, &HomePage::checkInRequested, this, [this] { showPage(kCheckIns); });
    return home;
}

ReflectPage* JournalScreen::makeReflect()
{
    auto* reflect = new ReflectPage(m_session);
    connect(reflect, &ReflectPage::guideRequested, this, &JournalScreen::showGuide);
    connect(reflect, &ReflectPage::helpNowRequested, this, &JournalScreen::showHelpNow);
    connect(reflect, &ReflectPage::closed, this, [this] { showPage(kHome); });
    connect(reflect, &ReflectPage::editSaved, this, [this](const QString& id) {
        if (auto* journal = showPageAs<JournalPage>(kJournal))
            journal->selectEntry(id);
    });
    return reflect;
}

JournalPage* JournalScreen::makeJournal()
{
    auto* journal = new JournalPage(m_session);
    connect(journal, &JournalPage::editRequested, this, [this](const QString& id) {
        if (auto* reflect = showPageAs<ReflectPage>(kReflect))
            reflect->editEntry(id);
    });
    return journal;
}

TrendsPage* JournalScreen::makeTrends()
{
    auto* trends = new TrendsPage(m_session);
    connect(trends, &TrendsPage::showEntriesRequested, this, &JournalScreen::showEntries);
    connect(trends, &TrendsPage::showCheckInRequested, this, [this](const QString& id) {
        if (auto* checkIns = showPageAs<CheckInPage>(kCheckIns))
            checkIns->showResultFor(id);
    });
    connect(trends, &TrendsPage::guideRequested, this, &JournalScreen::showGuide);
    connect(trends, &TrendsPage::helpNowRequested, this, &JournalScreen::showHelpNow);
    return trends;
}

CheckInPage* JournalScreen::makeCheckIns()
{
    auto* checkIns = new CheckInPage(m_session);
    connect(checkIns, &CheckInPage::guideRequested, this, &JournalScreen::showGuide);
    connect(checkIns, &CheckInPage::helpNowRequested, this, &JournalScreen::showHelpNow);
    connect(checkIns, &CheckInPage::settingsRequested, this, &JournalScreen::showContacts);
    connect(checkIns, &CheckInPage::safetyPlanRequested, this, &JournalScreen::showSafetyPlan);
    connect(checkIns, &CheckInPage::reminderSettingsRequested, this, [this] {
        if (auto* settings = showPageAs<SettingsPage>(kSettings))
            settings->focusReminder();
    });
    return checkIns;
}

GuidePage* JournalScreen::makeGuide()
{
    m_guide = new GuidePage(m_session);
    connect(m_guide, &GuidePage::settingsRequested, this, &JournalScreen::showContacts);
    connect(m_guide, &GuidePage::safetyPlanRequested, this, &JournalScreen::showSafetyPlan);
    return m_guide;
}

SettingsPage* JournalScreen::makeSettings()
{
    auto* settings = new SettingsPage(m_session, m_preferences);
    settings->deleteSection()->setDeleteHandler(&core::Journal::destroy);
    connect(settings, &SettingsPage::safetyPlanRequested, this, &JournalScreen::showSafetyPlan);
    connect(settings, &SettingsPage::checkInReminderChanged, this, [this] {
        // The Check-ins page shows whether it is on; keep it in step if it exists.
        if (m_stack->isBuilt(kCheckIns))
            pageAs<CheckInPage>(kCheckIns)->refresh();
    });
    connect(settings, &SettingsPage::journalDeleted, this, &JournalScreen::journalDeleted);
    return settings;
}

void JournalScreen::showPage(const QString& key)
{
    if (!m_session->isUnlocked() || !m_stack->keys().contains(key))
        return;
    m_stack->showPage(key);
    m_sidebar->setCurrent(key);
    Q_EMIT pageShown(key);
}

void JournalScreen::showGuide(const QString& topic)
{
    if (auto* guide = showPageAs<GuidePage>(kGuide))
        guide->showTopic(topic);
}

void JournalScreen::showHelpNow()
{
    showGuide(QStringLiteral("help_now"));
}

void JournalScreen::showSafetyPlan()
{
    showPage(kSafetyPlan);
}

void JournalScreen::showContacts()
{
    if (auto* settings = showPageAs<SettingsPage>(kSettings))
        settings->focusContacts();
}

void JournalScreen::showEntries(const QStringList& ids, const QString& caption)
{
    if (auto* journal = showPageAs<JournalPage>(kJournal))
        journal->showOnly(ids, caption);
}

void JournalScreen::newReflection()
{
    if (auto* reflect = showPageAs<ReflectPage>(kReflect))
        reflect->startGuided();
}

void JournalScreen::quickLog()
{
    if (auto* reflect = showPageAs<ReflectPage>(kReflect))
        reflect->startQuickLog();
}

void JournalScreen::searchJournal()
{
    if (auto* journal = showPageAs<JournalPage>(kJournal))
        journal->focusSearch();
}

} // namespace aftercare::ui
