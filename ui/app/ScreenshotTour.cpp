#include "ui/app/ScreenshotTour.h"

#include "core/model/Tags.h"
#include "ui/app/DemoJournal.h"
#include "ui/app/JournalScreen.h"
#include "ui/app/MainWindow.h"
#include "ui/export/ExportPage.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"
#include "ui/trends/TrendsPage.h"
#include "ui/unlock/UnlockPage.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/TagPicker.h"

#include <cstdio>
#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>

namespace aftercare::ui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

void complain(const QString& what)
{
    std::fprintf(stderr, "screenshots: %s\n", qPrintable(what));
}

// The window's size for the tour: the app's default, or AFTERCARE_SCREENSHOT_SIZE ("1280x800")
// for the screenshots that check another common size.
QSize tourWindowSize()
{
    const QStringList parts =
        qEnvironmentVariable("AFTERCARE_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        return {parts[0].toInt(), parts[1].toInt()};
    return ScreenshotTour::windowSize;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, Session* session, QString outputDir)
    : m_window(window), m_session(session), m_dir(std::move(outputDir))
{}

bool ScreenshotTour::waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    settle();
    return true;
}

bool ScreenshotTour::shoot(QWidget* window, const QString& name)
{
    settle();
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        complain(QStringLiteral("could not write %1").arg(path));
        return false;
    }
    ++m_saved;
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool ScreenshotTour::click(QWidget* root, const QString& objectName)
{
    auto* button = root->findChild<QAbstractButton*>(objectName);
    if (!button) {
        complain(QStringLiteral("no button named %1").arg(objectName));
        return false;
    }
    button->click();
    settle();
    return true;
}

bool ScreenshotTour::type(QWidget* root, const QString& objectName, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(objectName);
    if (!edit) {
        complain(QStringLiteral("no field named %1").arg(objectName));
        return false;
    }
    edit->setText(text);
    return true;
}

bool ScreenshotTour::run()
{
    if (!QDir().mkpath(m_dir)) {
        complain(QStringLiteral("cannot create %1").arg(m_dir));
        return false;
    }
    Dialogs::setTestMode(true);
    m_window->resize(tourWindowSize());
    settle();
    const bool ok = tourJournal() && tourLocked() && tourFirstRun();
    BackgroundTask::waitForAll();
    std::printf("%d screenshots written to %s\n", m_saved, qPrintable(m_dir));
    return ok;
}

bool ScreenshotTour::tourJournal()
{
    if (!m_session->isUnlocked()) {
        complain(QStringLiteral("run with --demo so there is an unlocked journal to show"));
        return false;
    }
    MainWindow* w = m_window;
    w->showPage(QStringLiteral("home"));
    bool ok = shoot(w, QStringLiteral("home"));
    w->journal()->newReflection();
    ok = ok && shoot(w, QStringLiteral("reflect"));
    ok = ok && tourConsent();
    w->journal()->quickLog();
    // The consent tour left its reflection unfinished, so Reflect first offers to continue it:
    // let it go, as a person starting a quick log afresh would.
    if (auto* discard = w->findChild<QAbstractButton*>(QStringLiteral("discardDraftButton"));
        discard && discard->isVisible())
        discard->click();
    ok = ok && shoot(w, QStringLiteral("quick-log"));
    ok = ok && tourTags();
    w->showPage(QStringLiteral("journal"));
    ok = ok && shoot(w, QStringLiteral("journal"));
    for (const QString& topic : {QStringLiteral("understanding"), QStringLiteral("reasons"),
                                 QStringLiteral("partner_cries"), QStringLiteral("help_now")}) {
        w->journal()->showGuide(topic);
        ok = ok && shoot(w, QStringLiteral("guide-") +
                                QString(topic).replace(QLatin1Char('_'), QLatin1Char('-')));
    }
    w->showPage(QStringLiteral("settings"));
    ok = ok && shoot(w, QStringLiteral("settings"));
    if (auto* scroll = w->findChild<QScrollArea*>(QStringLiteral("settingsScroll"))) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        ok = ok && shoot(w, QStringLiteral("settings-more"));
        scroll->verticalScrollBar()->setValue(0);
    }
    ok = ok && tourInsights();
    // Any page added later is photographed under its own key.
    const QStringList known = {QStringLiteral("home"),     QStringLiteral("reflect"),
                               QStringLiteral("journal"),  QStringLiteral("trends"),
                               QStringLiteral("checkins"), QStringLiteral("export"),
                               QStringLiteral("guide"),    QStringLiteral("settings")};
    for (const QString& key : w->pageKeys()) {
        if (known.contains(key))
            continue;
        w->showPage(key);
        ok = ok && shoot(w, key);
    }
    w->showPage(QStringLiteral("home"));
    return ok;
}

bool ScreenshotTour::tourTags()
{
    // The quick log's tag picker with two tags picked and the field ready for a third; the
    // tags are taken off again so the log stays as it was.
    MainWindow* w = m_window;
    auto* picker = w->findChild<TagPicker*>(QStringLiteral("quickTags"));
    auto* scroll = w->findChild<QScrollArea*>(QStringLiteral("quickLogScroll"));
    if (!picker || !scroll) {
        complain(QStringLiteral("the quick log has no tag picker"));
        return false;
    }
    const QStringList before = picker->tags();
    // Two of the first-time suggestions, in the language the tour runs in.
    const QStringList ideas = core::Tags::suggestions();
    picker->addTag(ideas.value(2));
    picker->addTag(ideas.value(1));
    picker->input()->setFocus(Qt::OtherFocusReason);
    scroll->ensureWidgetVisible(picker);
    const bool ok = shoot(w, QStringLiteral("quick-log-tags"));
    picker->setTags(before);
    scroll->verticalScrollBar()->setValue(0);
    return ok;
}

