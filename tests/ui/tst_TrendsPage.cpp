// The Trends page on a journal whose findings and chart contents are known in advance: the cards
// in severity order, their buttons, the chart point counts per period, the honest "not enough
// entries" state, refreshing on changes, and an empty page once the journal locks.
#include "core/Clock.h"
#include "tests/support/TestJournal.h"
#include "ui/session/Session.h"
#include "ui/trends/ChartCard.h"
#include "ui/trends/DayCalendar.h"
#include "ui/trends/TrendsPage.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

using namespace aftercare;

namespace {

// Monday 30 June 2025, 12:00 at UTC+2: the 30-day window starts on Sunday 1 June.
QDateTime asOf()
{
    return QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
}

QDateTime on(int month, int day, int hour = 22)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), Qt::OffsetFromUTC, 2 * 3600);
}

QList<QAbstractSeries*> seriesOf(ui::TrendsPage* page, const QString& chartName)
{
    auto* view = page->findChild<QChartView*>(chartName);
    return view && view->isVisible() ? view->chart()->series() : QList<QAbstractSeries*>{};
}

int barSum(QAbstractBarSeries* bars)
{
    double sum = 0;
    for (QBarSet* set : bars->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
    }
    return int(sum);
}

} // namespace

class tst_TrendsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestJournal> m_tmp;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::TrendsPage> m_page;
    std::unique_ptr<core::ManualClock> m_clock;
    QHash<QString, QString> m_ids; // test name → stored id

    core::JournalStore& store() { return *m_session->store(); }

    void add(const QString& name, core::Entry e)
    {
        e.id.clear();
        auto added = store().addEntry(e);
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message()));
        m_ids.insert(name, added->id);
    }

    // Four reflections in June (one calm, three distressing), one in March, and a PHQ-9 with
    // item 9 answered "several days".
    void addKnownJournal()
    {
        core::Entry calm = test::sampleEntry(on(6, 3));
        add(QStringLiteral("calm"), calm);

        core::Entry painful = test::sampleEntry(on(6, 10));
        painful.tears = core::Tears::Session;
        painful.tension = core::Tension::Worse;
        painful.thoughts = core::Thoughts::Sad;
        painful.reasons = {core::Reason::Relationship};
        painful.pain = 3;
        add(QStringLiteral("painful"), painful);

        core::Entry limits = test::sampleEntry(on(6, 17));
        limits.tension = core::Tension::Unchanged;
        limits.thoughts = core::Thoughts::Mixed;
        limits.reasons = {};
        limits.limitsRespected = core::LimitsRespected::No;
        add(QStringLiteral("limits"), limits);

        core::Entry sad = test::sampleEntry(on(6, 24));
        sad.tears = core::Tears::Session;
        sad.tension = core::Tension::Worse;
        sad.thoughts = core::Thoughts::Sad;
        sad.reasons = {core::Reason::Relationship};
        add(QStringLiteral("sad"), sad);

        add(QStringLiteral("march"), test::sampleEntry(on(3, 20)));

        core::CheckIn phq9{{}, on(6, 25, 9), core::Instrument::Phq9, {1, 1, 1, 1, 1, 0, 0, 0, 1}};
        QVERIFY(store().addCheckIn(phq9));
    }

    template <typename T = QWidget> T* find(const QString& name) const
    {
        return m_page->findChild<T*>(name);
    }

    // Whether a widget exists and is (not) visible; a missing widget is neither.
    bool isShown(const QString& name) const
    {
        auto* w = find(name);
        return w && w->isVisible();
    }
    bool isHidden(const QString& name) const
    {
        auto* w = find(name);
        return w && !w->isVisible();
    }

    // Clicks a button the test needs; a missing one fails the test (the callers then compare a
    // signal count before reading the signal, so nothing is read past a failure).
    void click(const QString& name)
    {
        auto* button = find<QPushButton>(name);
        QVERIFY2(button, qPrintable(name));
        button->click();
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(asOf());
        core::Clock::setInstance(m_clock.get());
        m_tmp = std::make_unique<test::TestJournal>();
        auto created = m_tmp->create();
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message()));
        m_session = std::make_unique<ui::Session>(m_tmp->dir());
        m_session->adopt(std::move(created->journal));
        m_page = std::make_unique<ui::TrendsPage>(m_session.get());
        m_page->resize(1000, 800);
    }

    void cleanup()
    {
        m_page.reset();
        if (m_session)
            m_session->lock();
        m_session.reset();
        m_tmp.reset();
        m_ids.clear();
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void findingsInSeverityOrder()
    {
        addKnownJournal();
        if (QTest::currentTestFailed())
            return;
        m_page->show();
        QCOMPARE(m_page->findingIds(), QStringList({"phq9_self_harm", "limits_not_respected",
                                                    "pain", "distress_share", "relationship"}));
        // The cards are laid out in that order too, each with its title.
        auto* first = find(QStringLiteral("findingCard_phq9_self_harm"));
        auto* last = find(QStringLiteral("findingCard_relationship"));
        QVERIFY(first && last && first->isVisible());
        auto* pain = find(QStringLiteral("findingCard_pain"));
        QVERIFY(pain);
        QTRY_VERIFY(first->y() < pain->y());
        QTRY_VERIFY(pain->y() < last->y());
        for (const core::Finding& f : m_page->snapshot().findings) {
            auto* title = find<QLabel>(QStringLiteral("findingTitle_") + f.id);
            QVERIFY(title);
            QCOMPARE(title->text(), f.title);
            QVERIFY(!f.title.isEmpty());
            // The app speaks to the user; the therapist summary's words about "the person"
            // stay out of the window.
            auto* explanation = find<QLabel>(QStringLiteral("findingExplanation_") + f.id);
            QVERIFY(explanation);
            QCOMPARE(explanation->text(), f.explanation);
            QVERIFY2(
                explanation->text().contains(QRegularExpression(
                    QStringLiteral("\\byou(r)?\\b"), QRegularExpression::CaseInsensitiveOption)),
                qPrintable(explanation->text()));
            QVERIFY2(!explanation->text().contains(u"the person"), qPrintable(explanation->text()));
        }
        auto* summary = find<QLabel>(QStringLiteral("trendsSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(
                     QStringLiteral("Last 90 days: 4 entries, 3 of them distressing.")),
                 qPrintable(summary->text()));
    }

    void showTheEntriesEmitsExactlyTheEvidence()
    {
        addKnownJournal();
        if (QTest::currentTestFailed())
            return;
        m_page->show();
        QSignalSpy spy(m_page.get(), &ui::TrendsPage::showEntriesRequested);

        click(QStringLiteral("findingEntries_relationship"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(),
                 QStringList({m_ids.value("painful"), m_ids.value("sad")}));
        QVERIFY(!spy.at(0).at(1).toString().isEmpty());

        click(QStringLiteral("findingEntries_limits_not_respected"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList({m_ids.value("limits")}));

        // The entry whose limits were not respected feeds no pattern: without it, three
        // episodes are too few for frequent_episodes.
        QVERIFY(!find<QPushButton>(QStringLiteral("findingEntries_frequent_episodes")));
    }

    void helpButtons()
    {
        addKnownJournal();
        if (QTest::currentTestFailed())
            return;
        m_page->show();
        QSignalSpy guide(m_page.get(), &ui::TrendsPage::guideRequested);
        QSignalSpy helpNow(m_page.get(), &ui::TrendsPage::helpNowRequested);

        // The self-harm finding rests on a check-in: help now, no entries to show.
        QVERIFY(!find(QStringLiteral("findingEntries_phq9_self_harm")));
        click(QStringLiteral("findingHelpNow_phq9_self_harm"));
        QCOMPARE(helpNow.count(), 1);

        click(QStringLiteral("findingHelp_pain"));
        QCOMPARE(guide.count(), 1);
        QCOMPARE(guide.at(0).at(0).toString(), QStringLiteral("pain"));
        click(QStringLiteral("findingHelp_relationship"));
        QCOMPARE(guide.count(), 2);
        QCOMPARE(guide.at(1).at(0).toString(), QStringLiteral("relationship"));
    }

    void chartPointCounts()
    {
        addKnownJournal();
        if (QTest::currentTestFailed())
            return;
        m_page->show();
        QCOMPARE(m_page->periodDays(), 90);

        m_page->setPeriodDays(30);
        // Weeks starting 26 May … 30 June: six of them, four episodes.
        auto* stacked = qobject_cast<QStackedBarSeries*>(
            seriesOf(m_page.get(), QStringLiteral("trendsEpisodesChart")).value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 3); // eased, unchanged, worse
        QCOMPARE(stacked->barSets().at(0)->count(), 6);
        QCOMPARE(barSum(stacked), 4);
        QCOMPARE(stacked->barSets().at(2)->at(2), 1.0); // week of 9 June: worse

        // One share point per week with entries: 0%, 100%, 100%, 100%.
        auto* share = qobject_cast<QLineSeries*>(
            seriesOf(m_page.get(), QStringLiteral("trendsDistressChart")).value(0));
        QVERIFY(share);
        QCOMPARE(share->count(), 4);
        QCOMPARE(share->at(0).y(), 0.0);
        QCOMPARE(share->at(3).y(), 100.0);

        auto* thoughts = qobject_cast<QAbstractBarSeries*>(
            seriesOf(m_page.get(), QStringLiteral("trendsThoughtsChart")).value(0));
        QVERIFY(thoughts);
        QVERIFY(!thoughts->barSets().isEmpty());
        QCOMPARE(thoughts->barSets().at(0)->count(), 4); // happy, mixed, sad, neutral
        QCOMPARE(barSum(thoughts), 4);

        auto* reasons = qobject_cast<QAbstractBarSeries*>(
            seriesOf(m_page.get(), QStringLiteral("trendsReasonsChart")).value(0));
        QVERIFY(reasons);
        QVERIFY(!reasons->barSets().isEmpty());
        QCOMPARE(reasons->barSets().at(0)->count(), 2); // relationship 2, joy 1
        QCOMPARE(reasons->barSets().at(0)->at(1), 2.0); // most frequent at the top

        // PHQ-9: five shaded bands and one total.
        const QList<QAbstractSeries*> phq9 =
            seriesOf(m_page.get(), QStringLiteral("trendsPhq9Chart"));
        QCOMPARE(phq9.size(), 6);
        auto* totals = qobject_cast<QLineSeries*>(phq9.last());
        QVERIFY(totals);
        QCOMPARE(totals->count(), 1);
        QCOMPARE(totals->at(0).y(), 6.0);
        QVERIFY(isHidden(QStringLiteral("trendsGad7ChartCard")));

        // Everyone is "no partner": nothing to compare, said in words.
        QVERIFY(isHidden(QStringLiteral("trendsPartnersChart")));
        QVERIFY(isShown(QStringLiteral("trendsPartnersChartEmpty")));

        auto* calendar = find<ui::DayCalendar>(QStringLiteral("trendsCalendar"));
        QVERIFY(calendar && calendar->isVisible());
        QCOMPARE(calendar->count(core::DayKind::Calm), 2);
        QCOMPARE(calendar->count(core::DayKind::Distressing), 3);

        // All entries: months March … June.
        m_page->setPeriodDays(0);
        stacked = qobject_cast<QStackedBarSeries*>(
            seriesOf(m_page.get(), QStringLiteral("trendsEpisodesChart")).value(0));
        QVERIFY(stacked);
        QVERIFY(!stacked->barSets().isEmpty());
        QCOMPARE(stacked->barSets().at(0)->count(), 4);
        QCOMPARE(barSum(stacked), 5);
    }

    void partnersCompared()
    {
        auto alex = store().addPartner(QStringLiteral("Alex"));
        QVERIFY(alex);
        for (int day : {2, 9, 16}) {
            core::Entry e = test::sampleEntry(on(6, day));
            e.partnerId = alex->id;
            e.tension = core::Tension::Worse;
            add(QString::number(day), e);
        }
        add(QStringLiteral("alone"), test::sampleEntry(on(6, 20)));
        m_page->show();
        auto* bars = qobject_cast<QAbstractBarSeries*>(
            seriesOf(m_page.get(), QStringLiteral("trendsPartnersChart")).value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);         // calm, distressing
        QCOMPARE(bars->barSets().at(0)->count(), 2); // Alex, no partner
        QCOMPARE(bars->barSets().at(1)->at(1), 3.0); // Alex's three distressing
        QCOMPARE(bars->barSets().at(1)->at(0), 0.0);
    }

    void notEnoughEntriesSaysSo()
    {
        add(QStringLiteral("one"), test::sampleEntry(on(6, 20)));
        m_page->show();
        QCOMPARE(m_page->findingIds(), QStringList({"not_enough_data"}));
        auto* note = find<QLabel>(QStringLiteral("trendsNotEnough"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Not enough entries yet")));
        for (const char* chart :
             {"trendsEpisodesChartCard", "trendsDistressChartCard", "trendsThoughtsChartCard",
              "trendsReasonsChartCard", "trendsPartnersChartCard"})
            QVERIFY2(isHidden(QLatin1StringView(chart)), chart);
        // No check-ins or signs: the mood chart explains instead of drawing empty axes.
        QVERIFY(isHidden(QStringLiteral("trendsPhq9Chart")));
        QVERIFY(isShown(QStringLiteral("trendsPhq9ChartEmpty")));

        // It says how many more it needs, and suggests no longer period: there is nothing older.
        QVERIFY2(note->text().contains(QStringLiteral("2 more will do")), qPrintable(note->text()));
        QVERIFY(!note->text().contains(QStringLiteral("longer period")));

        // Two more make three, all in one week: still counts, not a chart of one bar.
        add(QStringLiteral("two"), test::sampleEntry(on(6, 21)));
        add(QStringLiteral("three"), test::sampleEntry(on(6, 22)));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("single bar")), qPrintable(note->text()));
        QVERIFY(!find(QStringLiteral("trendsEpisodesChartCard"))->isVisible());
        // Few entries: counts, never a share, and no finding speaks of "many" or "most".
        const QString summary = find<QLabel>(QStringLiteral("trendsSummary"))->text();
        QVERIFY2(!summary.contains(u'%'), qPrintable(summary));
        for (const core::Finding& f : m_page->snapshot().findings) {
            for (const QString& text : {f.title, f.explanation})
                QVERIFY2(
                    !text.contains(QRegularExpression(QStringLiteral("\\b(many|most|mostly)\\b|%"),
                                                      QRegularExpression::CaseInsensitiveOption)),
                    qPrintable(text));
        }

        // Another week: the charts appear.
        add(QStringLiteral("four"), test::sampleEntry(on(6, 25)));
        QVERIFY(!note->isVisible());
        QVERIFY(isShown(QStringLiteral("trendsEpisodesChart")));
        QVERIFY(!m_page->findingIds().contains(QStringLiteral("not_enough_data")));
    }

    void emptyJournal()
    {
        m_page->show();
        QCOMPARE(m_page->findingIds(), QStringList({"not_enough_data"}));
        auto* note = find<QLabel>(QStringLiteral("trendsNotEnough"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("No entries yet")), qPrintable(note->text()));
        // Nothing older exists, so no longer period is suggested.
        QVERIFY(!note->text().contains(QStringLiteral("longer period")));
        QVERIFY(isHidden(QStringLiteral("trendsCalendarCard")));
    }

    void refreshesOnlyWhileShown()
    {
        addKnownJournal();
        if (QTest::currentTestFailed())
            return;
        m_page->show();
        QCOMPARE(m_page->snapshot().entriesInPeriod, 4);
        m_page->hide();
        add(QStringLiteral("later"), test::sampleEntry(on(6, 28)));
        QCOMPARE(m_page->snapshot().entriesInPeriod, 4); // nothing computed while hidden
        m_page->show();
        QCOMPARE(m_page->snapshot().entriesInPeriod, 5);
        QVERIFY(store().deleteEntry(m_ids.value("later")));
        QCOMPARE(m_page->snapshot().entriesInPeriod, 4);
        QVERIFY(store().addCheckIn({{}, on(6, 29, 9), core::Instrument::Phq9, QList<int>(9, 0)}));
        // The newer PHQ-9 has item 9 at 0, so the safety finding is gone.
        QVERIFY(!m_page->findingIds().contains(QStringLiteral("phq9_self_harm")));
    }

    // "Show as table" swaps each chart for a table of exactly the numbers it draws.
    void chartsReadAsTables()
    {
        addKnownJournal();
        m_page->show();
        auto* card = find<ui::ChartCard>(QStringLiteral("trendsEpisodesChartCard"));
        auto* toggle = find<QCheckBox>(QStringLiteral("trendsEpisodesChartAsTable"));
        QVERIFY(card && toggle && toggle->isVisible());
        QVERIFY(!toggle->accessibleName().isEmpty());
        QVERIFY(card->view()->isVisible() && !card->table()->isVisible());
        toggle->click();
        QVERIFY(card->table()->isVisible() && !card->view()->isVisible());

        // Every bar of the stacked chart is one cell of the table, periods as rows.
        const QAbstractItemModel* model = card->table()->model();
        auto* bars = qobject_cast<QAbstractBarSeries*>(card->view()->chart()->series().first());
        QCOMPARE(model->rowCount(), bars->barSets().first()->count());
        QCOMPARE(model->columnCount(), 1 + bars->count());
        int sum = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(!model->index(r, 0).data().toString().trimmed().isEmpty());
            for (int c = 1; c < model->columnCount(); ++c)
                sum += model->index(r, c).data().toInt();
        }
        QCOMPARE(sum, barSum(bars));
        QCOMPARE(sum, 4);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), bars->barSets().first()->label());

        // The PHQ-9 table: the one check-in's total on its day; the band shading is not data.
        auto* phq9 = find<ui::ChartCard>(QStringLiteral("trendsPhq9ChartCard"));
        phq9->setShowsTable(true);
        const QAbstractItemModel* scores = phq9->table()->model();
        QCOMPARE(scores->rowCount(), 1);
        QCOMPARE(scores->index(0, 1).data().toString(), QStringLiteral("6"));

        // Thoughts: "Sad" was noted twice.
        auto* thoughts = find<ui::ChartCard>(QStringLiteral("trendsThoughtsChartCard"));
        thoughts->setShowsTable(true);
        const QAbstractItemModel* counts = thoughts->table()->model();
        const QModelIndexList sad = counts->match(counts->index(0, 0), Qt::DisplayRole,
                                                  QStringLiteral("Sad"), 1, Qt::MatchExactly);
        QCOMPARE(sad.size(), 1);
        QCOMPARE(counts->index(sad.first().row(), 1).data().toInt(), 2);

        toggle->click();
        QVERIFY(card->view()->isVisible() && !card->table()->isVisible());
    }

    void lockEmptiesThePage()
    {
        addKnownJournal();
        if (QTest::currentTestFailed())
            return;
        m_page->show();
        QVERIFY(!m_page->findingIds().isEmpty());
        m_session->lock();
        QVERIFY(m_page->findingIds().isEmpty());
        QVERIFY(m_page->findChildren<QWidget*>(QRegularExpression(QStringLiteral("^findingCard_")))
                    .isEmpty());
        auto* summary = find<QLabel>(QStringLiteral("trendsSummary"));
        QVERIFY(summary);
        QVERIFY(summary->text().isEmpty());
        QVERIFY(m_page->snapshot().findings.isEmpty());
        QCOMPARE(m_page->snapshot().entriesInPeriod, 0);
        for (auto* card : m_page->findChildren<ui::ChartCard*>()) {
            QVERIFY2(!card->isVisible(), qPrintable(card->objectName()));
            QVERIFY(card->view()->chart()->series().isEmpty());
        }
        auto* calendar = find<ui::DayCalendar>(QStringLiteral("trendsCalendar"));
        QVERIFY(calendar);
        QVERIFY(calendar->days().isEmpty());
        // Changing the period while locked computes nothing.
        m_page->setPeriodDays(0);
        QVERIFY(m_page->findingIds().isEmpty());
    }
};

QTEST_MAIN(tst_TrendsPage)
#include "tst_TrendsPage.moc"
