// The reflection and the journal inside the real main window: Ctrl+N to a saved entry by
// keyboard only, finding it again with Ctrl+F, editing it from the Journal, and a lock in the
// middle of a reflection that empties the window and comes back to the same step.
#include "core/Clock.h"
#include "tests/ui/Keyboard.h"
#include "tests/ui/ShellFixture.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/reflect/ReflectPage.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace aftercare;
using test::focusName;
using test::press;
using test::ShellFixture;

namespace {

QString progress(ShellFixture& f)
{
    return f.find<QLabel>(QStringLiteral("stepProgressText"))->text();
}

// The guided flow and the quick log share question names; look inside the flow.
template <typename T> T* inFlow(ShellFixture& f, const char* name)
{
    return f.find<QWidget>(QStringLiteral("reflectFlow"))->findChild<T*>(QLatin1StringView(name));
}

} // namespace

class tst_ReflectInMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboardReflectionThenSearchAndEdit()
    {
        ShellFixture f;
        f.createJournal();
        f.openWindow();
        QVERIFY(press(Qt::Key_N, Qt::ControlModifier));
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("reflect"));
        QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
        QVERIFY(press(Qt::Key_Return));

        // The five, each with the first option: Space, then Tab to the next question.
        QCOMPARE(progress(f), QStringLiteral("Step 2 of 7"));
        QVERIFY(press(Qt::Key_Space)); // eased tension
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Space)); // not reliving the past
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Space)); // emotional
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Space)); // happy thoughts
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("tearsGroup_few"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Return, Qt::NoModifier, 5));
        QCOMPARE(progress(f), QStringLiteral("Step 7 of 7"));
        QCOMPARE(focusName(), QStringLiteral("notesEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sunlit kitchen morning"));
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        QTRY_VERIFY(f.find(QStringLiteral("reflectionSummary"))->isVisible());

        core::JournalStore* store = f.session->store();
        auto entries = store->entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const core::Entry saved = entries->first();
        QCOMPARE(saved.notes, QStringLiteral("Sunlit kitchen morning"));
        QCOMPARE(saved.tension, core::Tension::Relieved);
        QCOMPARE(saved.traumaReliving, core::TraumaReliving::No);
        QCOMPARE(saved.responseKind, core::ResponseKind::Emotional);
        QCOMPARE(saved.thoughts, core::Thoughts::Happy);
        QCOMPARE(saved.tears, core::Tears::Few);

        // Done goes home; Ctrl+F finds the note in the journal.
        QVERIFY(press(Qt::Key_D, Qt::AltModifier));
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("home"));
        QVERIFY(press(Qt::Key_F, Qt::ControlModifier));
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("journal"));
        QCOMPARE(focusName(), QStringLiteral("journalSearch"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kitchen"));
        auto* model = f.find<QTableView>(QStringLiteral("journalTable"))->model();
        auto* journalModel = qobject_cast<ui::JournalTableModel*>(model);
        QVERIFY(journalModel);
        QTRY_COMPARE(journalModel->rowCount(), 1);
        QVERIFY(f.find<QTextEdit>(QStringLiteral("entryDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("Sunlit kitchen morning")));

        // Edit from the journal opens the same flow, prefilled; saving updates it in place.
        f.find<QAbstractButton>(QStringLiteral("editEntryButton"))->click();
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("reflect"));
        QCOMPARE(f.find<QLabel>(QStringLiteral("reflectHeading"))->text(),
                 QStringLiteral("Edit your reflection"));
        // The moment is the one saved, not "now".
        QCOMPARE(inFlow<QLabel>(f, "whenLabel")->text(), QStringLiteral("When it &happened"));
        QVERIFY(!inFlow<QLabel>(f, "whenHint")->text().contains(QStringLiteral("now")));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(inFlow<QAbstractButton>(f, "tearsGroup_few")->isChecked());
        QTRY_COMPARE(focusName(), QStringLiteral("tensionGroup_relieved"));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("tensionGroup_unchanged"));
        QVERIFY(press(Qt::Key_Return, Qt::NoModifier, 5));
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        // Saving a change goes back to the Journal with that entry open, no thank-you page.
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("journal"));
        QVERIFY(!f.find(QStringLiteral("reflectionSummary"))->isVisible());
        auto* table = f.find<QTableView>(QStringLiteral("journalTable"));
        QCOMPARE(table->currentIndex().data(ui::JournalTableModel::EntryIdRole).toString(),
                 saved.id);
        QVERIFY(f.find<QTextEdit>(QStringLiteral("entryDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("Sunlit kitchen morning")));
        QCOMPARE(store->countEntries().value(), 1);
        QCOMPARE(store->entry(saved.id)->tension, core::Tension::Unchanged);
        QCOMPARE(store->entry(saved.id)->notes, saved.notes);
    }

    void lockMidReflectionEmptiesTheWindowAndComesBack()
    {
        ShellFixture f;
        f.createJournal();
        f.openWindow();
        f.window->journal()->newReflection();
        QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 4));
        QCOMPARE(focusName(), QStringLiteral("thoughtsTextEdit"));
        const QString secret = QStringLiteral("moonlit-harbour-thought");
        QTest::keyClicks(QApplication::focusWidget(), secret);
        QVERIFY(!test::textsContaining(secret).isEmpty());

        QVERIFY(press(Qt::Key_L, Qt::ControlModifier));
        QTRY_VERIFY(!f.session->isUnlocked());
        QVERIFY2(test::textsContaining(secret).isEmpty(),
                 qPrintable(test::textsContaining(secret).join(QStringLiteral(" | "))));

        auto journal = f.journal.unlock();
        QVERIFY(journal);
        f.session->adopt(std::move(*journal));
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("reflect"));
        QCOMPARE(progress(f), QStringLiteral("Step 2 of 7"));
        QCOMPARE(inFlow<QLineEdit>(f, "thoughtsTextEdit")->text(), secret);
        QVERIFY(inFlow<QAbstractButton>(f, "tensionGroup_relieved")->isChecked());
        auto* page = qobject_cast<ui::ReflectPage*>(f.window->page(QStringLiteral("reflect")));
        QVERIFY(page && page->hasDraft());
    }

    void homeOffersTheUnfinishedReflection()
    {
        ShellFixture f;
        f.createJournal();
        f.openWindow();
        auto* draftLink = f.find<QAbstractButton>(QStringLiteral("homeDraft"));
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("home"));
        QVERIFY(!draftLink->isVisible());

        f.window->journal()->newReflection();
        QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
        QCOMPARE(inFlow<QLabel>(f, "whenLabel")->text(), QStringLiteral("&Date and time"));
        QVERIFY(inFlow<QLabel>(f, "whenHint")->text().contains(QStringLiteral("now")));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(press(Qt::Key_Space));
        QCOMPARE(progress(f), QStringLiteral("Step 2 of 7"));

        // Leaving for Home keeps the draft, and Home says so with the day it is from.
        f.window->showPage(QStringLiteral("home"));
        QTRY_VERIFY(draftLink->isVisible());
        const QString day =
            QLocale().toString(core::Clock::instance().now().date(), QStringLiteral("d MMMM"));
        QVERIFY2(draftLink->text().startsWith(
                     QStringLiteral("You have an unfinished reflection from ")) &&
                     draftLink->text().contains(day) &&
                     draftLink->text().endsWith(QStringLiteral("— continue")),
                 qPrintable(draftLink->text()));
        draftLink->click();
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("reflect"));
        QCOMPARE(progress(f), QStringLiteral("Step 2 of 7"));
        QVERIFY(inFlow<QAbstractButton>(f, "tensionGroup_relieved")->isChecked());

        // After the app was closed and the journal opened again, it continues from the store.
        f.closeWindow();
        auto journal = f.journal.unlock();
        QVERIFY(journal);
        f.openWindow();
        f.session->adopt(std::move(*journal));
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("home"));
        draftLink = f.find<QAbstractButton>(QStringLiteral("homeDraft"));
        QTRY_VERIFY(draftLink->isVisible());
        draftLink->click();
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("reflect"));
        QCOMPARE(progress(f), QStringLiteral("Step 2 of 7"));
        QVERIFY(inFlow<QAbstractButton>(f, "tensionGroup_relieved")->isChecked());

        // "Finish later" keeps it for Home; without a draft, the note goes away.
        inFlow<QAbstractButton>(f, "finishLaterButton")->click();
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("home"));
        QTRY_VERIFY(draftLink->isVisible());
        QVERIFY(f.session->store()->discardDraft());
        QTRY_VERIFY(!draftLink->isVisible());
    }

    void quickLogFitsASmallWindowWithoutScrolling()
    {
        ShellFixture f;
        f.createJournal();
        f.openWindow();
        f.window->resize(1000, 700);
        f.find<QAbstractButton>(QStringLiteral("homeQuickLog"))->click();
        QTRY_COMPARE(f.window->currentPage(), QStringLiteral("reflect"));
        auto* scroll = f.find<QScrollArea>(QStringLiteral("quickLogScroll"));
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->isVisible());
        QTRY_COMPARE(f.window->size(), QSize(1000, 700));
        // Date, all five questions with every answer, and the notes: nothing below the fold.
        QTRY_VERIFY(scroll->widget()->size() == scroll->viewport()->size());
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const QRect visible = scroll->viewport()->rect();
        for (const char* name : {"quickWhenEdit", "tearsGroup_none", "responseGroup_unsure",
                                 "quickNotesEdit", "thoughtsTextEdit"}) {
            auto* widget = scroll->widget()->findChild<QWidget*>(QLatin1StringView(name));
            QVERIFY2(widget, name);
            const QRect where(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
            QVERIFY2(visible.contains(where), name);
        }
    }
};

QTEST_MAIN(tst_ReflectInMainWindow)
#include "tst_ReflectInMainWindow.moc"
