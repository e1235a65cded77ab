// Entries, partners, check-ins, the draft and settings: round trips, validation and signals.
#include "core/Clock.h"
#include "tests/core/StoreTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

class TestJournalStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    const QDateTime m_start{QDate(2026, 1, 10), QTime(9, 0, 0, 250), Qt::OffsetFromUTC, 3600};

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(m_start);
        Clock::setInstance(m_clock.get());
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void newStoreIsEmptyAndAtCurrentVersion()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store);
        QVERIFY(store->isOpen());
        QCOMPARE(store->schemaVersion().value(), JournalStore::currentSchemaVersion());
        QCOMPARE(store->countEntries().value(), 0);
        QVERIFY(store->partners().value().isEmpty());
        QVERIFY(!store->draft().value().has_value());
    }

    void createRefusesAnExistingFile()
    {
        StoreFixture f;
        QVERIFY(writeFileBytes(f.path(), "keep me"));
        const auto store = JournalStore::open(f.path(), f.key(), JournalStore::OpenMode::CreateNew);
        QVERIFY(!store);
        QCOMPARE(store.error().kind(), Error::Kind::AlreadyExists);
        QCOMPARE(fileBytes(f.path()), QByteArray("keep me"));
    }

    void openExistingNeedsAFile()
    {
        StoreFixture f;
        const auto store =
            JournalStore::open(f.path(), f.key(), JournalStore::OpenMode::OpenExisting);
        QVERIFY(!store);
        QCOMPARE(store.error().kind(), Error::Kind::NotFound);
        QVERIFY(!QFile::exists(f.path()));
    }

    void everyFieldRoundTrips()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner partner = store->addPartner(QStringLiteral("Sam")).value();
        Entry e = everyFieldEntry();
        e.partnerId = partner.id;
        const Entry added = store->addEntry(e).value();
        QVERIFY(isValidId(added.id));
        QCOMPARE(added.createdAt, m_start);
        QCOMPARE(added.updatedAt, m_start);

        store.reset(); // close and reopen: nothing may come from memory
        store = f.reopen();
        QVERIFY(store);
        const Entry read = store->entry(added.id).value();
        QCOMPARE(read, added);
        // QDateTime equality compares instants; the offset and milliseconds must survive too.
        QCOMPARE(read.occurredAt.offsetFromUtc(), 5 * 3600 + 1800);
        QCOMPARE(read.occurredAt.time(), QTime(23, 45, 12, 345));
        // The store's own timestamps come back as the same instant in UTC (Qt keeps those
        // without a heap block, which matters when thousands of entries are listed).
        QCOMPARE(read.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(read.updatedAt.timeSpec(), Qt::UTC);
        QCOMPARE(read.createdAt.toMSecsSinceEpoch(), m_start.toMSecsSinceEpoch());
        QCOMPARE(read.createdAt.time().msec(), 250);
        QCOMPARE(read.notes, e.notes);
        QCOMPARE(read.emotions, e.emotions);
        QCOMPARE(read.postpartum, std::optional<bool>(false));
    }

    void unsetOptionalFieldsStayUnset()
    {
        StoreFixture f;
        auto store = f.create();
        const Entry added = store->addEntry(completeEntry(m_start)).value();
        const Entry read = store->entry(added.id).value();
        QCOMPARE(read, added);
        QVERIFY(!read.timing && !read.pain && !read.bother && !read.postpartum);
        QVERIFY(read.partnerId.isEmpty() && read.emotions.isEmpty());
    }

    void addKeepsAGivenIdAndRefusesADuplicate()
    {
        StoreFixture f;
        auto store = f.create();
        Entry e = completeEntry(m_start);
        e.id = newId();
        QCOMPARE(store->addEntry(e).value().id, e.id);
        const auto again = store->addEntry(e);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::AlreadyExists);
        QCOMPARE(store->countEntries().value(), 1);
    }

    void incompleteEntryIsRefused()
    {
        StoreFixture f;
        auto store = f.create();
        QSignalSpy changed(store.get(), &JournalStore::entriesChanged);
        Entry e = completeEntry(m_start);
        e.tension.reset();
        const auto added = store->addEntry(e);
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(added.error().message().contains(u"tension"));
        QCOMPARE(store->countEntries().value(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void unknownPartnerIsRefusedNamingTheField()
    {
        StoreFixture f;
        auto store = f.create();
        Entry e = completeEntry(m_start);
        e.partnerId = newId();
        const auto added = store->addEntry(e);
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(added.error().message().startsWith(u"partner_id"));
        QCOMPARE(store->countEntries().value(), 0);
    }

    void timestampsComeFromTheClock()
    {
        StoreFixture f;
        auto store = f.create();
        Entry e = store->addEntry(completeEntry(m_start.addDays(-1))).value();
        m_clock->advanceMs(90'061);
        e.notes = QStringLiteral("edited later");
        e.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // ignored by update
        const Entry updated = store->updateEntry(e).value();
        QCOMPARE(updated.createdAt, m_start);
        QCOMPARE(updated.updatedAt, m_start.addMSecs(90'061));
        QCOMPARE(store->entry(e.id).value(), updated);
    }

    void updateReplacesEveryField()
    {
        StoreFixture f;
        auto store = f.create();
        const Entry added = store->addEntry(completeEntry(m_start)).value();
        Entry changed = everyFieldEntry();
        changed.id = added.id;
        QSignalSpy spy(store.get(), &JournalStore::entriesChanged);
        const Entry updated = store->updateEntry(changed).value();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store->entry(added.id).value(), updated);
        QCOMPARE(updated.thoughtsText, changed.thoughtsText);
        QCOMPARE(store->countEntries().value(), 1);
    }

    void updateOfUnknownIdIsNotFound()
    {
        StoreFixture f;
        auto store = f.create();
        Entry e = completeEntry(m_start);
        e.id = newId();
        const auto updated = store->updateEntry(e);
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind(), Error::Kind::NotFound);
        QCOMPARE(store->countEntries().value(), 0);
    }

    void deleteRemovesOnceThenNotFound()
    {
        StoreFixture f;
        auto store = f.create();
        const Entry a = store->addEntry(completeEntry(m_start)).value();
        const Entry b = store->addEntry(completeEntry(m_start.addDays(1))).value();
        QSignalSpy spy(store.get(), &JournalStore::entriesChanged);
        QVERIFY(store->deleteEntry(a.id));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store->entry(a.id).error().kind(), Error::Kind::NotFound);
        QCOMPARE(store->entry(b.id).value(), b);
        const auto again = store->deleteEntry(a.id);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::NotFound);
        QCOMPARE(spy.count(), 1);
    }

    void partnerLabelsAreTrimmedNonEmptyAndUnique()
    {
        StoreFixture f;
        auto store = f.create();
        QSignalSpy spy(store.get(), &JournalStore::partnersChanged);
        const Partner sam = store->addPartner(QStringLiteral("  Sam ")).value();
        QCOMPARE(sam.label, QStringLiteral("Sam"));
        QCOMPARE(spy.count(), 1);

        const auto empty = store->addPartner(QStringLiteral("   "));
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(empty.error().message().startsWith(u"label"));

        const auto duplicate = store->addPartner(QStringLiteral("sAM"));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(duplicate.error().message().contains(u"already a partner called \"Sam\""));

        // Case folding goes beyond ASCII.
        QVERIFY(store->addPartner(QStringLiteral("Émile")));
        QVERIFY(!store->addPartner(QStringLiteral("éMILE")));
        QCOMPARE(store->partners().value().size(), 2);
        QCOMPARE(spy.count(), 2);
    }

    void partnersAreListedByLabel()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store->addPartner(QStringLiteral("zoe")));
        QVERIFY(store->addPartner(QStringLiteral("Alex")));
        QVERIFY(store->addPartner(QStringLiteral("morgan")));
        QStringList labels;
        const QList<Partner> partners = store->partners().value();
        for (const Partner& p : partners)
            labels << p.label;
        QCOMPARE(labels, QStringList({u"Alex"_qs, u"morgan"_qs, u"zoe"_qs}));
    }

    void renamePartner()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner a = store->addPartner(QStringLiteral("A")).value();
        QVERIFY(store->addPartner(QStringLiteral("B")));
        QVERIFY(store->renamePartner(a.id, QStringLiteral(" Ari ")));
        QCOMPARE(store->partners().value().constFirst().label, QStringLiteral("Ari"));
        QVERIFY(store->renamePartner(a.id, QStringLiteral("ARI"))); // its own label in new case
        const auto clash = store->renamePartner(a.id, QStringLiteral("b"));
        QVERIFY(!clash);
        QVERIFY(clash.error().message().contains(u"already"));
        QCOMPARE(store->renamePartner(newId(), QStringLiteral("C")).error().kind(),
                 Error::Kind::NotFound);
        QCOMPARE(store->partners().value().constFirst().label, QStringLiteral("ARI"));
    }

    void deletingAPartnerLeavesItsEntriesWithoutOne()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p = store->addPartner(QStringLiteral("Kim")).value();
        Entry e = completeEntry(m_start);
        e.partnerId = p.id;
        e = store->addEntry(e).value();
        QSignalSpy entriesSpy(store.get(), &JournalStore::entriesChanged);
        QVERIFY(store->deletePartner(p.id));
        QCOMPARE(entriesSpy.count(), 1);
        const Entry read = store->entry(e.id).value();
        QVERIFY(read.partnerId.isEmpty());
        QCOMPARE(read.updatedAt, e.updatedAt);
        QCOMPARE(store->deletePartner(p.id).error().kind(), Error::Kind::NotFound);
    }

    void checkInsRoundTripOldestFirst()
    {
        StoreFixture f;
        auto store = f.create();
        QSignalSpy spy(store.get(), &JournalStore::checkInsChanged);
        CheckIn later{{}, m_start.addDays(7), Instrument::Gad7, {0, 1, 2, 3, 0, 1, 2}};
        CheckIn earlier{{}, m_start, Instrument::Phq9, {3, 3, 2, 2, 1, 1, 0, 0, 1}};
        later = store->addCheckIn(later).value();
        earlier = store->addCheckIn(earlier).value();
        QCOMPARE(spy.count(), 2);
        store.reset();
        store = f.reopen();
        const QList<CheckIn> all = store->checkIns().value();
        QCOMPARE(all, QList<CheckIn>({earlier, later}));
        QCOMPARE(all.constFirst().takenAt.offsetFromUtc(), 3600);
    }

    void badCheckInIsRefused()
    {
        StoreFixture f;
        auto store = f.create();
        const auto tooFew = store->addCheckIn({{}, m_start, Instrument::Phq9, {1, 2}});
        QVERIFY(!tooFew);
        QCOMPARE(tooFew.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(tooFew.error().message().startsWith(u"answers"));
        const auto outOfRange =
            store->addCheckIn({{}, m_start, Instrument::Gad7, {0, 0, 0, 4, 0, 0, 0}});
        QVERIFY(!outOfRange);
        QVERIFY(store->checkIns().value().isEmpty());
    }

    void deleteCheckIn()
    {
        StoreFixture f;
        auto store = f.create();
        const CheckIn c =
            store->addCheckIn({{}, m_start, Instrument::Gad7, {0, 0, 0, 0, 0, 0, 0}}).value();
        QVERIFY(store->deleteCheckIn(c.id));
        QVERIFY(store->checkIns().value().isEmpty());
        QCOMPARE(store->deleteCheckIn(c.id).error().kind(), Error::Kind::NotFound);
    }

    void draftSurvivesCloseAndReopen()
    {
        StoreFixture f;
        auto store = f.create();
        Draft draft;
        draft.entry.occurredAt = m_start.addSecs(-3600);
        draft.entry.tension = Tension::Unchanged; // the other four questions are still open
        draft.entry.emotions = {Emotion::Calm, Emotion::Relief};
        draft.entry.notes = QStringLiteral("half written");
        draft.entry.pain = 0;
        draft.step = 3;
        draft.savedAt = m_start;
        QSignalSpy spy(store.get(), &JournalStore::draftChanged);
        QVERIFY(store->saveDraft(draft));
        QCOMPARE(spy.count(), 1);
        store.reset();
        store = f.reopen();
        const auto loaded = store->draft().value();
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, draft);
        QCOMPARE(loaded->entry.occurredAt.offsetFromUtc(), 3600);

        draft.step = 4; // saving again replaces the one draft
        QVERIFY(store->saveDraft(draft));
        QCOMPARE(store->draft().value()->step, 4);
        QSignalSpy discarded(store.get(), &JournalStore::draftChanged);
        QVERIFY(store->discardDraft());
        QCOMPARE(discarded.count(), 1);
        QVERIFY(!store->draft().value().has_value());
        QVERIFY(store->discardDraft()); // nothing to discard is fine
        QCOMPARE(discarded.count(), 1);
    }

    void draftWithAnImpossibleValueIsRefused()
    {
        StoreFixture f;
        auto store = f.create();
        Draft draft;
        draft.entry.bother = 9;
        const auto saved = store->saveDraft(draft);
        QVERIFY(!saved);
        QVERIFY(saved.error().message().contains(u"bother"));
        QVERIFY(!store->draft().value().has_value());
    }

    void settingsPersist()
    {
        StoreFixture f;
        auto store = f.create();
        QCOMPARE(store->setting(u"contact"_qs, u"none"_qs).value(), u"none"_qs);
        QVERIFY(store->setSetting(u"contact"_qs, u"Dr. Rivera, 555-0100"_qs));
        QVERIFY(store->setSetting(u"contact"_qs, u"Dr. Rivera, 555-0199"_qs));
        QVERIFY(!store->setSetting(QString(), u"x"_qs));
        store.reset();
        store = f.reopen();
        QCOMPARE(store->setting(u"contact"_qs).value(), u"Dr. Rivera, 555-0199"_qs);
    }

    void aClosedStoreRefusesWork()
    {
        StoreFixture f;
        auto store = f.create();
        store->close();
        QVERIFY(!store->isOpen());
        const auto added = store->addEntry(completeEntry(m_start));
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), Error::Kind::Usage);
        QVERIFY(!store->entries());
        QVERIFY(!QFile::exists(f.path() + u"-wal"_qs)); // checkpointed into one file
        QVERIFY(QFile::exists(f.path()));
    }
};

QTEST_GUILESS_MAIN(TestJournalStore)
#include "tst_JournalStore.moc"
