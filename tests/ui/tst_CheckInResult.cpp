// A check-in result in the hardest moments: item 9 above 0 never meets words that play it down
// or suggest waiting, whatever the total; PHQ-9 15+ and GAD-7 15+ get firmer words with the
// support panel beside them; and the safety plan is one click away.
#include "core/model/CheckIn.h"
#include "tests/ui/UnlockedJournal.h"
#include "ui/checkin/CheckInResultView.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace aftercare;

namespace {

core::CheckIn checkIn(core::Instrument instrument, QList<int> answers)
{
    return core::CheckIn{core::newId(), QDateTime::currentDateTime(), instrument,
                         std::move(answers)};
}

} // namespace

class tst_CheckInResult : public QObject
{
    Q_OBJECT

private:
    test::UnlockedJournal m_journal;
    ui::CheckInResultView* m_view = nullptr;

    QString nextSteps() const
    {
        return m_view->findChild<QLabel*>(QStringLiteral("checkInResultNextSteps"))->text();
    }
    bool supportShown() const
    {
        return m_view->findChild<QWidget*>(QStringLiteral("checkInResultSafety"))->isVisible();
    }

private Q_SLOTS:
    void init()
    {
        QCOMPARE(m_journal.open(QDateTime::currentDateTime(), "a passphrase for the test"),
                 QString());
        m_view = new ui::CheckInResultView;
        m_view->setStore(&m_journal.store());
        m_view->resize(700, 900);
        m_view->show();
    }
    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
        m_journal.close();
    }

    void item9NeverPlayedDownOrPostponed_data()
    {
        QTest::addColumn<int>("total");
        QTest::newRow("total 1") << 1;
        QTest::newRow("total 7, mild") << 7;
        QTest::newRow("total 12, moderate") << 12;
        QTest::newRow("total 22, severe") << 22;
    }
    void item9NeverPlayedDownOrPostponed()
    {
        QFETCH(int, total);
        QList<int> answers(9, 0);
        answers[8] = 1;
        int left = total - 1;
        for (int i = 0; i < 8 && left > 0; ++i) {
            answers[i] = std::min(3, left);
            left -= answers[i];
        }
        m_view->showResult(checkIn(core::Instrument::Phq9, answers));
        QVERIFY(supportShown());
        QVERIFY(m_view->isSafetyShown());
        const QString text = nextSteps();
        for (const char* never : {"two weeks", "couple of weeks", "part of life", "few signs",
                                  "if you like", "check in again"})
            QVERIFY2(!text.contains(QLatin1String(never), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(u"today"), qPrintable(text));
    }

    void highScoresGetFirmerWordsAndSupport_data()
    {
        QTest::addColumn<int>("instrument");
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<bool>("firmer");
        QTest::newRow("PHQ-9 14") << int(core::Instrument::Phq9)
                                  << QList<int>{3, 3, 3, 3, 2, 0, 0, 0, 0} << false;
        QTest::newRow("PHQ-9 15") << int(core::Instrument::Phq9)
                                  << QList<int>{3, 3, 3, 3, 3, 0, 0, 0, 0} << true;
        QTest::newRow("PHQ-9 20") << int(core::Instrument::Phq9)
                                  << QList<int>{3, 3, 3, 3, 3, 3, 2, 0, 0} << true;
        QTest::newRow("GAD-7 14") << int(core::Instrument::Gad7) << QList<int>{3, 3, 3, 3, 2, 0, 0}
                                  << false;
        QTest::newRow("GAD-7 15") << int(core::Instrument::Gad7) << QList<int>{3, 3, 3, 3, 3, 0, 0}
                                  << true;
    }
    void highScoresGetFirmerWordsAndSupport()
    {
        QFETCH(int, instrument);
        QFETCH(QList<int>, answers);
        QFETCH(bool, firmer);
        m_view->showResult(checkIn(core::Instrument(instrument), answers));
        QCOMPARE(supportShown(), firmer);
        QCOMPARE(nextSteps().contains(u"this week"), firmer);
        // Item 9 was 0: no safety message.
        QVERIFY(!m_view->isSafetyShown());
    }

    void theSafetyPlanIsOneClickAway()
    {
        QSignalSpy plan(m_view, &ui::CheckInResultView::safetyPlanRequested);
        m_view->showResult(checkIn(core::Instrument::Phq9, {0, 0, 0, 0, 0, 0, 0, 0, 2}));
        auto* open = m_view->findChild<QAbstractButton*>(QStringLiteral("supportOpenSafetyPlan"));
        QVERIFY(open && open->isVisible());
        open->click();
        QCOMPARE(plan.count(), 1);
    }
};

QTEST_MAIN(tst_CheckInResult)
#include "tst_CheckInResult.moc"
