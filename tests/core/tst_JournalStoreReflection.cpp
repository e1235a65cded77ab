// Saving a reflection is one transaction (the entry and the end of its draft), and the whole
// journal is read in one call: when either half of a save fails, nothing of it is kept.
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "tests/core/StoreTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QDateTime kWhen(QDate(2025, 9, 14), QTime(23, 10), Qt::OffsetFromUTC, 2 * 3600);

// Runs `sql` on the closed journal at `f.path()` over a connection of its own, as a tool would.
bool execOnFile(const StoreFixture& f, const char* sql)
{
    auto db = Database::open(f.path(), Database::Access::ReadWrite);
    if (!db || !DatabaseOpener::configure(**db, f.key()))
        return false;
    const bool ok = bool((*db)->exec(sql, QStringLiteral("prepare the test")));
    (*db)->close();
    return ok;
}

// The second half of a save, removing the draft, fails from now on.
constexpr const char* draftCannotBeRemoved =
    "CREATE TRIGGER keep_draft BEFORE DELETE ON draft "
    "BEGIN SELECT RAISE(ABORT, 'the disk refused the change'); END";

Draft draftOf(const Entry& entry)
{
    return Draft{entry, 4, kWhen.addSecs(60)};
}

} // namespace

class TestJournalStoreReflection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingANewReflectionRemovesItsDraft()
    {
        StoreFixture f;
        auto store = f.create();
        const Entry entry = completeEntry(kWhen, QStringLiteral("finished at last"));
        QVERIFY(store->saveDraft(draftOf(entry)));
        QSignalSpy entries(store.get(), &JournalStore::entriesChanged);
        QSignalSpy drafts(store.get(), &JournalStore::draftChanged);
        const Entry saved = store->saveReflection(entry, JournalStore::SaveAs::NewEntry).value();
        QVERIFY(isValidId(saved.id));
        QCOMPARE(store->entry(saved.id).value().notes, entry.notes);
        QVERIFY(!store->draft().value().has_value());
        QCOMPARE(entries.count(), 1);
        QCOMPARE(drafts.count(), 1);
    }

    void savingAnEditKeepsItsCreationTime()
    {
        StoreFixture f;
        auto store = f.create();
        const Entry added = store->addEntry(completeEntry(kWhen, QStringLiteral("first"))).value();
        Entry edited = added;
        edited.notes = QStringLiteral("second thoughts");
        QVERIFY(store->saveDraft(draftOf(edited)));
        const Entry saved =
            store->saveReflection(edited, JournalStore::SaveAs::ChangedEntry).value();
        QCOMPARE(saved.createdAt, added.createdAt);
        QCOMPARE(store->entry(added.id).value().notes, edited.notes);
        QCOMPARE(store->countEntries().value(), 1);
        QVERIFY(!store->draft().value().has_value());
    }

    void aFailedDraftRemovalSavesNothing()
    {
        StoreFixture f;
        const Entry entry = completeEntry(kWhen, QStringLiteral("kept as a draft"));
        {
            auto store = f.create();
            QVERIFY(store->saveDraft(draftOf(entry)));
        }
        QVERIFY(execOnFile(f, draftCannotBeRemoved));
        auto store = f.reopen();
        QVERIFY(store);
        QSignalSpy entries(store.get(), &JournalStore::entriesChanged);
        const auto saved = store->saveReflection(entry, JournalStore::SaveAs::NewEntry);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message().contains(u"the disk refused the change"),
                 qPrintable(saved.error().message()));
        // No half-save: the entry is not there, the draft is exactly as it was.
        QCOMPARE(store->countEntries().value(), 0);
        QCOMPARE(store->draft().value().value(), draftOf(entry));
        QCOMPARE(entries.count(), 0);
        // Once the disk takes changes again, the same save goes through whole.
        store.reset();
        QVERIFY(execOnFile(f, "DROP TRIGGER keep_draft"));
        store = f.reopen();
        const Entry saved2 = store->saveReflection(entry, JournalStore::SaveAs::NewEntry).value();
        QCOMPARE(store->countEntries().value(), 1);
        QCOMPARE(store->entry(saved2.id).value().notes, entry.notes);
        QVERIFY(!store->draft().value().has_value());
    }

    void aFailedEntryKeepsTheDraft()
    {
        StoreFixture f;
        auto store = f.create();
        Entry entry = completeEntry(kWhen, QStringLiteral("names a partner that is gone"));
        entry.partnerId = newId();
        QVERIFY(store->saveDraft(draftOf(entry)));
        const auto saved = store->saveReflection(entry, JournalStore::SaveAs::NewEntry);
        QVERIFY(!saved);
        QVERIFY(saved.error().message().startsWith(u"partner_id:"));
        QCOMPARE(store->countEntries().value(), 0);
        QCOMPARE(store->draft().value().value(), draftOf(entry));
    }

    void contentsReadsTheWholeJournal()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p = store->addPartner(QStringLiteral("Alex")).value();
        Entry older = completeEntry(kWhen.addDays(-3), QStringLiteral("older"));
        older.partnerId = p.id;
        const Entry a = store->addEntry(older).value();
        const Entry b = store->addEntry(completeEntry(kWhen, QStringLiteral("newer"))).value();
        const CheckIn c =
            store->addCheckIn(CheckIn{{}, kWhen, Instrument::Gad7, {0, 1, 2, 3, 0, 1, 2}}).value();
        const JournalContents all = store->contents().value();
        QCOMPARE(all.entries, (QList<Entry>{b, a})); // newest first, as entries() lists them
        QCOMPARE(all.checkIns, QList<CheckIn>{c});
        QCOMPARE(all.partners, QList<Partner>{p});
        EntryQuery onlyOlder;
        onlyOlder.to = kWhen.addDays(-1);
        QCOMPARE(store->contents(onlyOlder).value().entries, QList<Entry>{a});
        store->close();
        QVERIFY(!store->contents());
    }
};

QTEST_GUILESS_MAIN(TestJournalStoreReflection)
#include "tst_JournalStoreReflection.moc"
