// What a screen reader is told about every page of the real MainWindow, read through Qt's own
// accessibility interfaces (QAccessible), on the demo journal so every chart, list and card has
// content: every widget that takes keyboard focus has a role and a name, no two controls on one
// page share a name (unless they sit in different groups), every field is named by a label that
// is its buddy or by an explicit name, and Tab moves through each page in reading order.
#include "tests/ui/ShellFixture.h"
#include "ui/app/DemoJournal.h"
#include "ui/session/BackgroundTask.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>

using namespace aftercare;
using test::ShellFixture;

namespace {

// A Tab stop of its own: a widget that hands its focus to a proxy (a scroll area's viewport) is
// reached through that proxy.
bool takesFocus(const QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !w->focusProxy();
}

// Parts of a composite control that a screen reader reaches through the control itself.
bool isInnerPart(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p))
            return true;
    }
    return qobject_cast<const QScrollBar*>(w);
}

// The class and object name, and for an unnamed object the nearest named ancestor.
QString describe(const QWidget* w)
{
    QString text = QStringLiteral("%1 \"%2\"")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    const QWidget* p = w->parentWidget();
    while (w->objectName().isEmpty() && p && p->objectName().isEmpty())
        p = p->parentWidget();
    if (w->objectName().isEmpty() && p)
        text += QStringLiteral(" in \"%1\"").arg(p->objectName());
    return text;
}

// The nearest enclosing group a screen reader announces (a group box, or a widget whose
// accessible role is Grouping with a name), or null for the page itself.
const QWidget* groupOf(const QWidget* w, const QWidget* page)
{
    for (const QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
        if (qobject_cast<const QGroupBox*>(p))
            return p;
        if (QAccessibleInterface* iface =
                QAccessible::queryAccessibleInterface(const_cast<QWidget*>(p));
            iface && iface->role() == QAccessible::Grouping &&
            !iface->text(QAccessible::Name).isEmpty())
            return p;
    }
    return nullptr;
}

bool isField(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           (qobject_cast<const QTextEdit*>(w) && !static_cast<const QTextEdit*>(w)->isReadOnly()) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w);
}

QStringList problemsOn(QWidget* page, QWidget* window)
{
    QStringList problems;
    QHash<QPair<const QWidget*, QString>, const QWidget*> seen;
    QList<QWidget*> buddies;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy())
            buddies << label->buddy();
    }
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!takesFocus(w) || isInnerPart(w))
            continue;
        // A hidden label (an empty contact line) has nothing to say until it is shown; hidden
        // controls are checked, since they appear as a page changes step.
        if (qobject_cast<QLabel*>(w) && !w->isVisibleTo(window))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems << describe(w) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (iface->role() == QAccessible::NoRole)
            problems << describe(w) + QStringLiteral(": no role");
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            problems << describe(w) + QStringLiteral(": no name");
            continue;
        }
        if (isField(w) && !buddies.contains(w) && w->accessibleName().isEmpty())
            problems << describe(w) + QStringLiteral(": a field with neither a buddy label nor "
                                                     "an accessible name");
        if (!w->isVisibleTo(window))
            continue;
        const auto key = qMakePair(groupOf(w, page), name);
        if (const QWidget* other = seen.value(key))
            problems << QStringLiteral("%1 and %2 share the name \"%3\"")
                            .arg(describe(other), describe(w), name);
        else
            seen.insert(key, w);
    }
    return problems;
}

// Consecutive stops in the Tab chain that jump back up within one column, or up and to the left:
// both mean Tab does not follow the order the page reads in.
// The innermost scroll area `w` is in below `page`, if any.
const QScrollArea* scrollerOf(const QWidget* w, const QWidget* page)
{
    for (const QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
        if (const auto* area = qobject_cast<const QScrollArea*>(p))
            return area;
    }
    return nullptr;
}

