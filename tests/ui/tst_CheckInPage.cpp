// The Check-ins page: taking the PHQ-9 and GAD-7, the item-9 safety response the moment it is
// answered, what is stored, the band shown at every edge, the history, and locking.
#include "core/Clock.h"
#include "tests/support/TestJournal.h"
#include "ui/checkin/CheckInPage.h"
#include "ui/checkin/QuestionnaireForm.h"
#include "ui/session/CheckInReminder.h"
#include "ui/session/Session.h"
#include "ui/widgets/SupportPanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace aftercare;

class tst_CheckInPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestJournal> m_tmp;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::CheckInPage> m_page;
    std::unique_ptr<core::ManualClock> m_clock;

    core::JournalStore& store() { return *m_session->store(); }

    template <typename T = QWidget> T* find(const QString& name)
    {
        T* w = m_page->findChild<T*>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    void answer(int item, int value)
    {
        auto* radio =
            find<QRadioButton>(QStringLiteral("checkInItem%1_answer%2").arg(item).arg(value));
        QVERIFY(radio);
        radio->click();
    }

    void answerAll(const QList<int>& answers)
    {
        for (int i = 0; i < answers.size(); ++i)
            answer(i + 1, answers.at(i));
    }

    bool safetyVisible() { return find(QStringLiteral("checkInSafety"))->isVisible(); }

    // Answers that add up to `total` with item 9 left at 0.
    static QList<int> answersFor(int items, int total, bool keepItem9AtZero)
    {
        QList<int> out(items, 0);
        int left = total;
        for (int i = 0; i < items && left > 0; ++i) {
            if (keepItem9AtZero && i == 8)
                continue;
            out[i] = std::min(3, left);
            left -= out[i];
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(
            QDateTime(QDate(2025, 6, 30), QTime(20, 15), Qt::OffsetFromUTC, 3600));
        core::Clock::setInstance(m_clock.get());
        m_tmp = std::make_unique<test::TestJournal>();
        auto created = m_tmp->create();
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message()));
        m_session = std::make_unique<ui::Session>(m_tmp->dir());
        m_session->adopt(std::move(created->journal));
        m_page = std::make_unique<ui::CheckInPage>(m_session.get());
        m_page->resize(900, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        if (m_session)
            m_session->lock();
        m_session.reset();
        m_tmp.reset();
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void item9AboveZeroShowsSupportAtOnce()
    {
        QVERIFY(
            store().setSetting(ui::SupportPanel::crisisKey, QStringLiteral("Local line 555-0100")));
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        QCOMPARE(m_page->view(), ui::CheckInPage::View::Questionnaire);
        QVERIFY(!safetyVisible());
        answer(9, 1);
        // Shown before anything else is answered or saved, with the person's own contact.
        QVERIFY(safetyVisible());
        QVERIFY(store().checkIns()->isEmpty());
        auto* safety = find(QStringLiteral("checkInSafety"));
        auto* crisis = safety->findChild<QLabel*>(QStringLiteral("supportCrisis"));
        QVERIFY(crisis && crisis->isVisible());
        QVERIFY(crisis->text().contains(QStringLiteral("555-0100")));
        QVERIFY(safety->findChild<QLabel*>(QStringLiteral("supportCrisisLines"))->isVisible());
        // Whatever the total: everything else is "not at all".
        answerAll({0, 0, 0, 0, 0, 0, 0, 0, 1});
        QVERIFY(safetyVisible());
        find<QPushButton>(QStringLiteral("checkInSave"))->click();
        QCOMPARE(m_page->view(), ui::CheckInPage::View::Result);
        QVERIFY(find(QStringLiteral("checkInResultSafety"))->isVisible());
        QCOMPARE(find<QLabel>(QStringLiteral("checkInResultTotal"))->text(),
                 QStringLiteral("1 / 27"));
    }

    void item9AtZeroShowsNoSafetyMessage()
    {
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        // Moderate: no safety message, and no support panel either (that starts at 15).
        answerAll({3, 3, 3, 1, 0, 0, 0, 0, 0});
        QVERIFY(!safetyVisible());
        find<QPushButton>(QStringLiteral("checkInSave"))->click();
        QCOMPARE(find<QLabel>(QStringLiteral("checkInResultTotal"))->text(),
                 QStringLiteral("10 / 27"));
        QVERIFY(!find(QStringLiteral("checkInResultSafety"))->isVisible());
    }

    void item9CorrectedToZeroHidesIt()
    {
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        answer(9, 2);
        QVERIFY(safetyVisible());
        answer(9, 0);
        QVERIFY(!safetyVisible());
    }

    void gad7HasNoSafetyItem()
    {
        find<QPushButton>(QStringLiteral("checkInTakeGad7"))->click();
        QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("checkInItem8")));
        answerAll({3, 3, 3, 3, 3, 3, 3});
        QVERIFY(!safetyVisible());
    }

    void storesTheAnswersAndShowsTheResult()
    {
        const QList<int> given{1, 2, 0, 3, 1, 0, 2, 1, 0};
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        auto* save = find<QPushButton>(QStringLiteral("checkInSave"));
        answerAll(given.mid(0, 8));
        QVERIFY(!save->isEnabled()); // one question left
        QVERIFY(store().checkIns()->isEmpty());
        answer(9, 0);
        QVERIFY(save->isEnabled());
        QSignalSpy changed(&store(), &core::JournalStore::checkInsChanged);
        save->click();
        QCOMPARE(changed.count(), 1);

        const QList<core::CheckIn> stored = *store().checkIns();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().instrument, core::Instrument::Phq9);
        QCOMPARE(stored.first().answers, given);
        QCOMPARE(stored.first().takenAt, m_clock->now());
        QCOMPARE(find<QLabel>(QStringLiteral("checkInResultTotal"))->text(),
                 QStringLiteral("10 / 27"));
        QCOMPARE(find<QLabel>(QStringLiteral("checkInResultBand"))->text(),
                 QStringLiteral("Moderate"));
        QVERIFY(find<QLabel>(QStringLiteral("checkInResultNextSteps"))
                    ->text()
                    .contains(QStringLiteral("not a diagnosis")));

        find<QPushButton>(QStringLiteral("checkInResultDone"))->click();
        auto* history = find<QTreeWidget>(QStringLiteral("checkInHistory"));
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("PHQ-9"));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("10"));
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Moderate"));
    }

    void bandAtEveryEdge_data()
    {
        QTest::addColumn<bool>("phq9");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::newRow("phq9 4") << true << 4 << "Minimal";
        QTest::newRow("phq9 5") << true << 5 << "Mild";
        QTest::newRow("phq9 9") << true << 9 << "Mild";
        QTest::newRow("phq9 10") << true << 10 << "Moderate";
        QTest::newRow("phq9 14") << true << 14 << "Moderate";
        QTest::newRow("phq9 15") << true << 15 << "Moderately severe";
        QTest::newRow("phq9 19") << true << 19 << "Moderately severe";
        QTest::newRow("phq9 20") << true << 20 << "Severe";
        QTest::newRow("gad7 4") << false << 4 << "Minimal";
        QTest::newRow("gad7 5") << false << 5 << "Mild";
        QTest::newRow("gad7 10") << false << 10 << "Moderate";
        QTest::newRow("gad7 14") << false << 14 << "Moderate";
        QTest::newRow("gad7 15") << false << 15 << "Severe";
    }

    void bandAtEveryEdge()
    {
        QFETCH(bool, phq9);
        QFETCH(int, total);
        QFETCH(QString, band);
        find<QPushButton>(phq9 ? QStringLiteral("checkInTakePhq9")
                               : QStringLiteral("checkInTakeGad7"))
            ->click();
        const QList<int> given = answersFor(phq9 ? 9 : 7, total, phq9);
        answerAll(given);
        find<QPushButton>(QStringLiteral("checkInSave"))->click();
        QCOMPARE(find<QLabel>(QStringLiteral("checkInResultBand"))->text(), band);
        QVERIFY(find<QLabel>(QStringLiteral("checkInResultBandSentence"))
                    ->text()
                    .startsWith(QStringLiteral("%1 out of %2").arg(total).arg(phq9 ? 27 : 21)));
        QCOMPARE(store().checkIns()->first().answers, given);
    }

    void oneQuestionAtATimeByKeyboard()
    {
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        auto* form = find<ui::QuestionnaireForm>(QStringLiteral("checkInForm"));
        find<QCheckBox>(QStringLiteral("checkInOneAtATime"))->setChecked(true);
        QVERIFY(form->isOneAtATime());
        QVERIFY(find(QStringLiteral("checkInItem1"))->isVisible());
        QVERIFY(!find(QStringLiteral("checkInItem2"))->isVisible());
        auto* next = find<QPushButton>(QStringLiteral("checkInNext"));
        QVERIFY(next->isVisible());
        QVERIFY(!next->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("checkInSave"))->isVisible());

        for (int item = 1; item <= 9; ++item) {
            auto* radio = find<QRadioButton>(QStringLiteral("checkInItem%1_answer1").arg(item));
            QVERIFY(radio->isVisible());
            radio->setFocus();
            QTest::keyClick(radio, Qt::Key_Space);
            QVERIFY(radio->isChecked());
            if (item < 9) {
                QVERIFY(next->isEnabled());
                QTest::keyClick(next, Qt::Key_Space);
                QCOMPARE(form->currentItem(), item);
                QVERIFY(!find(QStringLiteral("checkInItem%1").arg(item))->isVisible());
            }
        }
        // Item 9 answered "several days": the support is there before saving.
        QVERIFY(safetyVisible());
        auto* save = find<QPushButton>(QStringLiteral("checkInSave"));
        QVERIFY(save->isVisible() && save->isEnabled());
        save->click();
        QCOMPARE(store().checkIns()->first().answers, QList<int>(9, 1));
    }

    void cancelStoresNothing()
    {
        find<QPushButton>(QStringLiteral("checkInTakeGad7"))->click();
        answerAll({1, 1, 1});
        find<QPushButton>(QStringLiteral("checkInCancel"))->click();
        QCOMPARE(m_page->view(), ui::CheckInPage::View::History);
        QVERIFY(store().checkIns()->isEmpty());
        find<QPushButton>(QStringLiteral("checkInTakeGad7"))->click();
        QCOMPARE(find<ui::QuestionnaireForm>(QStringLiteral("checkInForm"))->answers(),
                 QList<int>(7, -1));
    }

    void historyNewestFirstAndReopens()
    {
        core::CheckIn older{
            {}, m_clock->now().addDays(-20), core::Instrument::Gad7, {3, 3, 3, 3, 3, 0, 0}};
        core::CheckIn newer{
            {}, m_clock->now().addDays(-2), core::Instrument::Phq9, {0, 0, 0, 0, 0, 0, 0, 0, 2}};
        QVERIFY(store().addCheckIn(older));
        QVERIFY(store().addCheckIn(newer));
        auto* history = find<QTreeWidget>(QStringLiteral("checkInHistory"));
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("PHQ-9"));
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Minimal"));
        QCOMPARE(history->topLevelItem(1)->text(1), QStringLiteral("GAD-7"));
        QCOMPARE(history->topLevelItem(1)->text(2), QStringLiteral("15"));
        QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("Severe"));
        // Item 9 above 0 is marked, calmly; the other is not.
        QCOMPARE(history->topLevelItem(0)->text(4), QStringLiteral("Support was offered"));
        QVERIFY(history->topLevelItem(1)->text(4).isEmpty());
        QVERIFY(!find(QStringLiteral("checkInHistoryEmpty"))->isVisible());

        // Looking back at a result with item 9 above 0 shows the support again.
        history->setCurrentItem(history->topLevelItem(0));
        Q_EMIT history->itemActivated(history->topLevelItem(0), 0);
        QCOMPARE(m_page->view(), ui::CheckInPage::View::Result);
        QVERIFY(find(QStringLiteral("checkInResultSafety"))->isVisible());
    }

    void reminderIsShownAndChangedInSettings()
    {
        // One place for the setting: here it is only stated, with the way to Settings.
        QVERIFY(!m_page->findChild<QCheckBox*>(QStringLiteral("checkInReminderToggle")));
        auto* state = find<QLabel>(QStringLiteral("checkInReminderState"));
        QVERIFY(state->text().contains(QStringLiteral(" on"))); // on unless turned off
        QSignalSpy wanted(m_page.get(), &ui::CheckInPage::reminderSettingsRequested);
        find<QPushButton>(QStringLiteral("checkInReminderSettings"))->click();
        QCOMPARE(wanted.count(), 1);
        QVERIFY(ui::CheckInReminder::setEnabled(store(), false));
        m_page->refresh();
        QVERIFY(state->text().contains(QStringLiteral(" off")));
    }

    void emptyHistoryIsOneFriendlySentence()
    {
        auto* empty = find<QLabel>(QStringLiteral("checkInHistoryEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(!find(QStringLiteral("checkInHistory"))->isVisible());
        // The two cards keep their natural height instead of filling the page.
        for (const char* name : {"checkInTakePhq9", "checkInTakeGad7"}) {
            QWidget* card = find(QString::fromLatin1(name))->parentWidget();
            QVERIFY2(card->height() <= card->sizeHint().height() + 4,
                     qPrintable(QStringLiteral("%1: %2 high, needs %3")
                                    .arg(QLatin1StringView(name))
                                    .arg(card->height())
                                    .arg(card->sizeHint().height())));
        }
    }

    void lockEmptiesThePage()
    {
        find<QPushButton>(QStringLiteral("checkInTakeGad7"))->click();
        answerAll({1, 1, 1, 1, 1, 1, 1});
        find<QPushButton>(QStringLiteral("checkInSave"))->click();
        QCOMPARE(find<QLabel>(QStringLiteral("checkInResultTotal"))->text(),
                 QStringLiteral("7 / 21"));
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        answerAll({2, 2, 2, 0, 0, 0, 0, 0, 1});
        QVERIFY(safetyVisible());
        m_session->lock();
        QCOMPARE(m_page->view(), ui::CheckInPage::View::History);
        QCOMPARE(find<QTreeWidget>(QStringLiteral("checkInHistory"))->topLevelItemCount(), 0);
        QCOMPARE(find<ui::QuestionnaireForm>(QStringLiteral("checkInForm"))->answers(),
                 QList<int>(9, -1));
        QVERIFY(!find<ui::QuestionnaireForm>(QStringLiteral("checkInForm"))->isSafetyShown());
        QVERIFY(find<QLabel>(QStringLiteral("checkInResultTotal"))->text().isEmpty());
        QVERIFY(find<QLabel>(QStringLiteral("checkInReminderState"))->text().isEmpty());
        // Nothing can be started while locked.
        find<QPushButton>(QStringLiteral("checkInTakePhq9"))->click();
        QCOMPARE(m_page->view(), ui::CheckInPage::View::History);
    }
};

QTEST_MAIN(tst_CheckInPage)
#include "tst_CheckInPage.moc"
