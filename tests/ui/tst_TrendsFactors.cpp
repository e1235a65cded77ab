// The person's tags on Trends: a tag that stands out gets a finding card like the others; the
// "Your tags" chart shows each tag's distressing share with and without it, labelled with the
// counts FactorAnalysis gives, and its table lists the same counts; a tag with too few entries
// says only that it is too early (no bars, no percentage); the labels stay inside the plot at any
// width; no tag in the period gives words, not empty axes; locking empties it all.
#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"
#include "ui/trends/ChartCard.h"
#include "ui/trends/FactorChart.h"
#include "ui/trends/TrendsPage.h"

#include <memory>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>
#include <QValueAxis>

#include "tests/support/TestJournal.h"
#include "tests/ui/UnlockedJournal.h"

using namespace aftercare;

namespace {

const QString argument = QStringLiteral("an argument before");
const QString wine = QStringLiteral("wine");
const QString tired = QStringLiteral("very tired");
const QString tooFew = QStringLiteral("Not enough entries yet to say anything");

// The words drawn beside the bars, as shown (possibly shortened), with where they are.
QList<QGraphicsSimpleTextItem*> barTexts(QChart* chart)
{
    QList<QGraphicsSimpleTextItem*> out;
    for (QGraphicsItem* item : chart->childItems()) {
        if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item);
            text && text->isVisible())
            out << text;
    }
    return out;
}

QStringList textsOf(const QList<QGraphicsSimpleTextItem*>& items)
{
    QStringList out;
    for (const QGraphicsSimpleTextItem* item : items)
        out << item->text();
    return out;
}

// The bar values of the tag's category, by set label.
QHash<QString, double> barsOf(QChart* chart, const QString& tag)
{
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    QHash<QString, double> out;
    if (!bars)
        return out;
    auto* axis = qobject_cast<QBarCategoryAxis*>(bars->attachedAxes().value(0));
    for (QAbstractAxis* a : bars->attachedAxes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(a))
            axis = categories;
    }
    const int i = axis ? int(axis->categories().indexOf(tag)) : -1;
    for (const QBarSet* set : bars->barSets())
        out.insert(set->label(), i >= 0 ? set->at(i) : -1);
    return out;
}

// Whether every label lies within the plot area; says which does not.
bool inside(QChart* chart, const QString& where)
{
    const QRectF plot = chart->mapRectToScene(chart->plotArea()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (QGraphicsSimpleTextItem* text : barTexts(chart)) {
        const QRectF box = text->sceneBoundingRect();
        if (!plot.contains(box)) {
            qWarning("%s: \"%s\" at %g,%g %g×%g leaves the plot %g,%g %g×%g", qPrintable(where),
                     qPrintable(text->text()), box.x(), box.y(), box.width(), box.height(),
                     plot.x(), plot.y(), plot.width(), plot.height());
            return false;
        }
    }
    return true;
}

} // namespace

