// Listing entries: order, every filter, paging, counting, and full-text search including
// awkward input and the removal of deleted text.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/FtsQuery.h"
#include "tests/core/StoreTestData.h"

#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QDateTime kDay(QDate(2026, 2, 1), QTime(21, 30), Qt::OffsetFromUTC, 3600);

QStringList notesOf(const QList<Entry>& entries)
{
    QStringList out;
    for (const Entry& e : entries)
        out << e.notes;
    return out;
}

// Decrypts the store page by page into a plaintext file (SQLite's backup API copies pages,
// freed space included), so leftovers of deleted text would show up as bytes.
QByteArray plaintextPages(const QString& path, const SecretBytes& key, const QString& out)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db || !(*db)->applyKey(key) || !(*db)->setCipherPageSize(DatabaseOpener::pageSize))
        return {};
    sqlite3* plain = nullptr;
    if (sqlite3_open(out.toUtf8().constData(), &plain) != SQLITE_OK)
        return {};
    sqlite3_backup* backup = sqlite3_backup_init(plain, "main", (*db)->handle(), "main");
    const bool copied = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
    sqlite3_backup_finish(backup);
    sqlite3_close(plain);
    return copied ? fileBytes(out) : QByteArray();
}

bool filesContain(const QString& path, const QByteArray& word)
{
    return fileBytes(path).contains(word) || fileBytes(path + u"-wal"_qs).contains(word);
}

} // namespace

class TestJournalStoreQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstWithStableTieBreaks()
    {
        ManualClock clock(kDay);
        Clock::setInstance(&clock);
        StoreFixture f;
        auto store = f.create();
        // The same instant written with another offset ties; the later-created one comes first.
        QVERIFY(store->addEntry(completeEntry(kDay, u"first"_qs)));
        clock.advanceMs(1);
        QVERIFY(store->addEntry(completeEntry(kDay.addDays(2), u"newest"_qs)));
        clock.advanceMs(1);
        QVERIFY(store->addEntry(completeEntry(kDay.toOffsetFromUtc(-5 * 3600), u"tie"_qs)));
        QVERIFY(store->addEntry(completeEntry(kDay.addMSecs(-1), u"oldest"_qs)));
        const QStringList order = notesOf(store->entries().value());
        Clock::setInstance(nullptr);
        QCOMPARE(order, QStringList({u"newest"_qs, u"tie"_qs, u"first"_qs, u"oldest"_qs}));
    }

    void dateRangeIsInclusive()
    {
        StoreFixture f;
        auto store = f.create();
        for (int i = 0; i < 5; ++i)
            QVERIFY(store->addEntry(completeEntry(kDay.addDays(i), QString::number(i))));
        EntryQuery q;
        q.from = kDay.addDays(1);
        q.to = kDay.addDays(3).toUTC(); // bounds compare instants, whatever their offset
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"3"_qs, u"2"_qs, u"1"_qs}));
        QCOMPARE(store->countEntries(q).value(), 3);
        q.to = {};
        QCOMPARE(store->countEntries(q).value(), 4);
    }

    void partnerReasonAndEmotionFilters()
    {
        StoreFixture f;
        auto store = f.create();
        const Partner p = store->addPartner(u"P"_qs).value();
        Entry a = completeEntry(kDay, u"a"_qs);
        a.partnerId = p.id;
        a.reasons = {Reason::Pain, Reason::OverwhelmedBody};
        a.emotions = {Emotion::Sadness};
        Entry b = completeEntry(kDay.addDays(1), u"b"_qs);
        b.reasons = {Reason::OverwhelmedScenario};
        b.emotions = {Emotion::Sadness, Emotion::Joy};
        Entry c = completeEntry(kDay.addDays(2), u"c"_qs);
        c.reasons = {Reason::ShameGuilt};
        for (const Entry& e : {a, b, c})
            QVERIFY(store->addEntry(e));

        EntryQuery q;
        q.partnerId = p.id;
        QCOMPARE(notesOf(store->entries(q).value()), QStringList{u"a"_qs});
        q = {};
        q.reason = Reason::OverwhelmedBody; // a key must match whole, not as part of another
        QCOMPARE(notesOf(store->entries(q).value()), QStringList{u"a"_qs});
        q.reason = Reason::ShameGuilt; // '_' must not act as a wildcard
        QCOMPARE(notesOf(store->entries(q).value()), QStringList{u"c"_qs});
        q.reason = Reason::Trauma;
        QCOMPARE(store->countEntries(q).value(), 0);
        q = {};
        q.emotion = Emotion::Sadness;
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"b"_qs, u"a"_qs}));
        q.reason = Reason::Pain; // filters combine
        QCOMPARE(notesOf(store->entries(q).value()), QStringList{u"a"_qs});
    }

    void idsFilterSmallAndLarge()
    {
        StoreFixture f;
        auto store = f.create();
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << store->addEntry(completeEntry(kDay.addDays(i), QString::number(i))).value().id;
        EntryQuery q;
        q.ids = {ids[1], ids[3], u"not-an-id"_qs};
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"3"_qs, u"1"_qs}));
        // More ids than SQLite has parameters for.
        q.ids.clear();
        for (int i = 0; i < 1200; ++i)
            q.ids << newId();
        q.ids << ids[2];
        QCOMPARE(notesOf(store->entries(q).value()), QStringList{u"2"_qs});
        QCOMPARE(store->countEntries(q).value(), 1);
        q.ids = {u"nothing valid"_qs};
        QCOMPARE(store->countEntries(q).value(), 0);
    }

    void paging()
    {
        StoreFixture f;
        auto store = f.create();
        for (int i = 0; i < 10; ++i)
            QVERIFY(store->addEntry(completeEntry(kDay.addDays(i), QString::number(i))));
        EntryQuery q;
        q.offset = 2;
        q.limit = 3;
        QCOMPARE(notesOf(store->entries(q).value()), QStringList({u"7"_qs, u"6"_qs, u"5"_qs}));
        QCOMPARE(store->countEntries(q).value(), 10); // counting ignores the page
        q.offset = 9;
        q.limit = -1;
        QCOMPARE(notesOf(store->entries(q).value()), QStringList{u"0"_qs});
        q.offset = -1;
        QCOMPARE(store->entries(q).error().kind(), Error::Kind::Usage);
    }

    void textSearch()
    {
        StoreFixture f;
        auto store = f.create();
        Entry a = completeEntry(kDay, u"We argued about the holidays. Café later."_qs);
        Entry b = completeEntry(kDay.addDays(1), u"Calm evening"_qs);
        b.thoughtsText = u"Thinking about my mother"_qs;
        QVERIFY(store->addEntry(a));
        QVERIFY(store->addEntry(b));
        const auto find = [&](const QString& text) {
            EntryQuery q;
            q.text = text;
            return notesOf(store->entries(q).value());
        };
        QCOMPARE(find(u"holidays"_qs), QStringList{a.notes});
        QCOMPARE(find(u"HOLIDAYS argued"_qs), QStringList{a.notes});
        QCOMPARE(find(u"holi"_qs), QStringList{a.notes});   // the last word is a prefix
        QCOMPARE(find(u"cafe"_qs), QStringList{a.notes});   // accents fold
        QCOMPARE(find(u"mother"_qs), QStringList{b.notes}); // thoughts_text is searched too
        QCOMPARE(find(u"about"_qs), QStringList({b.notes, a.notes}));
        QCOMPARE(find(u"holidays mother"_qs), QStringList()); // every word must match
        EntryQuery q;
        q.text = u"about"_qs;
        q.limit = 1;
        QCOMPARE(store->countEntries(q).value(), 2);
    }

    void awkwardSearchInputNeverFails()
    {
        StoreFixture f;
        auto store = f.create();
        QVERIFY(store->addEntry(completeEntry(kDay, u"and or not near"_qs)));
        const QStringList inputs{u"\""_qs,         u"AND OR ("_qs, u"a*b"_qs,
                                 u"\"unclosed"_qs, u"NEAR/3"_qs,   u"-minus"_qs,
                                 u"x:y"_qs,        u")("_qs,       u"'; DROP TABLE entries; --"_qs,
                                 u"***"_qs,        u"^"_qs,        u"   "_qs,
                                 u"\\"_qs,         u"{}"_qs,       u"ñ😢"_qs};
        for (const QString& input : inputs) {
            EntryQuery q;
            q.text = input;
            const auto listed = store->entries(q);
            if (!listed)
                QFAIL(qPrintable(input + u": "_qs + listed.error().message()));
            QVERIFY2(store->countEntries(q), qPrintable(input));
        }
        EntryQuery q;
        q.text = u"AND OR"_qs; // operators are searched as words
        QCOMPARE(store->countEntries(q).value(), 1);
        q.text = u"\"("_qs; // nothing searchable finds nothing
        QCOMPARE(store->countEntries(q).value(), 0);
        QCOMPARE(store->countEntries().value(), 1);
    }

    void searchExpressionQuotesEveryWord()
    {
        QCOMPARE(FtsQuery::fromUserText(u"AND OR ("_qs), u"\"AND\" \"OR*\""_qs);
        QCOMPARE(FtsQuery::fromUserText(u"say \"hi\""_qs), u"\"say\" \"hi*\""_qs);
        QCOMPARE(FtsQuery::fromUserText(u"don't"_qs), u"\"don't*\""_qs);
        QCOMPARE(FtsQuery::fromUserText(u"end."_qs), u"\"end.\""_qs);
        QCOMPARE(FtsQuery::fromUserText(u"\" * ("_qs), QString());
    }

    void searchFollowsEdits()
    {
        StoreFixture f;
        auto store = f.create();
        Entry e = store->addEntry(completeEntry(kDay, u"bluebird"_qs)).value();
        e.notes = u"sparrow"_qs;
        QVERIFY(store->updateEntry(e));
        EntryQuery q;
        q.text = u"bluebird"_qs;
        QCOMPARE(store->countEntries(q).value(), 0);
        q.text = u"sparrow"_qs;
        QCOMPARE(store->countEntries(q).value(), 1);
    }

    void deletedTextLeavesIndexAndFile()
    {
        StoreFixture f;
        auto store = f.create();
        const QByteArray secret = "quokkazanzibar";
        const QByteArray kept = "marmotkeeper";
        const Entry gone =
            store->addEntry(completeEntry(kDay, QString::fromLatin1(secret + " text"))).value();
        QVERIFY(store->addEntry(completeEntry(kDay.addDays(1), QString::fromLatin1(kept))));
        // SQLCipher encrypts every page, in the database and in the WAL.
        QVERIFY(!filesContain(f.path(), secret));
        Entry edited = store->addEntry(completeEntry(kDay, u"brief otterwhisper"_qs)).value();
        edited.notes = u"brief"_qs;
        QVERIFY(store->updateEntry(edited));
        QVERIFY(store->deleteEntry(gone.id));
        QVERIFY(!filesContain(f.path(), secret));

        EntryQuery q;
        q.text = QString::fromLatin1(secret);
        QCOMPARE(store->countEntries(q).value(), 0);
        store->close();
        QVERIFY(!filesContain(f.path(), secret));

        // Decrypted page by page, the kept word is there and the removed ones are not: no
        // leftover in the search index's segments or in freed space (secure_delete).
        const QByteArray pages = plaintextPages(f.path(), f.key(), f.dir() + u"/plain.db"_qs);
        QVERIFY(pages.startsWith("SQLite format 3"));
        QVERIFY(pages.contains(kept));
        QVERIFY(!pages.contains(secret));
        QVERIFY(!pages.contains("otterwhisper"));
    }
};

QTEST_GUILESS_MAIN(TestJournalStoreQueries)
#include "tst_JournalStoreQueries.moc"
