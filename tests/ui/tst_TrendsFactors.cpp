// The person's tags on Trends: a tag that stands out gets a finding card like the others, each
// tag shows its counts with and without it, a tag with too few entries says only that it is too
// early, and the honest sentence that this is about what goes together, not what causes what.
#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"
#include "ui/trends/TrendsPage.h"

#include <QLabel>
#include <QtTest>

#include "tests/support/TestJournal.h"
#include "tests/ui/UnlockedJournal.h"

using namespace aftercare;

class tst_TrendsFactors : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;

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

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(20, 0)), "kettle on");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_journal.close(); }

    void tagsOnTrends()
    {
        // "an argument before": 6 of 7 distressing; without it: 1 of 10. "wine": only 2.
        int day = 1;
        for (int i = 0; i < 7; ++i)
            add(day++, i < 6, {QStringLiteral("an argument before")});
        for (int i = 0; i < 10; ++i)
            add(day++, i < 1, i < 2 ? QStringList{QStringLiteral("wine")} : QStringList{});

        ui::TrendsPage page(m_journal.session.get());
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.findingIds().contains(QStringLiteral("factor_with_distress")));
        auto* card = page.findChild<QWidget*>(QStringLiteral("findingCard_factor_with_distress"));
        QVERIFY(card && card->isVisible());
        auto* explanation =
            page.findChild<QLabel*>(QStringLiteral("findingExplanation_factor_with_distress"));
        QVERIFY(explanation);
        QVERIFY2(explanation->text().contains(QStringLiteral("an argument before")),
                 qPrintable(explanation->text()));

        auto* box = page.findChild<QWidget*>(QStringLiteral("trendsFactors"));
        QVERIFY(box && box->isVisible());
        QStringList rows;
        for (int i = 0;; ++i) {
            auto* row = page.findChild<QLabel*>(QStringLiteral("trendsFactor_%1").arg(i));
            if (!row)
                break;
            rows << row->text();
        }
        QCOMPARE(rows.size(), 2);
        const QString argument = rows.filter(QStringLiteral("an argument before")).value(0);
        QVERIFY2(argument.contains(QStringLiteral("6 of 7")) &&
                     argument.contains(QStringLiteral("1 of 10")),
                 qPrintable(argument));
        const QString wine = rows.filter(QStringLiteral("wine")).value(0);
        QVERIFY2(wine.contains(QStringLiteral("Not enough entries yet to say anything"),
                               Qt::CaseInsensitive),
                 qPrintable(wine));
        // Never a share on too few: no percentage for the small tag.
        QVERIFY2(!wine.contains(u'%'), qPrintable(wine));
        const QString all = box->findChildren<QLabel*>().isEmpty() ? QString() : [&] {
            QStringList texts;
            for (const QLabel* l : box->findChildren<QLabel*>())
                texts << l->text();
            return texts.join(u' ');
        }();
        QVERIFY(all.contains(QStringLiteral("not what causes what")));

        // Locking empties it.
        m_journal.session->lock();
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("trendsFactor_0")) ||
                !page.findChild<QLabel*>(QStringLiteral("trendsFactor_0"))->isVisible());
    }

    void noTagsNoBox()
    {
        add(1, true, {});
        ui::TrendsPage page(m_journal.session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* box = page.findChild<QWidget*>(QStringLiteral("trendsFactors"));
        QVERIFY(box);
        QTRY_VERIFY(!box->isVisible());
    }
};

QTEST_MAIN(tst_TrendsFactors)
#include "tst_TrendsFactors.moc"
