// Where things sit in the guided reflection: every step opens at its top, even when it was left
// scrolled down, and the "still open" notice sits under the questions (never over the first),
// names what is still unanswered and follows the answers until nothing is.
#include "tests/ui/Keyboard.h"
#include "tests/ui/UnlockedJournal.h"
#include "ui/reflect/ReflectPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace aftercare;

class tst_ReflectLayout : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::ReflectPage> m_page;

    template <typename T = QWidget> T* child(const char* name)
    {
        return test::findIn<T>(m_page.get(), QStringLiteral("reflectFlow"), name);
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(22, 41)), "a calm and quiet evening");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_page = std::make_unique<ui::ReflectPage>(m_journal.session.get());
        m_page->resize(800, 460); // small enough that the five questions scroll
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_journal.close();
    }

    void theReflectPageExplainsBothWaysIn()
    {
        QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("reflectIdle"))->isVisible());
        auto* guided = m_page->findChild<QAbstractButton*>(QStringLiteral("startGuidedButton"));
        auto* quick = m_page->findChild<QAbstractButton*>(QStringLiteral("startQuickLogButton"));
        QVERIFY(guided && quick);
        // Cards with a title and a sentence on what each way is, not two bare buttons.
        for (QAbstractButton* way : {guided, quick}) {
            auto* text = way->findChild<QLabel*>(way->objectName() + QStringLiteral("Text"));
            QVERIFY(text && text->isVisible());
            QVERIFY(text->text().contains(QStringLiteral("five questions")));
            QCOMPARE(way->accessibleDescription(), text->text());
            QVERIFY(way->height() >= 2 * text->fontMetrics().height());
        }
        QCOMPARE(guided->accessibleName(), QStringLiteral("Reflect on a moment"));
        // Its mnemonic still starts it.
        QTest::keyClick(m_page.get(), Qt::Key_Q, Qt::AltModifier);
        QTRY_VERIFY(m_page->findChild<QWidget*>(QStringLiteral("quickLog"))->isVisible());
    }

    void stepsOpenAtTheirTop()
    {
        m_page->startGuided();
        child<QAbstractButton>("nextButton")->click();
        auto* scroll = child<QScrollArea>("questionsStepScroll");
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        child<QAbstractButton>("backButton")->click();
        child<QAbstractButton>("nextButton")->click();
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);

        // A new reflection after leaving this one scrolled down: at the top too.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        child<QAbstractButton>("finishLaterButton")->click();
        m_page->startGuided();
        QTRY_VERIFY(m_page->findChild<QWidget*>(QStringLiteral("resumeOffer"))->isVisible());
        m_page->findChild<QAbstractButton*>(QStringLiteral("discardDraftButton"))->click();
        child<QAbstractButton>("nextButton")->click();
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        // The first question's heading is on screen, whole.
        auto* question = child<QLabel>("tensionGroup_question");
        const QRect where(question->mapTo(scroll->viewport(), QPoint()), question->size());
        QVERIFY(scroll->viewport()->rect().contains(where));
    }

    void stillOpenNoticeFollowsTheAnswers()
    {
        m_page->startGuided();
        child<QAbstractButton>("nextButton")->click();
        child<QAbstractButton>("nextButton")->click(); // nothing answered yet
        auto* notice = child<QLabel>("flowMessage");
        QVERIFY(notice->isVisible());
        for (const char* open : {"tension", "reliving the past", "how it showed"})
            QVERIFY2(notice->text().contains(QLatin1String(open)), qPrintable(notice->text()));
        // Under the questions, above the buttons: the first question stays where it was.
        auto* flow = m_page->findChild<QWidget*>(QStringLiteral("reflectFlow"));
        const auto top = [flow](QWidget* w) { return w->mapTo(flow, QPoint()).y(); };
        auto* questions = child<QWidget>("questionsStepScroll");
        QVERIFY(top(notice) >= top(questions) + questions->height());
        QVERIFY(top(notice) + notice->height() <= top(child<QWidget>("nextButton")));

        child<QAbstractButton>("tensionGroup_relieved")->click();
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->text().contains(QStringLiteral("tension")));
        QVERIFY(notice->text().contains(QStringLiteral("how it showed")));
        for (const char* name :
             {"traumaGroup_no", "responseGroup_emotional", "thoughtsGroup_happy"})
            child<QAbstractButton>(name)->click();
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->text().contains(QStringLiteral("reliving the past")));
        child<QAbstractButton>("tearsGroup_few")->click();
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(tst_ReflectLayout)
#include "tst_ReflectLayout.moc"