// Where `w` sits on `page` as a reader sees it next to `other`: inside the same scroll area
// (or none) at its own place; in a scroll area `other` is not in, at the place of that area,
// since content scrolled out of view is read where the area is.
QRect placeOn(const QWidget* page, const QWidget* w, const QWidget* other)
{
    const QScrollArea* area = scrollerOf(w, page);
    if (area && area != scrollerOf(other, page) && !area->isAncestorOf(other))
        w = area;
    return QRect(w->mapTo(page, QPoint(0, 0)), w->size());
}

QStringList focusOrderProblems(QWidget* page)
{
    QList<QWidget*> chain;
    QWidget* first = nullptr;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!first)
            first = w;
        else if (w == first)
            break;
        if (takesFocus(w) && w->isVisible() && page->isAncestorOf(w) && !isInnerPart(w))
            chain << w;
    }
    QStringList problems;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a = placeOn(page, chain.at(i - 1), chain.at(i));
        const QRect b = placeOn(page, chain.at(i), chain.at(i - 1));
        const bool above = b.bottom() < a.top();
        const bool sameColumn = b.left() <= a.right() && a.left() <= b.right();
        const bool leftOf = b.right() < a.left();
        if (above && (sameColumn || leftOf))
            problems << QStringLiteral("Tab goes from %1 at (%2,%3) back up to %4 at (%5,%6)")
                            .arg(describe(chain.at(i - 1)))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(describe(chain.at(i)))
                            .arg(b.left())
                            .arg(b.top());
    }
    return problems;
}

} // namespace

class tst_AccessibilityAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::Dialogs::setTestMode(true);
        m_demo = std::make_unique<ui::DemoJournal>();
        QVERIFY(m_demo->isValid());
        m_preferences = std::make_unique<ui::Preferences>(m_demo->preferencesFile());
        m_session = std::make_unique<ui::Session>(m_demo->journalDir());
        m_window = std::make_unique<ui::MainWindow>(m_session.get(), m_preferences.get());
        auto journal = m_demo->create();
        QVERIFY2(journal.has_value(), qPrintable(journal ? QString() : journal.error().message()));
        m_session->adopt(std::move(*journal));
        m_window->resize(1200, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void everyPage_data();
    void everyPage();
    void lockScreen();
    void firstRun();
    void cleanupTestCase()
    {
        m_window.reset();
        m_session->lock();
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        m_session.reset();
    }

private:
    void audit(QWidget* page);

    std::unique_ptr<ui::DemoJournal> m_demo;
    std::unique_ptr<ui::Preferences> m_preferences;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_AccessibilityAudit::audit(QWidget* page)
{
    QVERIFY(page);
    QStringList problems = problemsOn(page, page->window());
    problems << focusOrderProblems(page);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The audit saw something: a page with no named control would pass vacuously.
    int named = 0;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (takesFocus(w) && !isInnerPart(w))
            ++named;
    }
    QVERIFY2(named > 0, qPrintable(page->objectName()));
}

void tst_AccessibilityAudit::everyPage_data()
{
    QTest::addColumn<QString>("key");
    for (const char* key :
         {"home", "reflect", "journal", "trends", "checkins", "export", "guide", "settings"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void tst_AccessibilityAudit::everyPage()
{
    QFETCH(QString, key);
    QVERIFY(m_window->pageKeys().contains(key));
    m_window->showPage(key);
    QTRY_COMPARE(m_window->currentPage(), key);
    QTRY_COMPARE(ui::BackgroundTask::running(), 0);
    QApplication::processEvents();
    audit(m_window->page(key));
    // The sidebar and the window's own controls are part of every page a person hears.
    audit(m_window->findChild<QWidget*>(QStringLiteral("sidebarPanel")));
}

void tst_AccessibilityAudit::lockScreen()
{
    m_window->lock();
    QTRY_COMPARE(m_window->screen(), ui::MainWindow::Screen::Unlock);
    audit(m_window->findChild<QWidget*>(QStringLiteral("unlockPage")));
}

void tst_AccessibilityAudit::firstRun()
{
    ShellFixture firstRun;
    firstRun.openWindow();
    audit(firstRun.find<QWidget>(QStringLiteral("onboardingPage")));
}

QTEST_MAIN(tst_AccessibilityAudit)
#include "tst_AccessibilityAudit.moc"
