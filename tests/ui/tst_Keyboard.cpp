// The keyboard conventions of other desktop apps, in the real window: arrow keys that choose in
// a radio group, Enter on a focused card or link, a visible focus ring, Tab from the sidebar
// straight into the page, Tab that leaves the date/time field, and a reflection left open at
// quitting that is kept and mentioned the next time, without a question.
#include "tests/ui/Keyboard.h"
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/KeyboardConventions.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFocusFrame>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QtTest>

using namespace aftercare;
using test::focusName;
using test::press;
using test::ShellFixture;

namespace {

template <typename T> T* inFlow(ShellFixture& f, const char* name)
{
    return f.find<QWidget>(QStringLiteral("reflectFlow"))->findChild<T*>(QLatin1StringView(name));
}

// Something a person acts on, as opposed to a container that only scrolls.
bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w);
}

} // namespace

class tst_Keyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrowKeysChooseInARadioGroup();
    void arrowKeysChooseInAQuestionnaire();
    void enterActivatesFocusedCardsAndLinks();
    void focusRingFollowsTheKeyboard();
    void tabFromTheSidebarReachesThePageAtOnce();
    void tabLeavesTheDateTimeField();
    void quittingMidReflectionKeepsItAndSaysSo();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_Keyboard::arrowKeysChooseInARadioGroup()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    QVERIFY(press(Qt::Key_N, Qt::ControlModifier));
    QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
    auto* during = inFlow<QRadioButton>(f, "timingGroup_during");
    auto* after = inFlow<QRadioButton>(f, "timingGroup_after");
    QVERIFY(during && after);
    QVERIFY(!during->isChecked() && !after->isChecked());
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), QStringLiteral("timingGroup_during"));
    QVERIFY(!during->isChecked()); // arriving by Tab chooses nothing
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(focusName(), QStringLiteral("timingGroup_after"));
    QVERIFY(after->isChecked());
    QVERIFY(press(Qt::Key_Up));
    QCOMPARE(focusName(), QStringLiteral("timingGroup_during"));
    QVERIFY(during->isChecked());
    QVERIFY(!after->isChecked());
}

void tst_Keyboard::arrowKeysChooseInAQuestionnaire()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("checkins"));
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("checkInTakePhq9")), Qt::LeftButton);
    auto* first = f.find<QRadioButton>(QStringLiteral("checkInItem1_answer0"));
    auto* second = f.find<QRadioButton>(QStringLiteral("checkInItem1_answer1"));
    QTRY_VERIFY(first && first->isVisible());
    first->setFocus(Qt::TabFocusReason);
    QVERIFY(!first->isChecked());
    QVERIFY(press(Qt::Key_Right));
    QCOMPARE(focusName(), QStringLiteral("checkInItem1_answer1"));
    QVERIFY(second->isChecked());
}

void tst_Keyboard::enterActivatesFocusedCardsAndLinks()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    auto* card = f.find<QPushButton>(QStringLiteral("homeQuickLog"));
    card->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Return));
    QCOMPARE(w->currentPage(), QStringLiteral("reflect"));

    w->showPage(QStringLiteral("home"));
    auto* link = f.find<QPushButton>(QStringLiteral("homeUnderstanding"));
    link->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Enter, Qt::KeypadModifier));
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));

    f.find<QPushButton>(QStringLiteral("lockButton"))->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE(w->screen(), ui::MainWindow::Screen::Unlock);
}

void tst_Keyboard::focusRingFollowsTheKeyboard()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    auto* ring = f.find<QFocusFrame>(QStringLiteral("focusRing"));
    QVERIFY(ring);
    auto* lock = f.find<QPushButton>(QStringLiteral("lockButton"));
    auto* help = f.find<QPushButton>(QStringLiteral("helpNowLink"));
    help->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), lock);
    QTRY_VERIFY(ring->isVisible());
    QCOMPARE(ring->widget(), lock);
    // Drawn around the button, outside its edge, in the same parent.
    QCOMPARE(ring->parentWidget(), lock->parentWidget());
    QVERIFY(ring->geometry().contains(lock->geometry()));
    QVERIFY(ring->geometry() != lock->geometry());

    auto* card = f.find<QPushButton>(QStringLiteral("homeReflect"));
    QVERIFY(press(Qt::Key_Tab, Qt::ShiftModifier, 2));
    card->setFocus(Qt::BacktabFocusReason);
    QTRY_COMPARE(ring->widget(), card);
    QVERIFY(ring->isVisible());

    // A click shows where it went by itself.
    auto* sidebar = f.find<QListWidget>(QStringLiteral("sidebar"));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(sidebar->item(2)).center());
    QCOMPARE(QApplication::focusWidget(), sidebar);
    QTRY_VERIFY(!ring->isVisible());
}

