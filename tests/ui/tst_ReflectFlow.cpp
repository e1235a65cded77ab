// The guided reflection driven the way a keyboard user drives it, plus the parts of the flow
// that respond to answers: the required five, the pain information, consent support, the summary
// after saving, and editing.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "core/support/CrisisLines.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/session/Session.h"
#include "ui/widgets/SupportPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QtTest>

#include "tests/support/TestJournal.h"
#include "tests/ui/UnlockedJournal.h"

#include "tests/ui/Keyboard.h"

using namespace aftercare;
using test::focusName;
using test::press;
using test::type;

namespace {

const char* const passphrase = "a calm and quiet evening";

// A finished reflection from earlier, bothering the user "a little".
core::Entry completeEntry(const QDateTime& when)
{
    core::Entry e = test::sampleEntry(when, QStringLiteral("An older evening."));
    e.bother = 1;
    return e;
}

} // namespace

class tst_ReflectFlow : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::ReflectPage> m_page;

    core::JournalStore& store() { return m_journal.store(); }

    // The guided flow and the quick log share question names; look in the guided flow first.
    template <typename T = QWidget> T* child(const char* name)
    {
        return test::findIn<T>(m_page.get(), QStringLiteral("reflectFlow"), name);
    }

    QString progress() { return child<QLabel>("stepProgressText")->text(); }

    void showPage()
    {
        m_page = std::make_unique<ui::ReflectPage>(m_journal.session.get());
        m_page->resize(900, 900);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(22, 41, 30)), passphrase);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        showPage();
    }

    void cleanup()
    {
        m_page.reset();
        m_journal.close();
    }

    void keyboardOnlyFlowSavesExactlyTheChoices()
    {
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);

        // Start from the Reflect page's own button, by its mnemonic.
        QVERIFY(press(Qt::Key_R, Qt::AltModifier));
        QTRY_COMPARE(focusName(), QStringLiteral("whenEdit"));
        QCOMPARE(progress(), QStringLiteral("Step 1 of 7"));

        // When: one day earlier, after sex, with a partner named on the spot.
        QVERIFY(press(Qt::Key_Down));
        for (int i = 0; i < 10 && focusName() == QStringLiteral("whenEdit"); ++i)
            QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("timingGroup_during"));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("timingGroup_after"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("partnerCombo"));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("newPartnerEdit"));
        QVERIFY(type(QStringLiteral("Sam")));
        QVERIFY(press(Qt::Key_Return)); // adds the name, stays on this step
        QCOMPARE(focusName(), QStringLiteral("partnerCombo"));
        QCOMPARE(child<QComboBox>("partnerCombo")->currentText(), QStringLiteral("Sam"));
        QCOMPARE(progress(), QStringLiteral("Step 1 of 7"));
        QVERIFY(press(Qt::Key_Return));

        // The five questions: Enter is refused until all five are answered.
        QCOMPARE(progress(), QStringLiteral("Step 2 of 7"));
        QCOMPARE(focusName(), QStringLiteral("tensionGroup_relieved"));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(progress(), QStringLiteral("Step 2 of 7"));
        auto* message = child<QLabel>("flowMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("tension")));
        QVERIFY(message->text().contains(QStringLiteral("how it showed")));

        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("tensionGroup_unchanged"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("traumaGroup_no"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Down, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("responseGroup_both"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("thoughtsGroup_mixed"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("thoughtsTextEdit"));
        QVERIFY(type(QStringLiteral("the trip to the coast")));
        // One question left: Enter names only that one and points the focus at it.
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(progress(), QStringLiteral("Step 2 of 7"));
        QVERIFY(message->text().contains(QStringLiteral("how it showed")));
        QVERIFY(!message->text().contains(QStringLiteral("tension")));
        QCOMPARE(focusName(), QStringLiteral("tearsGroup_few"));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("tearsGroup_session"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(!message->isVisible());
        QVERIFY(press(Qt::Key_Return));

        // Feelings: joy and calm.
        QCOMPARE(progress(), QStringLiteral("Step 3 of 7"));
        QCOMPARE(focusName(), QStringLiteral("emotionChips_joy"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 3));
        QCOMPARE(focusName(), QStringLiteral("emotionChips_calm"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Return));

        // Possible reasons: biological and pain, moderate pain; pain brings up its information.
        QCOMPARE(progress(), QStringLiteral("Step 4 of 7"));
        QCOMPARE(focusName(), QStringLiteral("reasonsList_joy"));
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 4));
        QCOMPARE(focusName(), QStringLiteral("reasonsList_biological"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(!child("painInfo")->isVisible());
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("reasonsList_pain"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(child("painInfo")->isVisible());
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 5));
        QCOMPARE(focusName(), QStringLiteral("painGroup_none"));
        QVERIFY(press(Qt::Key_Down, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("painGroup_moderate"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Return));

        // Partner and safety: the consent question first.
        QCOMPARE(progress(), QStringLiteral("Step 5 of 7"));
        QCOMPARE(focusName(), QStringLiteral("limitsGroup_yes"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(!child("consentCare")->isVisible());
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("partnerResponseGroup_comforted"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Return));

        // Wellbeing: two signs, no recent birth, bothers somewhat.
        QCOMPARE(progress(), QStringLiteral("Step 6 of 7"));
        QCOMPARE(focusName(), QStringLiteral("signsList_irritability"));
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab, Qt::NoModifier, 7));
        QCOMPARE(focusName(), QStringLiteral("signsList_loss_of_interest"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusName(), QStringLiteral("postpartumGroup_yes"));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("postpartumGroup_no"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(press(Qt::Key_Down, Qt::NoModifier, 2));
        QCOMPARE(focusName(), QStringLiteral("botherGroup_somewhat"));
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(press(Qt::Key_Return));

        // Notes and review; Alt+S saves.
        QCOMPARE(progress(), QStringLiteral("Step 7 of 7"));
        QCOMPARE(focusName(), QStringLiteral("notesEdit"));
        QVERIFY(type(QStringLiteral("Felt close afterwards.")));
        const QString review = child<QTextBrowser>("reviewSummary")->toPlainText();
        QVERIFY(review.contains(QStringLiteral("Sam")));
        QVERIFY(review.contains(QStringLiteral("the trip to the coast")));
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        // A mnemonic "animates" the button press, so the click lands a moment later.
        QTRY_COMPARE(saved.count(), 1);
        const QString id = saved.first().first().toString();
        auto stored = store().entry(id);
        QVERIFY(stored);
        auto partners = store().partners();
        QVERIFY(partners);
        QCOMPARE(partners->size(), 1);
        QCOMPARE(partners->first().label, QStringLiteral("Sam"));

        core::Entry expected;
        expected.id = id;
        expected.createdAt = stored->createdAt;
        expected.updatedAt = stored->updatedAt;
        expected.occurredAt = QDateTime(QDate(2026, 3, 4), QTime(22, 41));
        expected.timing = core::Timing::After;
        expected.partnerId = partners->first().id;
        expected.tension = core::Tension::Unchanged;
        expected.traumaReliving = core::TraumaReliving::No;
        expected.responseKind = core::ResponseKind::Both;
        expected.thoughts = core::Thoughts::Mixed;
        expected.thoughtsText = QStringLiteral("the trip to the coast");
        expected.tears = core::Tears::Session;
        expected.emotions = {core::Emotion::Joy, core::Emotion::Calm};
        expected.reasons = {core::Reason::Biological, core::Reason::Pain};
        expected.pain = 2;
        expected.partnerResponse = core::PartnerResponse::Comforted;
        expected.limitsRespected = core::LimitsRespected::Yes;
        expected.depressionSigns = {core::DepressionSign::Sadness,
                                    core::DepressionSign::LossOfInterest};
        expected.postpartum = false;
        expected.bother = 2;
        expected.notes = QStringLiteral("Felt close afterwards.");
        QCOMPARE(stored->occurredAt, expected.occurredAt);
        QCOMPARE(stored->emotions.keys(), expected.emotions.keys());
        QCOMPARE(stored->reasons.keys(), expected.reasons.keys());
        QCOMPARE(stored->depressionSigns.keys(), expected.depressionSigns.keys());
        QVERIFY(*stored == expected);

        // Saving leaves no draft behind and shows the tailored summary.
        auto draft = store().draft();
        QVERIFY(draft && !draft->has_value());
        QTRY_VERIFY(child("reflectionSummary")->isVisible());
        QVERIFY(child("advice_pain"));
        QVERIFY(child("advice_depression"));
        QVERIFY(child("advice_bother"));
        QVERIFY(!child("advice_reassurance"));
        QCOMPARE(focusName(), QStringLiteral("summaryDoneButton"));
    }

    void summaryLinksOpenTheGuide()
    {
        store().addEntry(completeEntry(m_journal.clock->now().addDays(-3))).value();
        m_page->startGuided();
        child<QAbstractButton>("nextButton")->click();
        for (const char* name :
             {"tensionGroup_relieved", "traumaGroup_no", "responseGroup_emotional",
              "thoughtsGroup_happy", "tearsGroup_few"})
            child<QAbstractButton>(name)->click();
        child<QAbstractButton>("emotionChips_love")->click();
        for (int i = 0; i < 5; ++i)
            child<QAbstractButton>("nextButton")->click();
        QSignalSpy guide(m_page.get(), &ui::ReflectPage::guideRequested);
        QSignalSpy help(m_page.get(), &ui::ReflectPage::helpNowRequested);
        QSignalSpy closed(m_page.get(), &ui::ReflectPage::closed);
        child<QAbstractButton>("nextButton")->click();
        QTRY_VERIFY(child("reflectionSummary")->isVisible());
        QVERIFY(child("advice_reassurance"));
        child<QAbstractButton>("advice_reassurance_guide_understanding")->click();
        QCOMPARE(guide.count(), 1);
        QCOMPARE(guide.first().first().toString(), QStringLiteral("understanding"));
        child<QAbstractButton>("summaryHelpNow")->click();
        QCOMPARE(help.count(), 1);
        child<QAbstractButton>("summaryDoneButton")->click();
        QCOMPARE(closed.count(), 1);
        QTRY_VERIFY(child("reflectIdle")->isVisible());
        QCOMPARE(store().countEntries().value(), 2);
    }

    void theFiveAreRequired()
    {
        m_page->startGuided();
        auto* next = child<QAbstractButton>("nextButton");
        next->click();
        QCOMPARE(progress(), QStringLiteral("Step 2 of 7"));
        next->click();
        QCOMPARE(progress(), QStringLiteral("Step 2 of 7"));
        const QString text = child<QLabel>("flowMessage")->text();
        for (const char* part :
             {"tension", "reliving the past", "emotional or physical", "thoughts", "how it showed"})
            QVERIFY2(text.contains(QLatin1StringView(part)), part);
        QCOMPARE(focusName(), QStringLiteral("tensionGroup_relieved"));
        // Back still works and nothing was saved.
        child<QAbstractButton>("backButton")->click();
        QCOMPARE(progress(), QStringLiteral("Step 1 of 7"));
        QCOMPARE(store().countEntries().value(), 0);
    }

    void painSeverityAloneShowsPainInformation()
    {
        m_page->startGuided();
        child<QAbstractButton>("nextButton")->click();
        for (const char* name : {"tensionGroup_worse", "traumaGroup_unsure",
                                 "responseGroup_physical", "thoughtsGroup_sad", "tearsGroup_few"})
            child<QAbstractButton>(name)->click();
        child<QAbstractButton>("nextButton")->click();
        child<QAbstractButton>("nextButton")->click();
        QCOMPARE(progress(), QStringLiteral("Step 4 of 7"));
        QWidget* info = child("painInfo");
        QVERIFY(!info->isVisible());
        child<QAbstractButton>("painGroup_mild")->click();
        QVERIFY(info->isVisible());
        QVERIFY(child<QLabel>("painInfo_text")->text().contains(QStringLiteral("doctor")));
        QSignalSpy guide(m_page.get(), &ui::ReflectPage::guideRequested);
        child<QAbstractButton>("painInfo_guide_pain")->click();
        QCOMPARE(guide.count(), 1);
        QCOMPARE(guide.first().first().toString(), QStringLiteral("pain"));
        child<QAbstractButton>("painGroup_none")->click();
        QVERIFY(!info->isVisible());
    }

    void consentNoShowsSupportWithSavedContacts()
    {
        QVERIFY(store().setSetting(ui::SupportPanel::therapistKey,
                                   QStringLiteral("Dr. Rivera, 555 0100")));
        m_page->startGuided();
        child<QAbstractButton>("nextButton")->click();
        for (const char* name : {"tensionGroup_worse", "traumaGroup_no", "responseGroup_emotional",
                                 "thoughtsGroup_sad", "tearsGroup_session"})
            child<QAbstractButton>(name)->click();
        for (int i = 0; i < 3; ++i)
            child<QAbstractButton>("nextButton")->click();
        QCOMPARE(progress(), QStringLiteral("Step 5 of 7"));

        // By keyboard: the consent question has the focus; arrow to "No", Space.
        QCOMPARE(focusName(), QStringLiteral("limitsGroup_yes"));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusName(), QStringLiteral("limitsGroup_no"));
        QVERIFY(!child("consentCare")->isVisible());
        QVERIFY(press(Qt::Key_Space));
        QVERIFY(child("consentCare")->isVisible());
        auto* panel = child("consentCare")->findChild<ui::SupportPanel*>();
        QVERIFY(panel && panel->isVisible());
        auto* therapist = panel->findChild<QLabel*>(QStringLiteral("supportTherapist"));
        QVERIFY(therapist && therapist->isVisible());
        QVERIFY(therapist->text().contains(QStringLiteral("Dr. Rivera")));
        QSignalSpy settings(m_page.get(), &ui::ReflectPage::settingsRequested);
        panel->findChild<QAbstractButton*>(QStringLiteral("supportEditContacts"))->click();
        QCOMPARE(settings.count(), 1);

        // "Not sure" swaps the support for a gentle note; "Yes" hides both.
        child<QAbstractButton>("limitsGroup_unsure")->click();
        QVERIFY(!child("consentCare")->isVisible());
        QVERIFY(child("consentUnsure")->isVisible());
        child<QAbstractButton>("limitsGroup_no")->click();
        QVERIFY(child("consentCare")->isVisible());

        // Saving with "no" gives care and support only, no analysis.
        child<QAbstractButton>("nextButton")->click();
        child<QAbstractButton>("nextButton")->click();
        child<QAbstractButton>("nextButton")->click();
        QTRY_VERIFY(child("reflectionSummary")->isVisible());
        QWidget* card = child("advice_consent");
        QVERIFY(card && card->isVisible());
        QVERIFY(card->findChild<ui::SupportPanel*>());
        QVERIFY(!child("advice_emotional"));
        QVERIFY(!child("advice_reassurance"));
        QVERIFY(!child<QLabel>("summaryIntro")->text().contains(QStringLiteral("thoughts")));
    }

    // Support for a consent "no" before any other question: the link on step 1 goes straight
    // to it, and the reflection saves with the five questions unanswered.
    void consentSupportBeforeTheFiveQuestions()
    {
        core::CrisisLines::setPreferredTerritory(QStringLiteral("GB"));
        m_page->startGuided();
        QCOMPARE(progress(), QStringLiteral("Step 1 of 7"));
        auto* link = child<QAbstractButton>("somethingNotOkayLink");
        QVERIFY(link && link->isVisible());
        link->click();
        QCOMPARE(progress(), QStringLiteral("Step 5 of 7"));
        QVERIFY(!link->isVisible());
        QCOMPARE(focusName(), QStringLiteral("limitsGroup_yes"));
        child<QAbstractButton>("limitsGroup_no")->click();
        auto* care = child("consentCare");
        QVERIFY(care->isVisible());
        // Care first, not thanks, on the step too.
        for (QLabel* label : care->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(u"Thank you"), qPrintable(label->text()));
        // The support sits right under the question, above every other question on the step.
        QVERIFY(care->y() < child("partnerResponseGroup")->y());
        auto* lines = care->findChild<QLabel*>(QStringLiteral("supportCrisisLines"));
        QVERIFY2(lines->text().contains(u"0808 500 2222"), qPrintable(lines->text()));

        // Save with the five questions unanswered.
        for (int i = 0; i < 3; ++i)
            child<QAbstractButton>("nextButton")->click();
        QTRY_VERIFY(child("reflectionSummary")->isVisible());
        const auto entries = store().entries();
        QVERIFY(entries && entries->size() == 1);
        QCOMPARE(entries->first().limitsRespected, core::LimitsRespected::No);
        QVERIFY(!entries->first().tension.has_value());
        // It opens with care, not thanks, and names the sexual-assault line.
        const QString heading = child<QLabel>("summaryHeading")->text();
        QVERIFY2(!heading.contains(u"Thank you"), qPrintable(heading));
        auto* summaryLines =
            child("advice_consent")->findChild<QLabel*>(QStringLiteral("supportCrisisLines"));
        QVERIFY(summaryLines->text().contains(u"0808 500 2222"));
        core::CrisisLines::setPreferredTerritory({});
    }

    void withoutAConsentNoTheFiveQuestionsStillCount()
    {
        m_page->startGuided();
        child<QAbstractButton>("somethingNotOkayLink")->click();
        child<QAbstractButton>("limitsGroup_yes")->click();
        for (int i = 0; i < 3; ++i)
            child<QAbstractButton>("nextButton")->click();
        // Back at the five questions, with the gentle message.
        QCOMPARE(progress(), QStringLiteral("Step 2 of 7"));
        QVERIFY(child("flowMessage")->isVisible());
        QCOMPARE(store().entries()->size(), 0);
    }

    void editPrefillsAndUpdates()
    {
        auto added = store().addEntry(completeEntry(m_journal.clock->now().addDays(-10)));
        QVERIFY(added);
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);
        QSignalSpy editSaved(m_page.get(), &ui::ReflectPage::editSaved);
        m_page->editEntry(added->id);
        QCOMPARE(child<QLabel>("reflectHeading")->text(), QStringLiteral("Edit your reflection"));
        QCOMPARE(child<QLabel>("whenLabel")->text(), QStringLiteral("When it &happened"));
        child<QAbstractButton>("nextButton")->click();
        QVERIFY(child<QAbstractButton>("tensionGroup_relieved")->isChecked());
        QVERIFY(child<QAbstractButton>("thoughtsGroup_happy")->isChecked());
        child<QAbstractButton>("tearsGroup_session")->click();
        for (int i = 0; i < 4; ++i)
            child<QAbstractButton>("nextButton")->click();
        QVERIFY(child<QAbstractButton>("botherGroup_a_little")->isChecked());
        child<QAbstractButton>("botherGroup_very_much")->click();
        child<QAbstractButton>("nextButton")->click();
        QCOMPARE(child<QPlainTextEdit>("notesEdit")->toPlainText(),
                 QStringLiteral("An older evening."));
        child<QAbstractButton>("nextButton")->click();

        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), added->id);
        // A change goes back to the journal (the shell's business), not to the thank-you page.
        QCOMPARE(editSaved.count(), 1);
        QCOMPARE(editSaved.first().first().toString(), added->id);
        QVERIFY(!child("reflectionSummary")->isVisible());
        QCOMPARE(store().countEntries().value(), 1);
        auto stored = store().entry(added->id);
        QVERIFY(stored);
        core::Entry expected = *added;
        expected.tears = core::Tears::Session;
        expected.bother = 4;
        expected.updatedAt = stored->updatedAt;
        QVERIFY(*stored == expected);
        QCOMPARE(stored->occurredAt, added->occurredAt);
    }
};

QTEST_MAIN(tst_ReflectFlow)
#include "tst_ReflectFlow.moc"
