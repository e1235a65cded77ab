// The small things polished apps have, in the real window: Help → About (version, licence, the
// promise of no network, the guide and the installed documentation), Help → Keyboard shortcuts
// read from the actions themselves, and a text size chosen in Settings that the whole window
// follows at once.
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/TextSize.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace aftercare;
using test::ShellFixture;

namespace {

QDialog* openDialog(const char* name)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(w);
            dialog && dialog->objectName() == QLatin1String(name) && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

double pointSize(const QWidget* w)
{
    return w->font().pointSizeF();
}

} // namespace

class tst_HelpWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpMenuHoldsGuideShortcutsAndAbout();
    void aboutSaysVersionLicenceAndNoNetwork();
    void shortcutsListTheRealKeys();
    void textSizeGrowsTheWholeWindow();
    void homeAndTheFlowCountStepsAlike();
    void cleanup()
    {
        ui::TextSize::apply(100);
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
    }
};

void tst_HelpWindows::helpMenuHoldsGuideShortcutsAndAbout()
{
    ShellFixture f;
    f.createLockedJournal();
    ui::MainWindow* w = f.openWindow();
    auto* help = f.find<QMenu>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QStringList names;
    for (QAction* a : help->actions())
        names << a->objectName();
    QVERIFY(names.contains(QStringLiteral("actionGuide")));
    QVERIFY(names.contains(QStringLiteral("actionShortcuts")));
    QVERIFY(names.contains(QStringLiteral("actionAbout")));
    // Locked: nothing that shows the journal, but About and the shortcuts still work.
    QCOMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
    QVERIFY(!w->findChild<QAction*>(QStringLiteral("actionNewReflection"))->isEnabled());
    QVERIFY(!w->findChild<QAction*>(QStringLiteral("actionGuide"))->isEnabled());
    QVERIFY(w->findChild<QAction*>(QStringLiteral("actionAbout"))->isEnabled());
    QVERIFY(w->findChild<QAction*>(QStringLiteral("actionQuit"))->isEnabled());

    // Unlocked, the sidebar's Help button opens it.
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    field->setText(QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(w->screen(), ui::MainWindow::Screen::Journal);
    auto* button = f.find<QToolButton>(QStringLiteral("helpMenuButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QCOMPARE(button->menu(), help);
    QVERIFY(w->findChild<QAction*>(QStringLiteral("actionGuide"))->isEnabled());
}

void tst_HelpWindows::aboutSaysVersionLicenceAndNoNetwork()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QDialog* about = openDialog("aboutDialog");
    QVERIFY(about);
    const QString text = test::widgetTexts(about).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QCoreApplication::applicationVersion().isEmpty()
                               ? QStringLiteral("Version")
                               : QCoreApplication::applicationVersion()),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License, version 3 or later")));
    QVERIFY(text.contains(QStringLiteral("never connects to the internet")));
    auto* guide = about->findChild<QPushButton*>(QStringLiteral("aboutGuide"));
    QVERIFY(guide->isEnabled());
    guide->click();
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    QTRY_VERIFY(!openDialog("aboutDialog"));

    // While locked the guide cannot open, and a lock closes the window like any dialog.
    w->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY(openDialog("aboutDialog"));
    w->lock();
    QTRY_VERIFY(!openDialog("aboutDialog"));
    w->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY(!openDialog("aboutDialog")
                 ->findChild<QPushButton*>(QStringLiteral("aboutGuide"))
                 ->isEnabled());
}

void tst_HelpWindows::shortcutsListTheRealKeys()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QTest::keyClick(w, Qt::Key_Question, Qt::ControlModifier | Qt::ShiftModifier);
    if (!openDialog("shortcutsDialog")) // keyboards differ in where "?" sits
        w->findChild<QAction*>(QStringLiteral("actionShortcuts"))->trigger();
    QDialog* dialog = openDialog("shortcutsDialog");
    QVERIFY(dialog);
    auto* table = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTable"));
    QMap<QString, QString> rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        rows.insert(table->topLevelItem(i)->text(1), table->topLevelItem(i)->text(0));
    for (const char* name :
         {"actionNewReflection", "actionSearch", "actionLock", "actionGuide", "actionQuit"}) {
        QAction* action = w->findChild<QAction*>(QLatin1String(name));
        QCOMPARE(rows.value(action->text().remove(QLatin1Char('&'))),
                 action->shortcut().toString(QKeySequence::NativeText));
    }
    QCOMPARE(rows.value(QStringLiteral("New reflection")), QStringLiteral("Ctrl+N"));
    QCOMPARE(rows.value(QStringLiteral("Quit")), QStringLiteral("Ctrl+Q"));
}