bool ScreenshotTour::tourConsent()
{
    // The consent path: "Something didn't feel okay?" from the first step, then a "no" and the
    // support right under it. The reflection is left unsaved (a new one replaces it).
    MainWindow* w = m_window;
    auto* link = w->findChild<QAbstractButton*>(QStringLiteral("somethingNotOkayLink"));
    if (!link) {
        complain(QStringLiteral("the reflection has no \"Something didn't feel okay?\" link"));
        return false;
    }
    link->click();
    bool ok = shoot(w, QStringLiteral("reflect-consent"));
    auto* no = w->findChild<QAbstractButton*>(QStringLiteral("limitsGroup_no"));
    ok = ok && no;
    if (no)
        no->click();
    ok = ok && shoot(w, QStringLiteral("reflect-consent-support"));
    return ok;
}

bool ScreenshotTour::tourInsights()
{
    MainWindow* w = m_window;
    w->showPage(QStringLiteral("trends"));
    auto* trends = qobject_cast<TrendsPage*>(w->page(QStringLiteral("trends")));
    bool ok = trends && waitUntil([trends] { return !trends->snapshot().findings.isEmpty(); });
    ok = ok && shoot(w, QStringLiteral("trends"));
    // Further down: the tags chart, scrolled just into view so the finding cards above it (the
    // tag that stands out among them) stay on screen too.
    auto* scroll = w->findChild<QScrollArea*>(QStringLiteral("trendsScroll"));
    auto* tags = w->findChild<QWidget*>(QStringLiteral("trendsFactorsChartCard"));
    ok = ok && scroll && tags;
    if (ok) {
        scroll->ensureWidgetVisible(tags, 0, 0);
        ok = shoot(w, QStringLiteral("trends-tags"));
        scroll->verticalScrollBar()->setValue(0);
    }
    w->showPage(QStringLiteral("checkins"));
    ok = ok && shoot(w, QStringLiteral("checkins"));
    w->showPage(QStringLiteral("export"));
    auto* exportPage = qobject_cast<ExportPage*>(w->page(QStringLiteral("export")));
    ok = ok && exportPage;
    if (ok) {
        exportPage->refreshPreview();
        ok = waitUntil([exportPage] { return !exportPage->previewPages().isEmpty(); });
    }
    ok = ok && shoot(w, QStringLiteral("export"));
    if (!ok)
        complain(QStringLiteral("the Trends, Check-ins or Export page did not fill in"));
    return ok;
}

bool ScreenshotTour::tourLocked()
{
    MainWindow* w = m_window;
    w->lock();
    bool ok = shoot(w, QStringLiteral("unlock"));
    ok = ok && type(w, QStringLiteral("unlockPassphrase"), QStringLiteral("not the passphrase"));
    ok = ok && click(w, QStringLiteral("unlockButton"));
    auto* page = w->findChild<UnlockPage*>();
    ok = ok && waitUntil([page] { return !page->isBusy(); });
    ok = ok && shoot(w, QStringLiteral("unlock-wrong-passphrase"));
    ok = ok && click(w, QStringLiteral("unlockForgot"));
    ok = ok && shoot(w, QStringLiteral("unlock-recovery"));
    ok = ok && click(w, QStringLiteral("unlockRecoveryBack"));
    ok = ok && type(w, QStringLiteral("unlockPassphrase"), DemoJournal::passphrase());
    ok = ok && click(w, QStringLiteral("unlockButton"));
    ok = ok && waitUntil([this] { return m_session->isUnlocked(); });
    return ok;
}

bool ScreenshotTour::tourFirstRun()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    Preferences preferences(dir.filePath(QStringLiteral("preferences.ini")));
    Session session(dir.filePath(QStringLiteral("journal")));
    bool ok = true;
    {
        MainWindow w(&session, &preferences);
        w.resize(tourWindowSize());
        w.show();
        ok = shoot(&w, QStringLiteral("onboarding-welcome"));
        ok = ok && click(&w, QStringLiteral("onboardingStart"));
        ok = ok && type(&w, QStringLiteral("onboardingPassphrase"), QStringLiteral("tulip"));
        ok = ok && shoot(&w, QStringLiteral("onboarding-passphrase-weak"));
        const QString good = QStringLiteral("lantern tulip tuesday river");
        ok = ok && type(&w, QStringLiteral("onboardingPassphrase"), good);
        ok = ok && type(&w, QStringLiteral("onboardingConfirm"), good);
        ok = ok && shoot(&w, QStringLiteral("onboarding-passphrase"));
        ok = ok && click(&w, QStringLiteral("onboardingCreate"));
        ok =
            ok && waitUntil([&w] {
                return w.findChild<QWidget*>(QStringLiteral("onboardingRecoveryCode"))->isVisible();
            });
        ok = ok && shoot(&w, QStringLiteral("onboarding-recovery-code"));
        ok = ok && click(&w, QStringLiteral("onboardingStored"));
        ok = ok && click(&w, QStringLiteral("onboardingContinue"));
        ok = ok && waitUntil([&session] { return session.isUnlocked(); });
        ok = ok && shoot(&w, QStringLiteral("home-empty"));
        w.close();
        session.lock();
    }
    BackgroundTask::waitForAll();
    return ok;
}

} // namespace aftercare::ui
