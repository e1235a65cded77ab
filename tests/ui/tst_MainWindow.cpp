// The real main window as a whole: the pages in the sidebar, shortcuts, navigation from Home,
// objectNames and accessible names on every interactive widget of the shell, the demo label,
// and the command line (--help, --version, bad options) of the real binary.
#include "core/Clock.h"
#include "tests/ui/ShellFixture.h"
#include "ui/home/HomePage.h"
#include "ui/session/BackgroundTask.h"

#include <QAbstractSpinBox>
#include <QListWidget>
#include <QProcess>

using namespace aftercare;
using test::ShellFixture;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sidebarListsThePages();
    void shortcutsNavigate();
    void homeShowsGreetingAndRecentEntry();
    void lateAtNightTheGreetingIsPlain();
    void homeButtonsStartReflections();
    void interactiveWidgetsAreNamed();
    void pagesAreBuiltWhenNeeded();
    void demoIsLabelled();
    void helpAndVersion();
    void badOptionsAreRefused();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_MainWindow::sidebarListsThePages()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Journal);
    // "safety_plan" is a page without a sidebar entry (reached from Getting help now).
    QCOMPARE(w->pageKeys(), QStringList({"home", "reflect", "journal", "trends", "checkins",
                                         "export", "guide", "settings", "safety_plan"}));
    auto* sidebar = f.find<QListWidget>(QStringLiteral("sidebar"));
    QStringList titles;
    for (int row = 0; row < sidebar->count(); ++row) {
        titles << sidebar->item(row)->text();
        QVERIFY(!sidebar->item(row)->icon().pixmap(22, 22).isNull()); // the SVG is there
    }
    QCOMPARE(titles, QStringList({"Home", "Reflect", "Journal", "Trends", "Check-ins", "Export",
                                  "Guide", "Settings"}));
    sidebar->setCurrentRow(2);
    QCOMPARE(w->currentPage(), QStringLiteral("journal"));
    QVERIFY(w->page(QStringLiteral("journal"))->isVisible());
    QVERIFY(f.find<QWidget>(QStringLiteral("lockButton"))->isVisible());
    QVERIFY(f.find<QWidget>(QStringLiteral("helpNowLink"))->isVisible());
}

void tst_MainWindow::shortcutsNavigate()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), QStringLiteral("reflect"));
    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), QStringLiteral("journal"));
    QTest::keyClick(w, Qt::Key_F1);
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
}

void tst_MainWindow::homeShowsGreetingAndRecentEntry()
{
    ShellFixture f;
    const QDateTime now = QDateTime::currentDateTime();
    core::Entry older = test::sampleEntry(now.addDays(-10), QStringLiteral("older"));
    core::Entry newest = test::sampleEntry(now.addDays(-1), QStringLiteral("private words"));
    newest.tears = core::Tears::Session;
    newest.thoughts = core::Thoughts::Mixed;
    f.createJournal({older, newest});
    ui::MainWindow* w = f.openWindow();
    QVERIFY(!f.find<QLabel>(QStringLiteral("homeGreeting"))->text().isEmpty());
    QVERIFY(!f.find<QWidget>(QStringLiteral("homeEmptyState"))->isVisible());
    auto* recent = f.find<QAbstractButton>(QStringLiteral("homeRecent"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->text(), ui::HomePage::oneLine(newest));
    QVERIFY(recent->text().contains(QStringLiteral("crying session")));
    QVERIFY(recent->text().contains(QStringLiteral("mixed thoughts")));
    // One line only, and no notes quoted on the first screen.
    QVERIFY(!recent->text().contains(QLatin1Char('\n')));
    QVERIFY(!recent->text().contains(QStringLiteral("private words")));
    QVERIFY(f.find<QLabel>(QStringLiteral("homeCount"))->text().contains(QStringLiteral("2")));

    // A new entry appears without leaving the page.
    core::Entry latest = test::sampleEntry(now, QString());
    latest.tears = core::Tears::None;
    QVERIFY(f.session->store()->addEntry(latest).has_value());
    QCOMPARE(recent->text(), ui::HomePage::oneLine(latest));

    recent->click();
    QCOMPARE(w->currentPage(), QStringLiteral("journal"));
}

void tst_MainWindow::lateAtNightTheGreetingIsPlain()
{
    // Someone opening the journal at 3 am may be having a hard night: no playful greeting.
    core::ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(3, 0)));
    core::Clock::setInstance(&clock);
    ShellFixture f;
    f.createJournal({test::sampleEntry(clock.now().addDays(-1))});
    f.openWindow();
    const QString greeting = f.find<QLabel>(QStringLiteral("homeGreeting"))->text();
    core::Clock::setInstance(nullptr);
    QCOMPARE(greeting, QStringLiteral("Good evening"));
}

