// The quick log: one page with the date, the five questions and notes, by keyboard.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/session/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

#include "tests/ui/UnlockedJournal.h"

#include "tests/ui/Keyboard.h"

using namespace aftercare;
using test::focusName;
using test::press;

class tst_QuickLog : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::ReflectPage> m_page;

    // The guided flow and the quick log share question names; look in the quick log first.
    template <typename T = QWidget> T* child(const char* name)
    {
        return test::findIn<T>(m_page.get(), QStringLiteral("quickLog"), name);
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(7, 15, 12)), "quiet morning");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_page = std::make_unique<ui::ReflectPage>(m_journal.session.get());
        m_page->resize(900, 1000);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_journal.close();
    }

    void keyboardQuickLogSavesTheFiveAndNotes()
    {
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);
        QVERIFY(press(Qt::Key_Q, Qt::AltModifier));
        QTRY_COMPARE(focusName(), QStringLiteral("quickWhenEdit"));

        // Saving too early says what is missing and saves nothing.
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        auto* message = child<QLabel>("quickLogMessage");
        // A mnemonic "animates" the button press, so the click lands a moment later.
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("how it showed")));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(focusName(), QStringLiteral("tensionGroup_relieved"));

        QVERIFY(press(Qt::Key_Space)); // relieved
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Down, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("traumaGroup_yes"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("responseGroup_physical"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Down, Qt::NoModifier, 3));
        QCOMPARE(focusName(), QStringLiteral("thoughtsGroup_neutral"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 2)); // past the optional thoughts field
        QVERIFY(press(Qt::Key_Down, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("tearsGroup_none"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("quickNotesEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Woke up heavy."));
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        QTRY_COMPARE(saved.count(), 1);
        auto stored = m_journal.session->store()->entry(saved.first().first().toString());
        QVERIFY(stored);
        core::Entry expected;
        expected.id = stored->id;
        expected.createdAt = stored->createdAt;
        expected.updatedAt = stored->updatedAt;
        expected.occurredAt = QDateTime(QDate(2026, 3, 5), QTime(7, 15));
        expected.tension = core::Tension::Relieved;
        expected.traumaReliving = core::TraumaReliving::Yes;
        expected.responseKind = core::ResponseKind::Physical;
        expected.thoughts = core::Thoughts::Neutral;
        expected.tears = core::Tears::None;
        expected.notes = QStringLiteral("Woke up heavy.");
        QCOMPARE(stored->occurredAt, expected.occurredAt);
        QVERIFY(*stored == expected);
        QTRY_VERIFY(child("reflectionSummary")->isVisible());
        QVERIFY(child("advice_trauma"));
        QVERIFY(!m_page->hasDraft());
    }

    void quickLogDraftComesBackAsAQuickLog()
    {
        m_page->startQuickLog();
        child<QAbstractButton>("tensionGroup_worse")->click();
        child<QPlainTextEdit>("quickNotesEdit")->setPlainText(QStringLiteral("half a thought"));
        child<QAbstractButton>("quickFinishLaterButton")->click();
        QVERIFY(m_page->hasDraft());

        m_page->startGuided();
        child<QAbstractButton>("continueDraftButton")->click();
        QVERIFY(child("quickLog")->isVisible());
        QVERIFY(child<QAbstractButton>("tensionGroup_worse")->isChecked());
        QCOMPARE(child<QPlainTextEdit>("quickNotesEdit")->toPlainText(),
                 QStringLiteral("half a thought"));
    }
};

QTEST_MAIN(tst_QuickLog)
#include "tst_QuickLog.moc"
