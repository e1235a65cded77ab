// importAll: validated up front, one transaction, existing ids skipped, all or nothing.
#include "tests/core/StoreTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QDateTime kBase(QDate(2025, 6, 1), QTime(22, 0), Qt::OffsetFromUTC, -4 * 3600);

Entry importedEntry(int i, const QString& partnerId = {})
{
    Entry e = completeEntry(kBase.addDays(i), QStringLiteral("imported %1").arg(i));
    e.id = newId();
    e.partnerId = partnerId;
    e.createdAt = kBase.addDays(i).addSecs(60);
    e.updatedAt = kBase.addDays(i).addSecs(120);
    return e;
}

struct Snapshot
{
    QList<Entry> entries;
    QList<Partner> partners;
    QList<CheckIn> checkIns;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

Snapshot snapshot(JournalStore& store)
{
    return {store.entries().value(), store.partners().value(), store.checkIns().value()};
}

} // namespace

class TestJournalStoreImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEverythingKeepingTimestamps()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p{newId(), QStringLiteral("Robin")};
        const QList<Entry> entries{importedEntry(0, p.id), importedEntry(1)};
        const CheckIn c{newId(), kBase, Instrument::Gad7, {1, 1, 1, 1, 1, 1, 1}};
        QSignalSpy e(store.get(), &JournalStore::entriesChanged);
        QSignalSpy pc(store.get(), &JournalStore::partnersChanged);
        QSignalSpy cc(store.get(), &JournalStore::checkInsChanged);
        const ImportCounts counts = store->importAll({p}, entries, {c}).value();
        QCOMPARE(counts.added, 4);
        QCOMPARE(counts.skipped, 0);
        QCOMPARE(e.count(), 1);
        QCOMPARE(pc.count(), 1);
        QCOMPARE(cc.count(), 1);
        QCOMPARE(store->entry(entries[0].id).value(), entries[0]);
        QCOMPARE(store->entry(entries[0].id).value().createdAt, entries[0].createdAt);
        QCOMPARE(store->partners().value(), QList<Partner>{p});
        QCOMPARE(store->checkIns().value(), QList<CheckIn>{c});
    }

    void existingIdsAreSkippedAndCounted()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p{newId(), QStringLiteral("Robin")};
        const Entry a = importedEntry(0, p.id);
        QVERIFY(store->importAll({p}, {a}, {}));
        const Entry b = importedEntry(1);
        Entry changedA = a;
        changedA.notes = QStringLiteral("a different text for an existing id");
        const ImportCounts counts = store->importAll({p}, {changedA, b}, {}).value();
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.skipped, 2);
        QCOMPARE(store->entry(a.id).value().notes,
                 a.notes); // existing entries are never overwritten
        QCOMPARE(store->countEntries().value(), 2);
    }

    // FORMAT.md: an id already in the journal keeps the journal's version, for partners and
    // check-ins just as for entries, even when the file's content differs.
    void existingPartnerAndCheckInAreSkippedNotOverwritten()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p{newId(), QStringLiteral("Robin")};
        const CheckIn c{newId(), kBase, Instrument::Gad7, {1, 1, 1, 1, 1, 1, 1}};
        QVERIFY(store->importAll({p}, {}, {c}));

        Partner renamed = p;
        renamed.label = QStringLiteral("Someone else");
        CheckIn changed = c;
        changed.takenAt = kBase.addDays(2);
        changed.instrument = Instrument::Phq9;
        changed.answers = {3, 3, 3, 3, 3, 3, 3, 3, 3};
        QSignalSpy pc(store.get(), &JournalStore::partnersChanged);
        QSignalSpy cc(store.get(), &JournalStore::checkInsChanged);
        const auto counts = store->importAll({renamed}, {}, {changed});
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message()));
        QCOMPARE(counts->added, 0);
        QCOMPARE(counts->skipped, 2);
        QCOMPARE(store->partners().value(), QList<Partner>{p});
        QCOMPARE(store->checkIns().value(), QList<CheckIn>{c});
        QCOMPARE(pc.count(), 0);
        QCOMPARE(cc.count(), 0);
    }

    void anIdListedTwiceIsAddedOnceThenSkipped()
    {
        StoreFixture f;
        auto store = f.create();
        const Entry first = importedEntry(0);
        Entry again = importedEntry(1);
        again.id = first.id;
        const ImportCounts counts =
            store->importAll({}, {first, again, importedEntry(2)}, {}).value();
        QCOMPARE(counts.added, 2);
        QCOMPARE(counts.skipped, 1);
        QCOMPARE(store->entry(first.id).value(), first); // the first one listed wins
        QCOMPARE(store->countEntries().value(), 2);
        // Its search-index row is there once: the text is found, and only in that entry.
        EntryQuery q;
        q.text = QStringLiteral("imported 0");
        QCOMPARE(store->countEntries(q).value(), 1);
        q.text = QStringLiteral("imported 1");
        QCOMPARE(store->countEntries(q).value(), 0);
    }

    void aBadThirdEntryLeavesTheStoreAsItWas()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store->addPartner(QStringLiteral("Existing")));
        QVERIFY(store->addEntry(completeEntry(kBase)));
        const Snapshot before = snapshot(*store);

        Entry bad = importedEntry(2);
        bad.thoughts.reset();
        QSignalSpy spy(store.get(), &JournalStore::entriesChanged);
        const auto result = store->importAll({{newId(), QStringLiteral("New")}},
                                             {importedEntry(0), importedEntry(1), bad}, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(result.error().message().startsWith(u"entries[2].thoughts"),
                 qPrintable(result.error().message()));
        QCOMPARE(snapshot(*store), before);
        QCOMPARE(spy.count(), 0);
    }

    void aProblemOnlyTheDatabaseSeesRollsBackEverything()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store->addPartner(QStringLiteral("Existing")));
        const Snapshot before = snapshot(*store);
        // Valid on its own, but its partner is in neither the journal nor the import.
        const QList<Entry> entries{importedEntry(0), importedEntry(1), importedEntry(2, newId())};
        const CheckIn c{newId(), kBase, Instrument::Gad7, {1, 1, 1, 1, 1, 1, 1}};
        const auto result = store->importAll({{newId(), QStringLiteral("Newcomer")}}, entries, {c});
        QVERIFY(!result);
        QVERIFY2(result.error().message().startsWith(u"entries[2].partner_id"),
                 qPrintable(result.error().message()));
        QCOMPARE(snapshot(*store), before);

        // A label clash with an existing partner is refused the same way.
        const auto clash =
            store->importAll({{newId(), QStringLiteral("existing")}}, {importedEntry(3)}, {});
        QVERIFY(!clash);
        QVERIFY(clash.error().message().startsWith(u"partners[0].label"));
        QCOMPARE(snapshot(*store), before);
    }

    void badPartnerAndCheckInAreNamed()
    {
        StoreFixture f;
        auto store = f.create();
        const auto badPartner = store->importAll({{QStringLiteral("nope"), u"X"_qs}}, {}, {});
        QVERIFY(!badPartner);
        QVERIFY(badPartner.error().message().startsWith(u"partners[0].id"));
        const auto badCheckIn = store->importAll({}, {}, {{newId(), kBase, Instrument::Phq9, {0}}});
        QVERIFY(!badCheckIn);
        QVERIFY(badCheckIn.error().message().startsWith(u"checkins[0].answers"));
        QVERIFY(store->checkIns().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalStoreImport)
#include "tst_JournalStoreImport.moc"
