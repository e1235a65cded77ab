// The journal list's model: a well-behaved Qt model that pages from the store instead of loading
// every entry, and follows the store's changes.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "ui/journal/JournalTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace aftercare;
using ui::JournalTableModel;

namespace {

core::Entry entryAt(const QDateTime& when, int i)
{
    core::Entry e;
    e.id = core::newId();
    e.occurredAt = when;
    e.tears = core::Tears(i % 3);
    e.tension = core::Tension(i % 3);
    e.traumaReliving = core::TraumaReliving::No;
    e.responseKind = core::ResponseKind::Emotional;
    e.thoughts = core::Thoughts(i % 4);
    if (i % 5 == 0)
        e.reasons = {core::Reason::Joy, core::Reason::Pain, core::Reason::Relationship};
    e.bother = i % 5;
    e.notes = QStringLiteral("evening number %1").arg(i);
    return e;
}

} // namespace

class tst_JournalTableModel : public QObject
{
    Q_OBJECT

    static constexpr int entryCount = 320;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<core::Journal> m_journal;
    QDateTime m_start = QDateTime(QDate(2025, 1, 1), QTime(21, 0));

    core::JournalStore& store() { return m_journal->store(); }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        auto created = core::Journal::create(m_tmp->path() + QStringLiteral("/journal"),
                                             core::SecretBytes::fromUtf8("model pages"));
        QVERIFY(created);
        m_journal = std::move(created->journal);
        QList<core::Entry> entries;
        for (int i = 0; i < entryCount; ++i)
            entries << entryAt(m_start.addSecs(qint64(i) * 3600), i);
        auto imported = store().importAll({}, entries, {});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QCOMPARE(imported->added, entryCount);
    }

    void cleanup()
    {
        m_journal.reset();
        m_tmp.reset();
    }

    void loadsOnePageAndFetchesTheRestOnDemand()
    {
        JournalTableModel model;
        model.setPageSize(50);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), entryCount);
        QCOMPARE(model.journalCount(), entryCount);
        QVERIFY(model.canFetchMore({}));

        // Newest first.
        QCOMPARE(model.entryAt(0)->notes, QStringLiteral("evening number %1").arg(entryCount - 1));
        QCOMPARE(model.data(model.index(0, JournalTableModel::DateColumn)).toString(),
                 QStringLiteral("15 Jan 2025, 04:00"));

        int fetches = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
        }
        QCOMPARE(fetches, 6);
        QCOMPARE(model.rowCount(), entryCount);
        QCOMPARE(model.entryAt(entryCount - 1)->notes, QStringLiteral("evening number 0"));
        QVERIFY(!model.entryAt(entryCount));
    }

    void cellsUseWordsNotKeys()
    {
        JournalTableModel model;
        model.setStore(&store());
        QCOMPARE(model.columnCount(), int(JournalTableModel::ColumnCount));
        QCOMPARE(model.headerData(JournalTableModel::ReasonsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reasons"));
        // Entry 315 is the fifth newest and has three reasons.
        const int row = 4;
        const core::Entry* e = model.entryAt(row);
        QCOMPARE(e->notes, QStringLiteral("evening number 315"));
        const QModelIndex reasons = model.index(row, JournalTableModel::ReasonsColumn);
        QCOMPARE(model.data(reasons).toString(), QStringLiteral("Happy tears, Physical pain +1"));
        QVERIFY(model.data(reasons, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Worries about the relationship")));
        QCOMPARE(model.data(model.index(row, JournalTableModel::TearsColumn)).toString(),
                 QStringLiteral("Low, no tears"));
        QCOMPARE(model.data(model.index(row, JournalTableModel::BotherColumn)).toString(),
                 QStringLiteral("Not at all"));
        QCOMPARE(model.data(model.index(row, 0), JournalTableModel::EntryIdRole).toString(), e->id);
    }

    void filtersAndSearchGoThroughTheStore()
    {
        JournalTableModel model;
        model.setPageSize(40);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        core::EntryQuery query;
        query.reason = core::Reason::Pain;
        model.setQuery(query);
        QCOMPARE(model.totalCount(), entryCount / 5);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.journalCount(), entryCount);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), entryCount / 5);

        query = {};
        query.text = QStringLiteral("number 17");
        model.setQuery(query);
        QVERIFY(model.totalCount() >= 1);
        QCOMPARE(model.entryAt(0)->notes.startsWith(QStringLiteral("evening number 17")), true);

        query.text = QStringLiteral("nothing-like-this");
        model.setQuery(query);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void followsTheStoreAndKeepsWhatWasLoaded()
    {
        JournalTableModel model;
        model.setPageSize(50);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        model.fetchMore({});
        const int loaded = model.rowCount();
        QVERIFY(loaded >= 100 && loaded < entryCount);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString gone = model.entryAt(3)->id;
        QVERIFY(store().deleteEntry(gone));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.totalCount(), entryCount - 1);
        // As many rows as before stay loaded, so a view keeps its place.
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(model.rowOf(gone), -1);

        core::Entry newest = entryAt(m_start.addYears(2), 7);
        QVERIFY(store().addEntry(newest));
        QCOMPARE(model.totalCount(), entryCount);
        QCOMPARE(model.entryAt(0)->id, newest.id);
    }

    void noStoreMeansEmpty()
    {
        JournalTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        QVERIFY(model.rowCount() > 0);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(tst_JournalTableModel)
#include "tst_JournalTableModel.moc"
