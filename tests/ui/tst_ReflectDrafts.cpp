// The unfinished reflection is never lost: every step change and every pause in typing saves it
// as the store's draft; locking, closing the page or restarting the app brings it back, and the
// next visit offers to continue it or let it go.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/session/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QtTest>

#include "tests/ui/UnlockedJournal.h"

#include "tests/ui/Keyboard.h"
#include "tests/ui/WidgetTexts.h"

using namespace aftercare;

namespace {

const char* const passphrase = "a calm and quiet evening";
const QString secretNote = QStringLiteral("zebra-lanterns-by-the-river");

} // namespace

class tst_ReflectDrafts : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::ReflectPage> m_page;

    QString dir() const { return m_journal.dir(); }
    core::JournalStore& store() { return m_journal.store(); }

    // The guided flow and the quick log share question names; look in the guided flow first.
    template <typename T = QWidget> T* child(const char* name)
    {
        return test::findIn<T>(m_page.get(), QStringLiteral("reflectFlow"), name);
    }
    void click(const char* name)
    {
        auto* button = child<QAbstractButton>(name);
        QVERIFY2(button, name);
        button->click();
    }
    QString progress() { return child<QLabel>("stepProgressText")->text(); }
    std::optional<core::Draft> draft()
    {
        auto d = store().draft();
        return d ? *d : std::nullopt;
    }

    void newPage()
    {
        m_page = std::make_unique<ui::ReflectPage>(m_journal.session.get());
        m_page->resize(900, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void reopen()
    {
        auto journal = core::Journal::unlock(dir(), core::SecretBytes::fromUtf8(passphrase));
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message()));
        m_journal.session->adopt(std::move(*journal));
    }

    // Starts a reflection and gets to the feelings step with a few answers and a note-like
    // thought, so there is something worth keeping.
    void reflectUpToFeelings()
    {
        m_page->startGuided();
        click("timingGroup_both");
        click("nextButton");
        for (const char* name :
             {"tensionGroup_worse", "traumaGroup_unsure", "responseGroup_emotional",
              "thoughtsGroup_sad", "tearsGroup_session"})
            click(name);
        child<QLineEdit>("thoughtsTextEdit")->setText(secretNote);
        click("nextButton");
        click("emotionChips_loneliness");
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(22, 41, 30)), passphrase);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        newPage();
    }

    void cleanup()
    {
        m_page.reset();
        m_journal.close();
    }

    void openingAndLeavingWithoutAnswersLeavesNoDraft()
    {
        m_page->startGuided();
        QVERIFY(!m_page->hasDraft());
        QSignalSpy closed(m_page.get(), &ui::ReflectPage::closed);
        click("finishLaterButton");
        QCOMPARE(closed.count(), 1);
        QVERIFY(!m_page->hasDraft());
    }

    void everyStepChangeSavesTheDraft()
    {
        m_page->startGuided();
        click("timingGroup_after");
        click("nextButton");
        auto d = draft();
        QVERIFY(d);
        QCOMPARE(d->step, 1);
        QCOMPARE(d->entry.timing, core::Timing::After);
        QVERIFY(!d->entry.tension);
        QCOMPARE(d->savedAt, m_journal.clock->now());

        click("backButton");
        QCOMPARE(draft()->step, 0);
    }

    void aPauseInTypingSavesTheDraft()
    {
        reflectUpToFeelings();
        QCOMPARE(draft()->step, 2);
        QVERIFY(!draft()->entry.emotions.contains(core::Emotion::Loneliness));
        // No step change: the short autosave after the last change keeps it anyway (a crash
        // from here on loses nothing).
        QTRY_VERIFY(draft()->entry.emotions.contains(core::Emotion::Loneliness));
        QCOMPARE(draft()->entry.thoughtsText, secretNote);
    }

    void draftSurvivesALockAndComesBackToTheSameStep()
    {
        reflectUpToFeelings();
        m_journal.session->lock();
        QVERIFY(!test::showsText(m_page.get(), secretNote));
        QVERIFY(!child<QAbstractButton>("tensionGroup_worse")->isChecked());
        QVERIFY(!child<QAbstractButton>("emotionChips_loneliness")->isChecked());

        reopen();
        QCOMPARE(progress(), QStringLiteral("Step 3 of 7"));
        QVERIFY(child("reflectFlow")->isVisible());
        QVERIFY(child<QAbstractButton>("emotionChips_loneliness")->isChecked());
        click("backButton");
        QVERIFY(child<QAbstractButton>("tensionGroup_worse")->isChecked());
        QCOMPARE(child<QLineEdit>("thoughtsTextEdit")->text(), secretNote);
        click("backButton");
        QVERIFY(child<QAbstractButton>("timingGroup_both")->isChecked());
    }

    void draftSurvivesAnAppRestart()
    {
        reflectUpToFeelings();
        // The app goes away without any chance to press anything.
        m_page.reset();
        m_journal.session.reset();
        m_journal.session = std::make_unique<ui::Session>(dir());
        reopen();
        newPage();
        QVERIFY(m_page->hasDraft());

        m_page->startGuided();
        QVERIFY(child("resumeOffer")->isVisible());
        auto* resume = child<QAbstractButton>("continueDraftButton");
        QVERIFY(resume->text().contains(QStringLiteral("unfinished reflection from")));
        QVERIFY(resume->text().contains(QStringLiteral("5 March")));
        resume->click();
        QCOMPARE(progress(), QStringLiteral("Step 3 of 7"));
        QVERIFY(child<QAbstractButton>("emotionChips_loneliness")->isChecked());

        // Finishing it saves exactly once and clears the draft.
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);
        for (int i = 0; i < 5; ++i)
            click("nextButton");
        QCOMPARE(saved.count(), 1);
        auto entry = store().entry(saved.first().first().toString());
        QVERIFY(entry);
        QCOMPARE(entry->thoughtsText, secretNote);
        QCOMPARE(entry->timing, core::Timing::Both);
        QVERIFY(!m_page->hasDraft());
    }

    void finishLaterKeepsTheDraftAndDiscardStartsFresh()
    {
        reflectUpToFeelings();
        QSignalSpy closed(m_page.get(), &ui::ReflectPage::closed);
        click("finishLaterButton");
        QCOMPARE(closed.count(), 1);
        QVERIFY(m_page->hasDraft());
        QVERIFY(draft()->entry.emotions.contains(core::Emotion::Loneliness));
        QVERIFY(!test::showsText(m_page.get(), secretNote));

        m_page->startQuickLog();
        QVERIFY(child("resumeOffer")->isVisible());
        click("discardDraftButton");
        QVERIFY(!m_page->hasDraft());
        // The quick log the user asked for, empty.
        QWidget* quickLog = child("quickLog");
        QVERIFY(quickLog->isVisible());
        QVERIFY(!quickLog->findChild<QAbstractButton*>(QStringLiteral("tensionGroup_worse"))
                     ->isChecked());
        QCOMPARE(store().countEntries().value(), 0);
    }

    void anEditInProgressResumesAsAnEdit()
    {
        core::Entry e;
        e.id = core::newId();
        e.occurredAt = QDateTime(QDate(2026, 2, 1), QTime(21, 0));
        e.tears = core::Tears::Few;
        e.tension = core::Tension::Relieved;
        e.traumaReliving = core::TraumaReliving::No;
        e.responseKind = core::ResponseKind::Emotional;
        e.thoughts = core::Thoughts::Happy;
        QVERIFY(store().addEntry(e));
        m_page->editEntry(e.id);
        click("nextButton");
        click("tearsGroup_none");
        m_journal.session->lock();
        reopen();
        QCOMPARE(child<QLabel>("reflectHeading")->text(), QStringLiteral("Edit your reflection"));
        QVERIFY(child<QAbstractButton>("tearsGroup_none")->isChecked());
        for (int i = 0; i < 6; ++i)
            click("nextButton");
        QCOMPARE(store().countEntries().value(), 1);
        QCOMPARE(store().entry(e.id)->tears, core::Tears::None);
    }
};

QTEST_MAIN(tst_ReflectDrafts)
#include "tst_ReflectDrafts.moc"