void tst_Keyboard::tabFromTheSidebarReachesThePageAtOnce()
{
    ShellFixture f;
    f.createJournal({test::sampleEntry(QDateTime::currentDateTime().addDays(-1))});
    ui::MainWindow* w = f.openWindow();
    auto* sidebar = f.find<QListWidget>(QStringLiteral("sidebar"));
    // Every page the sidebar lists (a page reached another way, like the safety plan, has no
    // place in it to Tab from).
    for (int row = 0; row < sidebar->count(); ++row) {
        const QString key = sidebar->item(row)->data(Qt::UserRole).toString();
        w->showPage(key);
        QWidget* page = w->page(key);
        sidebar->setFocus(Qt::TabFocusReason);
        int tabs = 0;
        while (tabs < 6) {
            QVERIFY(press(Qt::Key_Tab));
            ++tabs;
            QWidget* focus = QApplication::focusWidget();
            if (focus && page->isAncestorOf(focus) && isControl(focus))
                break;
        }
        QVERIFY2(tabs <= 2, qPrintable(QStringLiteral("%1: %2 presses of Tab to reach %3")
                                           .arg(key)
                                           .arg(tabs)
                                           .arg(focusName())));
    }
    // Lock and "Need help now?" come after the page, still in reach.
    w->showPage(QStringLiteral("home"));
    sidebar->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < 40 && focusName() != QLatin1String("lockButton"); ++i) {
        QVERIFY(press(Qt::Key_Tab));
        visited << focusName();
    }
    QCOMPARE(focusName(), QStringLiteral("lockButton"));
    QVERIFY(visited.indexOf(QStringLiteral("helpNowLink")) > visited.indexOf("homeReflect"));
}

void tst_Keyboard::tabLeavesTheDateTimeField()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    QVERIFY(press(Qt::Key_N, Qt::ControlModifier));
    QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
    auto* when = inFlow<QDateTimeEdit>(f, "whenEdit");
    QVERIFY(when->sectionCount() >= 5);
    // Left/Right walk its parts.
    const auto first = when->currentSection();
    for (int i = 0; i < 6 && when->currentSection() == first; ++i)
        QVERIFY(press(Qt::Key_Right));
    QVERIFY(when->currentSection() != first);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), QStringLiteral("timingGroup_during"));
    QVERIFY(press(Qt::Key_Tab, Qt::ShiftModifier));
    QCOMPARE(focusName(), QStringLiteral("whenEdit"));
    QVERIFY(press(Qt::Key_Tab, Qt::ShiftModifier));
    QVERIFY(focusName() != QLatin1String("whenEdit"));

    // The Journal's date filters and the Export page's period alike.
    f.window->showPage(QStringLiteral("export"));
    auto* period = f.find<QComboBox>(QStringLiteral("exportPeriod"));
    period->setCurrentIndex(period->count() - 1); // dates I choose
    auto* from = f.find<QDateTimeEdit>(QStringLiteral("exportFrom"));
    QTRY_VERIFY(from->isEnabled());
    from->setFocus(Qt::TabFocusReason);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), QStringLiteral("exportTo"));
}

void tst_Keyboard::quittingMidReflectionKeepsItAndSaysSo()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QVERIFY(!w->statusBar()->isVisible()); // nothing kept, nothing said
    QVERIFY(press(Qt::Key_N, Qt::ControlModifier));
    QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY(press(Qt::Key_Down)); // afterwards
    QVERIFY(press(Qt::Key_Q, Qt::ControlModifier));
    QTRY_VERIFY(!w->isVisible());
    QVERIFY(ui::Dialogs::lastMessage().isEmpty()); // no question on the way out
    f.closeWindow();

    // The next start: the draft is there, and the window says so once, briefly.
    f.unlockJournal();
    w = f.openWindow();
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    QTRY_VERIFY(w->statusBar()->isVisible());
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("unfinished reflection")),
             qPrintable(w->statusBar()->currentMessage()));
    w->showPage(QStringLiteral("reflect"));
    QVERIFY(!w->statusBar()->isVisible());
    const auto draft = f.session->store()->draft();
    QVERIFY(draft && draft->has_value());
    QCOMPARE((*draft)->entry.timing, std::optional(core::Timing::After));
}

QTEST_MAIN(tst_Keyboard)
#include "tst_Keyboard.moc"
