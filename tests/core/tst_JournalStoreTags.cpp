// Tags in the store: saved with their entry in the order added, one tag per label ignoring case,
// renamed and deleted everywhere at once, counted, filtered on and found by search; drafts and
// imports keep them, and bad tags are refused with the journal left as it was.
#include "tests/core/StoreTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QDateTime kDay(QDate(2026, 2, 1), QTime(21, 30), Qt::OffsetFromUTC, 3600);

Entry tagged(int day, const QStringList& tags, const QString& notes = {})
{
    Entry e = completeEntry(kDay.addDays(day), notes);
    e.tags = tags;
    return e;
}

QStringList notesOf(const QList<Entry>& entries)
{
    QStringList out;
    for (const Entry& e : entries)
        out << e.notes;
    return out;
}

} // namespace

class TestJournalStoreTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsComeBackInTheOrderAdded()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->tags().value().isEmpty()); // a new journal: time for the suggestions
        const auto added = store->addEntry(
            tagged(0, {u"very tired"_qs, u" alcohol or drugs "_qs, u"an argument before"_qs}));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
        const QStringList expected = {u"very tired"_qs, u"alcohol or drugs"_qs,
                                      u"an argument before"_qs};
        QCOMPARE(added->tags, expected); // trimmed as stored
        QCOMPARE(store->entry(added->id).value().tags, expected);
        store.reset();
        store = f.reopen();
        QCOMPARE(store->entry(added->id).value(), *added);
        QCOMPARE(store->entries().value().constFirst().tags, expected);
    }

    void oneTagPerLabelIgnoringCaseInItsFirstSpelling()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->addEntry(tagged(0, {u"Alcohol"_qs})));
        const auto second = store->addEntry(tagged(1, {u"ALCOHOL"_qs, u"Émile"_qs}));
        QVERIFY(second);
        QCOMPARE(second->tags, QStringList({u"Alcohol"_qs, u"Émile"_qs}));
        QCOMPARE(store->tags().value(),
                 QList<Tags::TagCount>({{u"Alcohol"_qs, 2}, {u"Émile"_qs, 1}}));
    }

    void updatingReplacesTheTagsAndAnEmptyTagStays()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        auto entry = store->addEntry(tagged(0, {u"a"_qs, u"b"_qs})).value();
        entry.tags = {u"c"_qs, u"a"_qs};
        QCOMPARE(store->updateEntry(entry).value().tags, QStringList({u"c"_qs, u"a"_qs}));
        QCOMPARE(store->entry(entry.id).value().tags, QStringList({u"c"_qs, u"a"_qs}));
        // "b" has no entries left: it stays in the list with 0 until deleted.
        QCOMPARE(store->tags().value(),
                 QList<Tags::TagCount>({{u"a"_qs, 1}, {u"b"_qs, 0}, {u"c"_qs, 1}}));
        entry.tags.clear();
        QVERIFY(store->updateEntry(entry));
        QVERIFY(store->entry(entry.id).value().tags.isEmpty());
        QCOMPARE(store->tags().value(),
                 QList<Tags::TagCount>({{u"a"_qs, 0}, {u"b"_qs, 0}, {u"c"_qs, 0}}));
    }

    void deletingAnEntryDeletesItsLinks()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        const auto e1 = store->addEntry(tagged(0, {u"a"_qs, u"b"_qs})).value();
        QVERIFY(store->addEntry(tagged(1, {u"a"_qs})));
        QVERIFY(store->deleteEntry(e1.id));
        QCOMPARE(store->tags().value(), QList<Tags::TagCount>({{u"a"_qs, 1}, {u"b"_qs, 0}}));
    }

    void renamingRenamesEverywhere()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        const auto e1 = store->addEntry(tagged(0, {u"x"_qs, u"argument"_qs})).value();
        const auto e2 = store->addEntry(tagged(1, {u"argument"_qs})).value();
        QVERIFY(store->addEntry(tagged(2, {u"other"_qs})));
        QSignalSpy tagsChanged(store.get(), &JournalStore::tagsChanged);
        QSignalSpy entriesChanged(store.get(), &JournalStore::entriesChanged);
        QCOMPARE(store->renameTag(u"ARGUMENT"_qs, u" an argument before "_qs).value(), 2);
        QCOMPARE(tagsChanged.count(), 1);
        QCOMPARE(entriesChanged.count(), 1);
        QCOMPARE(store->entry(e1.id).value().tags,
                 QStringList({u"x"_qs, u"an argument before"_qs}));
        QCOMPARE(store->entry(e2.id).value().tags, QStringList({u"an argument before"_qs}));
        // Only the case of its own label: allowed.
        QCOMPARE(store->renameTag(u"an argument before"_qs, u"An argument before"_qs).value(), 2);
        QCOMPARE(store->entry(e2.id).value().tags, QStringList({u"An argument before"_qs}));
    }

    void aRenameThatClashesOrIsBadChangesNothing()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->addEntry(tagged(0, {u"a"_qs, u"b"_qs})));
        const auto before = store->tags().value();
        const auto clash = store->renameTag(u"a"_qs, u"B"_qs);
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(clash.error().message().contains(u"already a tag called \"B\""));
        const auto empty = store->renameTag(u"a"_qs, u"  "_qs);
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(!store->renameTag(u"a"_qs, QString(41, u'z')));
        const auto missing = store->renameTag(u"nope"_qs, u"c"_qs);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
        QCOMPARE(store->tags().value(), before);
    }

    void deletingSaysHowManyAndRemovesItFromEntries()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        const auto e1 = store->addEntry(tagged(0, {u"a"_qs, u"tired"_qs}, u"one"_qs)).value();
        QVERIFY(store->addEntry(tagged(1, {u"tired"_qs}, u"two"_qs)));
        QCOMPARE(store->countEntriesWithTag(u"Tired"_qs).value(), 2); // for the confirmation
        QCOMPARE(store->countEntriesWithTag(u"nope"_qs).error().kind(), Error::Kind::NotFound);
        QSignalSpy tagsChanged(store.get(), &JournalStore::tagsChanged);
        QCOMPARE(store->deleteTag(u"tired"_qs).value(), 2);
        QCOMPARE(tagsChanged.count(), 1);
        QCOMPARE(store->entry(e1.id).value().tags, QStringList({u"a"_qs}));
        QCOMPARE(store->countEntries().value(), 2); // the entries themselves stay
        QCOMPARE(store->tags().value(), QList<Tags::TagCount>({{u"a"_qs, 1}}));
        QCOMPARE(store->deleteTag(u"tired"_qs).error().kind(), Error::Kind::NotFound);
    }

    void filteringNeedsEveryTag()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->addEntry(tagged(0, {u"a"_qs, u"b"_qs}, u"ab"_qs)));
        QVERIFY(store->addEntry(tagged(1, {u"b"_qs}, u"b"_qs)));
        QVERIFY(store->addEntry(tagged(2, {}, u"none"_qs)));
        EntryQuery q;
        q.tags = {u"B"_qs};
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"b"_qs, u"ab"_qs}));
        QCOMPARE(store->countEntries(q).value(), 2);
        q.tags = {u"b"_qs, u"a"_qs};
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"ab"_qs}));
        q.tags = {u"a"_qs, u"unknown"_qs};
        QCOMPARE(store->countEntries(q).value(), 0);
    }

    void searchFindsTagLabels()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->addEntry(tagged(0, {u"an argument before"_qs}, u"quiet evening"_qs)));
        QVERIFY(store->addEntry(tagged(1, {u"very tired"_qs}, u"we argued about money"_qs)));
        QVERIFY(store->addEntry(tagged(2, {}, u"nothing in common"_qs)));
        EntryQuery q;
        q.text = u"Argument"_qs; // part of a label, any case
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"quiet evening"_qs}));
        q.text = u"tired"_qs;
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"we argued about money"_qs}));
        q.text = u"money"_qs; // the text search still works beside it
        QCOMPARE(store->countEntries(q).value(), 1);
        q.text = u"argu"_qs; // a word's start in the notes, part of the label
        QCOMPARE(store->countEntries(q).value(), 2);
    }

    void draftsKeepTags()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        Draft draft;
        draft.entry.occurredAt = kDay;
        draft.entry.tags = {u"during my period"_qs, u"a new partner"_qs};
        draft.step = 3;
        draft.savedAt = kDay;
        QVERIFY(store->saveDraft(draft));
        store.reset();
        store = f.reopen();
        QCOMPARE(store->draft().value()->entry.tags, draft.entry.tags);
    }

    void importKeepsTagsAndJoinsKnownOnes()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->addEntry(tagged(0, {u"alcohol"_qs})));
        Entry e1 = tagged(1, {u"ALCOHOL"_qs, u"new one"_qs});
        e1.id = newId();
        Entry e2 = tagged(2, {u"new one"_qs});
        e2.id = newId();
        const auto counts = store->importAll({}, {e1, e2}, {});
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message()));
        QCOMPARE(counts->added, 2);
        QCOMPARE(store->entry(e1.id).value().tags, QStringList({u"alcohol"_qs, u"new one"_qs}));
        QCOMPARE(store->tags().value(),
                 QList<Tags::TagCount>({{u"alcohol"_qs, 2}, {u"new one"_qs, 2}}));
    }

    void badTagsAreRefusedAndNothingChanges()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        const auto kept = store->addEntry(tagged(0, {u"kept"_qs})).value();
        Entry good = tagged(1, {u"fine"_qs});
        good.id = newId();
        Entry bad = tagged(2, {u"fine"_qs, u"FINE"_qs});
        bad.id = newId();
        const auto imported = store->importAll({}, {good, bad}, {});
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(imported.error().message().startsWith(u"entries[1].tags: "),
                 qPrintable(imported.error().message()));
        Entry tooLong = tagged(3, {QString(41, u'x')});
        QVERIFY(!store->addEntry(tooLong));
        Entry empty = tagged(3, {u" "_qs});
        QVERIFY(!store->addEntry(empty));
        QCOMPARE(store->countEntries().value(), 1);
        QCOMPARE(store->entries().value(), QList<Entry>({kept}));
        QCOMPARE(store->tags().value(), QList<Tags::TagCount>({{u"kept"_qs, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestJournalStoreTags)
#include "tst_JournalStoreTags.moc"