class tst_TrendsFactors : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::TrendsPage> m_page;

    // A Trends page on the journal, wide enough for the chart's whole labels, on screen.
    bool showPage()
    {
        m_page = std::make_unique<ui::TrendsPage>(m_journal.session.get());
        m_page->resize(1100, 900);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    void add(int daysAgo, bool distressing, const QStringList& tags)
    {
        core::Entry e = test::sampleEntry(m_journal.clock->now().addDays(-daysAgo));
        e.tension = distressing ? core::Tension::Worse : core::Tension::Relieved;
        e.thoughts = distressing ? core::Thoughts::Sad : core::Thoughts::Happy;
        e.bother = 0;
        e.traumaReliving = core::TraumaReliving::No;
        e.limitsRespected = core::LimitsRespected::Yes;
        e.tags = tags;
        QVERIFY(m_journal.store().addEntry(e));
    }

    // "an argument before": 6 of 7 distressing, against 1 of 10 without it (stands out).
    // "very tired": 1 of 5, against 6 of 12 (enough to compare, does not stand out).
    // "wine": on 2 reflections only.
    void addTaggedJournal()
    {
        int day = 1;
        for (int i = 0; i < 7; ++i)
            add(day++, i < 6, {argument});
        for (int i = 0; i < 10; ++i) {
            QStringList tags;
            if (i < 2)
                tags << wine;
            if (i < 5)
                tags << tired;
            add(day++, i < 1, tags);
        }
    }

    template <typename T = QWidget> static T* find(QWidget& page, const QString& name)
    {
        return page.findChild<T*>(name);
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(20, 0)), "kettle on");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup()
    {
        m_page.reset();
        m_journal.close();
    }

    void standingOutTagGetsACard()
    {
        addTaggedJournal();
        QVERIFY(showPage());
        ui::TrendsPage& page = *m_page;
        QTRY_VERIFY(page.findingIds().contains(QStringLiteral("factor_with_distress")));
        auto* card = find(page, QStringLiteral("findingCard_factor_with_distress"));
        QVERIFY(card && card->isVisible());
        auto* explanation =
            find<QLabel>(page, QStringLiteral("findingExplanation_factor_with_distress"));
        QVERIFY(explanation);
        QVERIFY2(explanation->text().contains(argument), qPrintable(explanation->text()));
    }

    void chartShowsTheCounts()
    {
        addTaggedJournal();
        QVERIFY(showPage());
        ui::TrendsPage& page = *m_page;
        auto* card = find<ui::ChartCard>(page, QStringLiteral("trendsFactorsChartCard"));
        auto* view = find<QChartView>(page, QStringLiteral("trendsFactorsChart"));
        QVERIFY(card && view);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(card->hasChart());
        QChart* chart = view->chart();
        QVERIFY(!view->accessibleDescription().isEmpty());

        // The bars are the shares: far more often distressing with the argument than without.
        const QHash<QString, double> bars = barsOf(chart, argument);
        QCOMPARE(bars.size(), 2);
        QVERIFY(qAbs(bars.value(QStringLiteral("With the tag")) - 600.0 / 7) < 0.01);
        QVERIFY(qAbs(bars.value(QStringLiteral("Without it")) - 10.0) < 0.01);
        // Too few with wine: no bars at all.
        const QHash<QString, double> none = barsOf(chart, wine);
        QCOMPARE(none.value(QStringLiteral("With the tag")), 0.0);
        QCOMPARE(none.value(QStringLiteral("Without it")), 0.0);

        // Beside the bars, the counts; for wine, only that it is too early, and written once.
        QTRY_VERIFY(!barTexts(chart).isEmpty());
        const QStringList texts = textsOf(barTexts(chart));
        for (const QString& expected : {QStringLiteral("6 of 7 distressing (86%)"),
                                        QStringLiteral("1 of 10 distressing (10%)"),
                                        QStringLiteral("1 of 5 distressing (20%)"),
                                        QStringLiteral("6 of 12 distressing (50%)")})
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(QStringLiteral(" | "))));
        QCOMPARE(texts.count(tooFew), 1);
        QCOMPARE(texts.size(), 5);
        // Never a percentage on fewer than 5: the counts with wine (2) appear nowhere.
        QVERIFY(texts.filter(QStringLiteral(" of 2 ")).isEmpty());

        // Under the chart: why wine says nothing, and that with two tags compared one can stand
        // out by chance; above it, that this is about going together, not causing.
        auto* note = find<QLabel>(page, QStringLiteral("trendsFactorsChartNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("at least 5 reflections")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("stand out by chance")),
                 qPrintable(note->text()));
        auto* help = find<QLabel>(page, QStringLiteral("trendsFactorsChartHelp"));
        QVERIFY(help && help->text().contains(QStringLiteral("not what causes what")));

        // Room past 100%, so a bar of every reflection never reaches the plot's edge.
        auto* shares = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(shares && shares->max() > 100);
    }

    void labelsStayInsideThePlot()
    {
        addTaggedJournal();
        // The longest tag there can be, on reflections that were all distressing: a full bar
        // with a long label.
        const QString longTag = QStringLiteral("a long time since we last really talked!");
        QCOMPARE(longTag.size(), 40);
        for (int i = 0; i < 5; ++i)
            add(30 + i, true, {longTag});
        QVERIFY(showPage());
        ui::TrendsPage& page = *m_page;
        auto* view = find<QChartView>(page, QStringLiteral("trendsFactorsChart"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible() && !barTexts(view->chart()).isEmpty());
        QVERIFY(
            textsOf(barTexts(view->chart())).contains(QStringLiteral("5 of 5 distressing (100%)")));
        QVERIFY(inside(view->chart(), QStringLiteral("the page")));

        // The same chart narrower and narrower: labels move into their bars, then shorten.
        for (int width : {700, 480, 320}) {
            QChartView narrow(ui::FactorChart::build(page.snapshot().factors, QPalette()));
            narrow.resize(width, 420);
            narrow.show();
            QVERIFY(QTest::qWaitForWindowExposed(&narrow));
            QTRY_VERIFY(narrow.chart()->plotArea().isValid());
            QTRY_VERIFY(inside(narrow.chart(), QStringLiteral("%1 px").arg(width)));
            // Where the whole label does not fit, the counts alone do, uncut.
            const QStringList texts = textsOf(barTexts(narrow.chart()));
            for (const QString& counts : {QStringLiteral("6 of 7"), QStringLiteral("6 of 15")})
                QVERIFY2(texts.filter(QRegularExpression(QStringLiteral("^%1( |$)").arg(counts)))
                                 .size() == 1,
                         qPrintable(texts.join(QStringLiteral(" | "))));
        }
    }

    void tableListsTheSameCounts()
    {
        addTaggedJournal();
        QVERIFY(showPage());
        ui::TrendsPage& page = *m_page;
        auto* toggle = find<QCheckBox>(page, QStringLiteral("trendsFactorsChartAsTable"));
        auto* table = find<QTableView>(page, QStringLiteral("trendsFactorsChartTable"));
        QVERIFY(toggle && table);
        QTRY_VERIFY(toggle->isVisible());
        QVERIFY(!toggle->accessibleName().isEmpty());
        toggle->click();
        QVERIFY(table->isVisible());
        QVERIFY(!find(page, QStringLiteral("trendsFactorsChart"))->isVisible());

        // Tags top-down as in the chart, "with" before "without" as in its legend.
        const QAbstractItemModel* model = table->model();
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Tag"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("With the tag"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Without it"));
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->index(r, 0).data().toString();
        QCOMPARE(rows, (QStringList{argument, tired, wine}));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("6 of 7 distressing (86%)"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("1 of 10 distressing (10%)"));
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("1 of 5 distressing (20%)"));
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("6 of 12 distressing (50%)"));
        for (int c : {1, 2}) {
            const QString cell = model->index(2, c).data().toString();
            QCOMPARE(cell, tooFew);
            QVERIFY(!cell.contains(u'%'));
        }
        toggle->click();
        QVERIFY(!table->isVisible());
        QVERIFY(find(page, QStringLiteral("trendsFactorsChart"))->isVisible());
    }

    void noTagInThePeriodSaysSo()
    {
        // A tagged reflection long ago, and recent ones without tags.
        add(200, true, {wine});
        for (int day = 1; day <= 3; ++day)
            add(day, false, {});
        QVERIFY(showPage());
        ui::TrendsPage& page = *m_page;
        page.setPeriodDays(90);
        auto* card = find<ui::ChartCard>(page, QStringLiteral("trendsFactorsChartCard"));
        auto* empty = find<QLabel>(page, QStringLiteral("trendsFactorsChartEmpty"));
        QVERIFY(card && empty);
        QTRY_VERIFY(card->isVisible());
        QVERIFY(!card->hasChart());
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("None of your reflections in this period "
                                                       "has a tag")),
                 qPrintable(empty->text()));
        QVERIFY(!find(page, QStringLiteral("trendsFactorsChart"))->isVisible());
        QVERIFY(!find(page, QStringLiteral("trendsFactorsChartAsTable"))->isVisible());
        QVERIFY(!find(page, QStringLiteral("trendsFactorsChartNote"))->isVisible());

        // Every entry: the old tag is there, with too few to say anything.
        page.setPeriodDays(0);
        QTRY_VERIFY(card->hasChart());
        QVERIFY(!empty->isVisible());
        QTRY_VERIFY(textsOf(barTexts(card->view()->chart())).contains(tooFew));
    }

    void lockEmptiesIt()
    {
        addTaggedJournal();
        QVERIFY(showPage());
        ui::TrendsPage& page = *m_page;
        auto* card = find<ui::ChartCard>(page, QStringLiteral("trendsFactorsChartCard"));
        QVERIFY(card);
        QTRY_VERIFY(card->isVisible() && card->hasChart());
        m_journal.session->lock();
        QTRY_VERIFY(!card->isVisible());
        QVERIFY(!card->hasChart());
        QVERIFY(card->view()->chart()->series().isEmpty());
        QVERIFY(card->table()->model()->rowCount() == 0);
        QVERIFY(card->note().isEmpty());
    }
};

QTEST_MAIN(tst_TrendsFactors)
#include "tst_TrendsFactors.moc"
