// Tags in the guided reflection and the quick log, by keyboard: a draft brings its tags back, a
// tag added by typing is autosaved with the draft and saved with the entry, and Enter in the tag
// field adds the tag instead of moving on or saving.
#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/reflect/ReflectionSaver.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/session/Session.h"
#include "ui/widgets/TagPicker.h"

#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "tests/support/TestJournal.h"
#include "tests/ui/Keyboard.h"
#include "tests/ui/UnlockedJournal.h"

using namespace aftercare;
using test::focusName;
using test::press;
using test::type;

class tst_TagsInReflection : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::ReflectPage> m_page;

    core::JournalStore& store() { return m_journal.store(); }

    template <typename T = QWidget> T* child(const QString& name)
    {
        return m_page->findChild<T*>(name);
    }

    // An unfinished reflection with the five answers and `tags`, at `step`.
    void saveDraft(const QStringList& tags, int step)
    {
        core::Draft draft;
        draft.entry = test::sampleEntry(m_journal.clock->now().addSecs(-3600));
        draft.entry.id.clear();
        draft.entry.tags = tags;
        draft.step = step;
        QVERIFY(store().saveDraft(draft));
    }

    // Enter in the tag field, where a person's key would go: to the completion list while it is
    // open (the offscreen platform does not hand the keyboard back to the window by itself).
    static void enter(ui::TagPicker* picker)
    {
        QWidget* target = QApplication::activePopupWidget();
        QTest::keyClick(target ? target : picker->input(), Qt::Key_Return);
    }

    // After the completion list closed, the keyboard is back in the window's tag field.
    void backToTheField(ui::TagPicker* picker)
    {
        m_page->activateWindow();
        picker->input()->setFocus();
        QTRY_COMPARE(focusName(), picker->input()->objectName());
    }

    int visibleSuggestions(const QString& picker)
    {
        int n = 0;
        for (auto* b : child<ui::TagPicker>(picker)->findChildren<QPushButton*>()) {
            if (b->objectName().startsWith(picker + QStringLiteral("Suggestion_")) &&
                b->isVisibleTo(m_page.get()))
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(21, 30)), "evening tea");
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

    void guidedFlowKeepsTagsInTheDraftAndSavesThem()
    {
        saveDraft({QStringLiteral("a stressful day")}, 6);
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);
        m_page->continueUnfinished();
        auto* picker = child<ui::TagPicker>(QStringLiteral("reviewTags"));
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        // The draft's tag is back.
        QCOMPARE(picker->tags(), QStringList{QStringLiteral("a stressful day")});
        QVERIFY(child(QStringLiteral("reviewTagsTag_a stressful day")));

        // Alt+T goes to the tag field; typing and Enter adds a tag and does not save.
        QVERIFY(press(Qt::Key_T, Qt::AltModifier));
        QTRY_COMPARE(focusName(), QStringLiteral("reviewTagsInput"));
        QVERIFY(type(QStringLiteral("slept badly")));
        enter(picker);
        QCOMPARE(picker->tags(),
                 QStringList({QStringLiteral("a stressful day"), QStringLiteral("slept badly")}));
        QCOMPARE(saved.count(), 0);
        // The draft keeps it (autosave).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto draft = store().draft();
                return draft && draft->has_value() && (*draft)->entry.tags.size() == 2;
            }(),
            5000);

        // Backspace in the empty field takes the new tag off again, and it is added back.
        QTest::keyClick(picker->input(), Qt::Key_Backspace);
        QCOMPARE(picker->tags().size(), 1);
        QTest::keyClicks(picker->input(), QStringLiteral("slept badly"));
        enter(picker);
        QCOMPARE(picker->tags().size(), 2);
        backToTheField(picker);

        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        QTRY_COMPARE(saved.count(), 1);
        const auto entry = store().entry(saved.first().first().toString());
        QVERIFY(entry);
        QCOMPARE(entry->tags,
                 QStringList({QStringLiteral("a stressful day"), QStringLiteral("slept badly")}));
        // They are the journal's tags now.
        const auto tags = store().tags();
        QVERIFY(tags);
        QCOMPARE(tags->size(), 2);
    }

    void quickLogTakesTagsByKeyboard()
    {
        saveDraft({}, ui::ReflectionSaver::quickLogStep);
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);
        m_page->continueUnfinished();
        auto* picker = child<ui::TagPicker>(QStringLiteral("quickTags"));
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        // Compact, to fit a small window: a journal without tags offers the eight suggestions in
        // the list that Down opens, none of them chosen.
        QCOMPARE(visibleSuggestions(QStringLiteral("quickTags")), 0);
        QVERIFY(picker->tags().isEmpty());
        // Its hint is the field's only instruction, so it is shown whole (it was cut off).
        const QLineEdit* input = picker->input();
        QVERIFY(input->placeholderText().contains(QStringLiteral("Down for ideas")));
        QVERIFY2(input->width() >
                     input->fontMetrics().horizontalAdvance(input->placeholderText()) + 8,
                 qPrintable(QString::number(input->width())));
        // The tags share the first row with the date; as tags are added the row grows downwards
        // and the date stays where it was (it used to slide down to the row's middle).
        const QWidget* when = child<QWidget>(QStringLiteral("quickWhenEdit"));
        QVERIFY(when);
        const int whenTop = when->mapTo(m_page.get(), QPoint()).y();
        picker->setTags({QStringLiteral("a stressful day"), QStringLiteral("very tired")});
        QTRY_VERIFY(picker->height() > input->height() * 3 / 2);
        QCOMPARE(when->mapTo(m_page.get(), QPoint()).y(), whenTop);
        picker->setTags({});
        picker->input()->setFocus();
        QTRY_COMPARE(focusName(), QStringLiteral("quickTagsInput"));
        QTest::keyClick(picker->input(), Qt::Key_Down);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QCOMPARE(picker->findChild<QCompleter*>()->completionCount(), 8);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QVERIFY(picker->tags().isEmpty());
        backToTheField(picker);

        QVERIFY(press(Qt::Key_T, Qt::AltModifier));
        QTRY_COMPARE(focusName(), QStringLiteral("quickTagsInput"));
        QVERIFY(type(QStringLiteral("wine")));
        enter(picker);
        QCOMPARE(picker->tags(), QStringList{QStringLiteral("wine")});
        backToTheField(picker);
        QCOMPARE(saved.count(), 0); // Enter added the tag; it did not save the log
        // With the field empty, Enter saves, as everywhere in the quick log.
        QVERIFY(press(Qt::Key_Return));
        QTRY_COMPARE(saved.count(), 1);
        const auto entry = store().entry(saved.first().first().toString());
        QVERIFY(entry);
        QCOMPARE(entry->tags, QStringList{QStringLiteral("wine")});
    }

    void theJournalsTagsCompleteNextTime()
    {
        core::Entry tagged = test::sampleEntry(m_journal.clock->now().addDays(-2));
        tagged.tags = {QStringLiteral("An argument before")};
        QVERIFY(store().addEntry(tagged));
        saveDraft({}, ui::ReflectionSaver::quickLogStep);
        m_page->continueUnfinished();
        auto* picker = child<ui::TagPicker>(QStringLiteral("quickTags"));
        QTRY_VERIFY(picker && picker->isVisible());
        QCOMPARE(visibleSuggestions(QStringLiteral("quickTags")), 0);
        backToTheField(picker);
        QVERIFY(type(QStringLiteral("argu")));
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
        QTRY_COMPARE(picker->tags(), QStringList{QStringLiteral("An argument before")});
    }
};

QTEST_MAIN(tst_TagsInReflection)
#include "tst_TagsInReflection.moc"