void tst_MainWindow::homeButtonsStartReflections()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QVERIFY(f.find<QWidget>(QStringLiteral("homeEmptyState"))->isVisible());
    f.find<QAbstractButton>(QStringLiteral("homeReflect"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("reflect"));
    w->showPage(QStringLiteral("home"));
    f.find<QAbstractButton>(QStringLiteral("homeQuickLog"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("reflect"));
}

void tst_MainWindow::interactiveWidgetsAreNamed()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    for (const QString& key : w->pageKeys())
        QVERIFY(w->page(key));
    w->lock(); // builds the lock screen
    ShellFixture firstRun;
    firstRun.openWindow();

    // The shell's own screens and pages (the reflect and journal pages have their own tests).
    QList<QWidget*> roots;
    for (const char* name : {"unlockPage", "homePage", "guidePage", "settingsPage", "sidebarPanel",
                             "trendsPage", "checkInPage", "exportPage", "safetyPlanPage"})
        roots << w->findChild<QWidget*>(QLatin1String(name));
    roots << firstRun.find<QWidget>(QStringLiteral("onboardingPage"));
    for (QWidget* root : std::as_const(roots)) {
        QVERIFY(root);
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                qobject_cast<QAbstractItemView*>(widget);
            if (!interactive || widget->parent()->inherits("QAbstractSpinBox") ||
                widget->parent()->inherits("QAbstractScrollArea") || widget->inherits("QScrollBar"))
                continue;
            const QString where = root->objectName() + QLatin1Char('/') +
                                  QString::fromLatin1(widget->metaObject()->className());
            QVERIFY2(!widget->objectName().isEmpty(), qPrintable(where));
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(where + QLatin1Char(' ') + widget->objectName()));
        }
    }
}

void tst_MainWindow::pagesAreBuiltWhenNeeded()
{
    ShellFixture f;
    f.createLockedJournal();
    ui::MainWindow* w = f.openWindow();
    // Locked: neither the first-run screen nor any page exists yet.
    QVERIFY(!w->findChild<QWidget*>(QStringLiteral("onboardingPage")));
    QVERIFY(!w->findChild<QWidget*>(QStringLiteral("homePage")));
    QVERIFY(!w->findChild<QWidget*>(QStringLiteral("settingsPage")));
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    field->setText(QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(f.session->isUnlocked());
    // Home at once; the others soon after, without the user waiting for them.
    QVERIFY(w->findChild<QWidget*>(QStringLiteral("homePage"))->isVisible());
    QTRY_VERIFY(w->findChild<QWidget*>(QStringLiteral("settingsPage")));
    QTRY_VERIFY(w->findChild<QWidget*>(QStringLiteral("guidePage")));
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
}

void tst_MainWindow::demoIsLabelled()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QVERIFY(!f.find<QWidget>(QStringLiteral("demoBadge"))->isVisible());
    w->setDemo(QStringLiteral("The passphrase is \"demo\"."));
    QVERIFY(w->windowTitle().contains(QStringLiteral("DEMO")));
    QVERIFY(f.find<QWidget>(QStringLiteral("demoBadge"))->isVisible());
    w->lock();
    QVERIFY(f.find<QLabel>(QStringLiteral("unlockNote"))->text().contains(QStringLiteral("demo")));
}

void tst_MainWindow::helpAndVersion()
{
    QProcess help;
    help.start(QStringLiteral(AFTERCARE_GUI_PATH), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(20000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromLocal8Bit(help.readAllStandardOutput());
    QVERIFY(text.startsWith(QStringLiteral("Usage: aftercare")));
    for (const char* option : {"--journal DIR", "--demo", "--help", "--version"})
        QVERIFY2(text.contains(QLatin1String(option)), option);
    QVERIFY(!text.contains(QStringLiteral("screenshot")));

    QProcess version;
    version.start(QStringLiteral(AFTERCARE_GUI_PATH), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(20000));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(QString::fromLocal8Bit(version.readAllStandardOutput()),
             QStringLiteral("aftercare %1\n").arg(QStringLiteral(AFTERCARE_VERSION)));
}

void tst_MainWindow::badOptionsAreRefused()
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("--frobnicate")}, QStringList{QStringLiteral("stray")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("--journal"), QStringLiteral("x")},
          QStringList{QStringLiteral("--journal")}}) {
        QProcess p;
        p.start(QStringLiteral(AFTERCARE_GUI_PATH), args);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--help")), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
