#include "core/Clock.h"
#include "core/demo/DemoData.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/SafeFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare::core;

namespace {

QDateTime at(int y, int mo, int d, int h, int offsetMinutes, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 15, 0, ms), Qt::OffsetFromUTC, offsetMinutes * 60);
}

Entry reflection(const QDateTime& occurredAt)
{
    Entry e;
    e.occurredAt = occurredAt;
    e.tears = Tears::Few;
    e.tension = Tension::Relieved;
    e.traumaReliving = TraumaReliving::No;
    e.responseKind = ResponseKind::Emotional;
    e.thoughts = Thoughts::Happy;
    return e;
}

// True for a success; otherwise logs the error so a failing QVERIFY(ok(...)) says why.
template <typename R> bool ok(const R& result)
{
    if (!result)
        qWarning("%s", qPrintable(result.error().message()));
    return bool(result);
}

// Demo partners are called Sam, Alex and Robin, like the test journal's; other names keep
// imports from clashing unless a test wants them to.
void renamePartners(JournalDocument& doc)
{
    const QStringList names = {u"Jo"_qs, u"Kit"_qs, u"Lee"_qs};
    for (qsizetype i = 0; i < doc.partners.size(); ++i)
        doc.partners[i].label = names[i];
}

struct Snapshot
{
    QList<Entry> entries;
    QList<Partner> partners;
    QList<CheckIn> checkIns;
    int count = -1;
};

Snapshot snapshot(const JournalStore& store)
{
    Snapshot s;
    s.entries = store.entries().value_or(QList<Entry>{});
    s.partners = store.partners().value_or(QList<Partner>{});
    s.checkIns = store.checkIns().value_or(QList<CheckIn>{});
    s.count = store.countEntries().value_or(-1);
    return s;
}

void compareEntries(const QList<Entry>& actual, const QList<Entry>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Entry& a = actual[i];
        const Entry& e = expected[i];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.occurredAt, e.occurredAt);
        QCOMPARE(a.occurredAt.offsetFromUtc(), e.occurredAt.offsetFromUtc());
        QCOMPARE(a.createdAt, e.createdAt);
        QCOMPARE(a.updatedAt, e.updatedAt);
        QCOMPARE(a.timing, e.timing);
        QCOMPARE(a.tears, e.tears);
        QCOMPARE(a.tension, e.tension);
        QCOMPARE(a.traumaReliving, e.traumaReliving);
        QCOMPARE(a.responseKind, e.responseKind);
        QCOMPARE(a.thoughts, e.thoughts);
        QCOMPARE(a.thoughtsText, e.thoughtsText);
        QCOMPARE(a.emotions.bits(), e.emotions.bits());
        QCOMPARE(a.reasons.bits(), e.reasons.bits());
        QCOMPARE(a.pain, e.pain);
        QCOMPARE(a.depressionSigns.bits(), e.depressionSigns.bits());
        QCOMPARE(a.postpartum, e.postpartum);
        QCOMPARE(a.bother, e.bother);
        QCOMPARE(a.partnerId, e.partnerId);
        QCOMPARE(a.partnerResponse, e.partnerResponse);
        QCOMPARE(a.limitsRespected, e.limitsRespected);
        QCOMPARE(a.notes, e.notes);
        QCOMPARE(a.tags, e.tags);
        QCOMPARE(a, e); // and nothing the list above forgot
    }
}

} // namespace

class TestJournalExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir* m_dir = nullptr;
    ManualClock* m_clock = nullptr;
    int m_stores = 0;

    std::unique_ptr<JournalStore> newStore()
    {
        const QString path = m_dir->filePath(u"journal-%1.db"_qs.arg(++m_stores));
        auto store =
            JournalStore::open(path, SecretBytes::random(32), JournalStore::OpenMode::CreateNew);
        if (!store)
            qFatal("cannot create a store: %s", qPrintable(store.error().message()));
        return std::move(*store);
    }

    // A journal with a bit of everything: unset and set values, several offsets, three
    // partners of which one is never used, and check-ins.
    static bool fill(JournalStore& store, ManualClock& clock)
    {
        auto* const s = &store;
        const auto samOk = s->addPartner(u"Sam"_qs);
        const auto alexOk = s->addPartner(u"Älex, \"A\""_qs);
        if (!ok(samOk) || !ok(alexOk) || !ok(s->addPartner(u"Robin"_qs)))
            return false;
        const Partner sam = *samOk;
        const Partner alex = *alexOk;
        Entry full = reflection(at(2026, 3, 14, 22, 60, 250));
        full.timing = Timing::Both;
        full.tears = Tears::Session;
        full.tension = Tension::Worse;
        full.traumaReliving = TraumaReliving::Unsure;
        full.responseKind = ResponseKind::Both;
        full.thoughts = Thoughts::Sad;
        full.thoughtsText = u"About home,\nand \"why\" 💧"_qs;
        full.emotions = {Emotion::Sadness, Emotion::Fear};
        full.reasons = {Reason::Trauma, Reason::Pain};
        full.pain = 2;
        full.depressionSigns = {DepressionSign::Appetite};
        full.postpartum = true;
        full.bother = 3;
        full.partnerId = alex.id;
        full.partnerResponse = PartnerResponse::Comforted;
        full.limitsRespected = LimitsRespected::Yes;
        full.notes = u"=not a formula"_qs;
        full.tags = {u"an argument before"_qs, u"Ümlaut, \"☔\"; tag"_qs};
        if (!ok(s->addEntry(full)))
            return false;
        Entry sparse = reflection(at(2026, 1, 2, 7, -300));
        if (!ok(s->addEntry(sparse)))
            return false;
        Entry withSam = reflection(at(2026, 6, 30, 23, 330));
        withSam.partnerId = sam.id;
        withSam.pain = 0;
        withSam.bother = 0;
        withSam.postpartum = false;
        withSam.tags = {u"an argument before"_qs};
        if (!ok(s->addEntry(withSam)))
            return false;
        clock.advanceMs(90'000);
        return ok(s->addCheckIn({newId(),
                                 at(2026, 2, 1, 20, 60),
                                 Instrument::Phq9,
                                 {0, 1, 2, 3, 0, 1, 2, 3, 0}})) &&
               ok(s->addCheckIn(
                   {newId(), at(2026, 7, 1, 20, 120), Instrument::Gad7, {3, 2, 1, 0, 0, 1, 2}}));
    }

    std::unique_ptr<JournalStore> filledStore()
    {
        auto store = newStore();
        if (!fill(*store, *m_clock))
            qFatal("cannot fill the test journal");
        return store;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_clock = new ManualClock(at(2026, 12, 1, 9, 60));
        Clock::setInstance(m_clock);
    }
    void cleanup()
    {
        Clock::setInstance(nullptr);
        delete m_clock;
        delete m_dir;
    }

    void exportThenImportIntoANewJournalIsIdentical()
    {
        auto source = filledStore();
        const auto document = JournalExchange::collect(*source);
        QVERIFY(document);
        QCOMPARE(document->exportedAt, m_clock->now());
        QCOMPARE(document->partners.size(), 3); // no range: every partner, used or not
        // Through the file format, as a real export and import would go.
        const QString file = m_dir->filePath(u"export.json"_qs);
        QVERIFY(SafeFile::write(file, JsonFormat::writeDocument(*document)));
        const auto bytes = SafeFile::read(file, JsonFormat::maxDocumentBytes);
        QVERIFY(bytes);
        const auto read = JsonFormat::readDocument(*bytes);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));

        auto target = newStore();
        m_clock->advanceMs(3'600'000); // importing later must not touch the entries' own times
        const auto counts = JournalExchange::import(*target, *read);
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message()));
        QCOMPARE(counts->added, 3 + 3 + 2);
        QCOMPARE(counts->skipped, 0);

        const Snapshot before = snapshot(*source);
        const Snapshot after = snapshot(*target);
        compareEntries(after.entries, before.entries);
        QCOMPARE(after.partners, before.partners);
        QCOMPARE(after.checkIns, before.checkIns);
        for (qsizetype i = 0; i < after.checkIns.size(); ++i)
            QCOMPARE(after.checkIns[i].takenAt.offsetFromUtc(),
                     before.checkIns[i].takenAt.offsetFromUtc());
    }

    void aDemoJournalSurvivesTheRoundTrip()
    {
        const JournalDocument demo = DemoData::generate(300, at(2026, 11, 30, 22, 60), 365, 4);
        auto source = newStore();
        QVERIFY(ok(JournalExchange::import(*source, demo)));
        const auto exported = JournalExchange::collect(*source);
        QVERIFY(exported);
        compareEntries(exported->entries, demo.entries); // oldest first, like the demo
        const auto read = JsonFormat::readDocument(JsonFormat::writeDocument(*exported));
        QVERIFY(read);
        auto target = newStore();
        const auto counts = JournalExchange::import(*target, *read);
        QVERIFY(counts);
        QCOMPARE(counts->added,
                 int(demo.entries.size() + demo.partners.size() + demo.checkIns.size()));
        compareEntries(snapshot(*target).entries, snapshot(*source).entries);
        QCOMPARE(snapshot(*target).checkIns, demo.checkIns);
    }

    void aRangeExportsOnlyWhatItNeeds()
    {
        auto store = filledStore();
        const auto all = JournalExchange::collect(*store);
        QVERIFY(all);
        QCOMPARE(all->entries.size(), 3);
        QVERIFY(all->entries[0].occurredAt < all->entries[1].occurredAt); // oldest first
        QVERIFY(all->entries[1].occurredAt < all->entries[2].occurredAt);

        // Mid-January to June 30 midday: only the March entry (with Alex) and the February
        // check-in are inside; the June 30 evening entry is just outside.
        const auto range =
            JournalExchange::collect(*store, at(2026, 1, 15, 0, 60), at(2026, 6, 30, 12, 60));
        QVERIFY(range);
        QCOMPARE(range->entries.size(), 1);
        QCOMPARE(range->entries[0].pain, std::optional<int>(2));
        QCOMPARE(range->partners.size(), 1);
        QCOMPARE(range->partners[0].id, range->entries[0].partnerId);
        QCOMPARE(range->checkIns.size(), 1);
        QCOMPARE(range->checkIns[0].instrument, Instrument::Phq9);

        // An open start: everything up to the end, no partners when no entry uses one.
        const auto early = JournalExchange::collect(*store, {}, at(2026, 1, 31, 0, 0));
        QVERIFY(early);
        QCOMPARE(early->entries.size(), 1);
        QVERIFY(early->partners.isEmpty());
        QVERIFY(early->checkIns.isEmpty());
        // The bounds are inclusive.
        const QDateTime exact = all->entries[2].occurredAt;
        const auto edge = JournalExchange::collect(*store, exact, exact);
        QVERIFY(edge);
        QCOMPARE(edge->entries.size(), 1);
        // Every range export is itself a valid file.
        QVERIFY(JsonFormat::readDocument(JsonFormat::writeDocument(*range)));
    }

    void aBadFileChangesNothing()
    {
        auto store = filledStore();
        const Snapshot before = snapshot(*store);
        QByteArray json =
            JsonFormat::writeDocument(DemoData::generate(20, at(2026, 11, 30, 22, 60), 60, 9));
        json.replace("\"tension\": \"worse\"", "\"tension\": \"bad\"");
        json.replace("\"tension\": \"relieved\"", "\"tension\": \"bad\"");
        const QString file = m_dir->filePath(u"bad.json"_qs);
        QVERIFY(SafeFile::write(file, json));
        const auto read = JsonFormat::readDocument(SafeFile::read(file, 1 << 20).value());
        QVERIFY(!read);
        QVERIFY(read.error().message().endsWith(u"is not one of relieved, unchanged, worse"));
        const Snapshot after = snapshot(*store);
        QCOMPARE(after.count, before.count);
        compareEntries(after.entries, before.entries);
        QCOMPARE(after.partners, before.partners);
        QCOMPARE(after.checkIns, before.checkIns);
    }

    void aFileWithBadTagsChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("tags");
        QTest::addColumn<QString>("message");
        QTest::newRow("repeated") << QByteArray(R"(["Tired", "tired"])")
                                  << u"entries[1].tags[1]: \"tired\" is listed twice"_qs;
        QTest::newRow("empty") << QByteArray(R"(["ok", " "])")
                               << u"entries[1].tags[1]: a tag needs at least one character"_qs;
        QTest::newRow("too long")
            << QByteArray(R"(["12345678901234567890123456789012345678901"])")
            << u"entries[1].tags[0]: \"12345678901234567890123456789012345678901\" is longer "
               "than 40 characters"_qs;
    }

    void aFileWithBadTagsChangesNothing()
    {
        QFETCH(QByteArray, tags);
        QFETCH(QString, message);
        auto store = filledStore();
        const Snapshot before = snapshot(*store);
        const auto tagsBefore = store->tags().value();
        JournalDocument doc = DemoData::generate(3, at(2026, 11, 30, 22, 60), 60, 9);
        QByteArray json = JsonFormat::writeDocument(doc);
        // The second entry's line gets the bad list as its last key.
        qsizetype line = json.indexOf("\"entries\"");
        line = json.indexOf("\n    {", json.indexOf("\n    {", line) + 1);
        const qsizetype end = json.indexOf("}", json.indexOf("\"notes\"", line));
        json.insert(end, ", \"tags\": " + tags);
        const auto read = JsonFormat::readDocument(json);
        QVERIFY(!read);
        QVERIFY2(read.error().message().startsWith(message), qPrintable(read.error().message()));
        const Snapshot after = snapshot(*store);
        QCOMPARE(after.count, before.count);
        compareEntries(after.entries, before.entries);
        QCOMPARE(store->tags().value(), tagsBefore);
    }

    void aDocumentTheJournalRefusesHalfWayChangesNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("label taken") << u"label"_qs << u"partners[1].label: there is already"_qs;
        QTest::newRow("unknown partner") << u"partner"_qs << u"entries[29]."_qs;
    }
    void aDocumentTheJournalRefusesHalfWayChangesNothing()
    {
        QFETCH(QString, problem);
        QFETCH(QString, messageStart);
        auto store = filledStore();
        const Snapshot before = snapshot(*store);
        // Each record is valid on its own; the journal refuses the document from inside the
        // import's transaction, after earlier records were already inserted: the second
        // partner's label is taken here by another partner, or the last entry names a partner
        // that exists nowhere.
        JournalDocument doc = DemoData::generate(30, at(2026, 11, 30, 22, 60), 90, 12);
        QVERIFY(doc.partners.size() >= 2);
        renamePartners(doc);
        if (problem == u"label") {
            doc.partners[1].label = u"robin"_qs;
            QVERIFY(ok(JsonFormat::readDocument(JsonFormat::writeDocument(doc))));
        } else {
            doc.entries.last().partnerId = newId();
        }
        QSignalSpy changed(store.get(), &JournalStore::entriesChanged);
        const auto counts = JournalExchange::import(*store, doc);
        QVERIFY(!counts);
        QVERIFY2(counts.error().message().startsWith(messageStart),
                 qPrintable(counts.error().message()));
        const Snapshot after = snapshot(*store);
        QCOMPARE(after.count, before.count);
        compareEntries(after.entries, before.entries);
        QCOMPARE(after.partners, before.partners);
        QCOMPARE(after.checkIns, before.checkIns);
        QCOMPARE(changed.count(), 0);
    }

    void anInvalidRecordIsRefusedUpFront()
    {
        auto store = filledStore();
        const Snapshot before = snapshot(*store);
        // A document built in code skips the reader's checks; the import still refuses it.
        JournalDocument doc = DemoData::generate(10, at(2026, 11, 30, 22, 60), 30, 13);
        renamePartners(doc);
        doc.entries[7].tension.reset();
        const auto refused = JournalExchange::import(*store, doc);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(refused.error().message(),
                 u"entries[7].tension: an answer is required to save a reflection"_qs);
        const Snapshot after = snapshot(*store);
        QCOMPARE(after.count, before.count);
        QCOMPARE(after.partners, before.partners);
        QCOMPARE(after.checkIns, before.checkIns);
    }

    void reimportSkipsWhatIsAlreadyThere()
    {
        const JournalDocument doc = DemoData::generate(40, at(2026, 11, 30, 22, 60), 120, 21);
        const int total = int(doc.entries.size() + doc.partners.size() + doc.checkIns.size());
        auto store = newStore();
        const auto first = JournalExchange::import(*store, doc);
        QVERIFY(first);
        QCOMPARE(first->added, total);
        QCOMPARE(first->skipped, 0);
        const Snapshot afterFirst = snapshot(*store);

        const auto again = JournalExchange::import(*store, doc);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->skipped, total);
        compareEntries(snapshot(*store).entries, afterFirst.entries);

        // Two new entries next to the old ones: only those are added. An existing id keeps the
        // journal's version, even when the file's differs.
        JournalDocument more = doc;
        Entry changed = more.entries[0];
        changed.notes = u"edited elsewhere"_qs;
        more.entries[0] = changed;
        Entry fresh = reflection(at(2026, 11, 29, 21, 60));
        fresh.id = newId();
        more.entries << fresh;
        fresh.id = newId();
        more.entries << fresh;
        const auto mixed = JournalExchange::import(*store, more);
        QVERIFY(mixed);
        QCOMPARE(mixed->added, 2);
        QCOMPARE(mixed->skipped, total);
        QCOMPARE(store->countEntries().value(), int(doc.entries.size()) + 2);
        QCOMPARE(store->entry(changed.id).value().notes, doc.entries[0].notes);
    }

    void missingTimestampsAreFilledOnImport()
    {
        JournalDocument doc;
        Entry e = reflection(at(2026, 5, 5, 21, 60));
        e.id = newId();
        doc.entries << e; // created_at and updated_at unset, as a hand-written file may leave them
        auto store = newStore();
        QVERIFY(ok(JournalExchange::import(*store, doc)));
        const Entry stored = store->entry(e.id).value();
        QCOMPARE(stored.createdAt, m_clock->now());
        QCOMPARE(stored.updatedAt, m_clock->now());
        QCOMPARE(stored.occurredAt, e.occurredAt);
    }
};

QTEST_GUILESS_MAIN(TestJournalExchange)
#include "tst_JournalExchange.moc"