void tst_HelpWindows::textSizeGrowsTheWholeWindow()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("home"));
    auto* greeting = f.find<QLabel>(QStringLiteral("homeGreeting"));
    auto* cardTitle = f.find<QLabel>(QStringLiteral("homeReflectTitle"));
    auto* lockButton = f.find<QPushButton>(QStringLiteral("lockButton"));
    const double heading = pointSize(greeting);
    const double title = pointSize(cardTitle);
    const double body = pointSize(lockButton);
    auto* card = f.find<QWidget>(QStringLiteral("homeReflect"));
    const int cardHeight = card->height();
    QVERIFY(heading > body);

    w->showPage(QStringLiteral("settings"));
    auto* size = f.find<QComboBox>(QStringLiteral("settingsTextSize"));
    QVERIFY(size);
    QCOMPARE(size->currentData().toInt(), 100);
    const int larger = size->findData(130);
    QVERIFY(larger > 0);
    size->setCurrentIndex(larger);
    Q_EMIT size->activated(larger);
    QCOMPARE(f.preferences->textSize(), 130);

    const auto near = [](double actual, double expected) {
        return std::abs(actual - expected) < 0.6;
    };
    QVERIFY2(near(pointSize(lockButton), body * 1.3),
             qPrintable(QStringLiteral("%1 → %2").arg(body).arg(pointSize(lockButton))));
    QVERIFY2(near(pointSize(greeting), heading * 1.3),
             qPrintable(QStringLiteral("%1 → %2").arg(heading).arg(pointSize(greeting))));
    QVERIFY(near(pointSize(cardTitle), title * 1.3));
    QVERIFY(greeting->font().bold());
    // The cards grow with their text instead of cutting it off.
    w->showPage(QStringLiteral("home"));
    QTRY_VERIFY2(card->height() >= cardHeight + 6,
                 qPrintable(QStringLiteral("%1 → %2").arg(cardHeight).arg(card->height())));
    QVERIFY(cardTitle->geometry().bottom() < card->height());
    w->showPage(QStringLiteral("settings"));

    // Back to the system's size.
    const int system = size->findData(100);
    size->setCurrentIndex(system);
    Q_EMIT size->activated(system);
    QVERIFY(near(pointSize(greeting), heading));
    QVERIFY(near(pointSize(lockButton), body));
    QCOMPARE(f.preferences->textSize(), 100);
}

void tst_HelpWindows::homeAndTheFlowCountStepsAlike()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    // Home speaks of steps, the five questions being one of them, as the flow counts them.
    const QString welcome =
        test::widgetTexts(f.find<QWidget>(QStringLiteral("homeEmptyState"))).join(u' ');
    QVERIFY2(welcome.contains(QStringLiteral("step by step")), qPrintable(welcome));
    QVERIFY(welcome.contains(QStringLiteral("five short questions about it")));
    QVERIFY(!welcome.contains(QStringLiteral("walks you through five")));
    w->journal()->newReflection();
    QCOMPARE(f.find<QLabel>(QStringLiteral("stepProgressText"))->text(),
             QStringLiteral("Step 1 of 7"));
    f.find<QAbstractButton>(QStringLiteral("nextButton"))->click();
    QCOMPARE(f.find<QLabel>(QStringLiteral("stepTitle"))->text(),
             QStringLiteral("The five questions"));
}

QTEST_MAIN(tst_HelpWindows)
#include "tst_HelpWindows.moc"
