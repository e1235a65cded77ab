// What the store's layer costs over raw SQLCipher doing the same work with the same pragmas:
// one durable add, listing 10,000 entries, and a page of 30 out of 100,000. The summary prints
// the ratios so the numbers mean something on any machine.
#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoData.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/EntryRow.h"
#include "core/storage/JournalStore.h"
#include "tests/bench/MedianTiming.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlcipher/sqlite3.h>

using namespace aftercare::core;

namespace {

const QDateTime kEnd(QDate(2026, 11, 30), QTime(22, 0), Qt::OffsetFromUTC, 3600);

std::unique_ptr<JournalStore> openStore(const QString& path, const SecretBytes& key,
                                        JournalStore::OpenMode mode)
{
    auto store = JournalStore::open(path, key, mode);
    if (!store)
        qFatal("cannot open a store: %s", qPrintable(store.error().message()));
    return std::move(*store);
}

std::unique_ptr<JournalStore> filledStore(const QString& path, const SecretBytes& key, int count)
{
    auto store = openStore(path, key, JournalStore::OpenMode::CreateNew);
    const JournalDocument demo = DemoData::generate(count, kEnd, 3 * 365);
    if (!store->importAll(demo.partners, demo.entries, demo.checkIns))
        qFatal("cannot fill the store");
    return store;
}

// A raw connection keyed and configured exactly like the store's.
std::unique_ptr<Database> rawConnection(const QString& path, const SecretBytes& key)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    if (!db || !DatabaseOpener::configure(**db, key))
        qFatal("cannot open the raw connection");
    return std::move(*db);
}

Entry sampleEntry(int i)
{
    Entry e;
    e.occurredAt = kEnd.addSecs(-3600 * i);
    e.tears = Tears::Few;
    e.tension = Tension::Relieved;
    e.traumaReliving = TraumaReliving::No;
    e.responseKind = ResponseKind::Emotional;
    e.thoughts = Thoughts::Mixed;
    e.emotions = {Emotion::Calm, Emotion::Relief};
    e.reasons = {Reason::Joy};
    e.notes = QStringLiteral("A quiet evening, some tears afterwards, then sleep %1").arg(i);
    return e;
}

// One single-row INSERT (and its row in the search index, as the store writes both) in its own
// BEGIN IMMEDIATE … COMMIT, statements prepared once: the best SQLCipher can do for a durable add.
class RawInsert
{
public:
    RawInsert(Database& db) : m_db(db.handle())
    {
        sqlite3_prepare_v2(m_db, EntryRow::insertSql(), -1, &m_insert, nullptr);
        sqlite3_prepare_v2(
            m_db, "INSERT INTO entries_fts (docid, notes, thoughts_text) VALUES (?, ?, '')", -1,
            &m_fts, nullptr);
        sqlite3_prepare_v2(m_db, "BEGIN IMMEDIATE", -1, &m_begin, nullptr);
        sqlite3_prepare_v2(m_db, "COMMIT", -1, &m_commit, nullptr);
    }
    ~RawInsert()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_fts);
        sqlite3_finalize(m_begin);
        sqlite3_finalize(m_commit);
    }

    bool insert(int i)
    {
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray notes =
            "A quiet evening, some tears afterwards, then sleep " + QByteArray::number(i);
        sqlite3_bind_text(m_insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 2, "2026-11-30T22:00:00.000+01:00", -1, SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 3, 1'796'072'400'000 - 3'600'000LL * i);
        sqlite3_bind_text(m_insert, 4, "2026-11-30T22:10:00.000+01:00", -1, SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 5, 1'796'073'000'000);
        sqlite3_bind_text(m_insert, 6, "2026-11-30T22:10:00.000+01:00", -1, SQLITE_STATIC);
        const char* answers[] = {"few", "relieved", "no", "emotional", "mixed"};
        for (int k = 0; k < 5; ++k)
            sqlite3_bind_text(m_insert, 8 + k, answers[k], -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 13, "", 0, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 14, "calm;relief", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 15, "joy", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 17, "", 0, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 23, notes.constData(), int(notes.size()), SQLITE_TRANSIENT);
        bool ok = sqlite3_step(m_begin) == SQLITE_DONE && sqlite3_step(m_insert) == SQLITE_DONE;
        sqlite3_bind_int64(m_fts, 1, sqlite3_last_insert_rowid(m_db));
        sqlite3_bind_text(m_fts, 2, notes.constData(), int(notes.size()), SQLITE_TRANSIENT);
        ok = ok && sqlite3_step(m_fts) == SQLITE_DONE && sqlite3_step(m_commit) == SQLITE_DONE;
        sqlite3_reset(m_begin);
        sqlite3_reset(m_insert);
        sqlite3_reset(m_fts);
        sqlite3_reset(m_commit);
        sqlite3_clear_bindings(m_insert);
        return ok;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_fts = nullptr;
    sqlite3_stmt* m_begin = nullptr;
    sqlite3_stmt* m_commit = nullptr;
};

// The same columns and order as the store's listing, read without building Entry objects.
qint64 rawSelect(Database& db, const char* tail)
{
    const QByteArray sql = QByteArray("SELECT ") + EntryRow::selectColumns() +
                           " FROM entries e ORDER BY e.occurred_utc_ms DESC, "
                           "e.created_utc_ms DESC, e.id " +
                           tail;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr);
    qint64 bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            sqlite3_column_text(stmt, c);
            bytes += sqlite3_column_bytes(stmt, c);
        }
    }
    sqlite3_finalize(stmt);
    return bytes;
}

using aftercare::bench::Measured;
using aftercare::bench::median;

void report(const char* what, const Measured& store, const Measured& raw)
{
    qInfo("%s wall: store %.2f ms, raw %.2f ms, ratio %.2f | cpu: store %.2f ms, raw %.2f ms, "
          "ratio %.2f",
          what, store.wallMs, raw.wallMs, store.wallMs / raw.wallMs, store.cpuMs, raw.cpuMs,
          store.cpuMs / raw.cpuMs);
}

} // namespace

class BenchStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);
    std::unique_ptr<JournalStore> m_tenThousand;
    std::unique_ptr<JournalStore> m_hundredThousand;
    int m_files = 0;

    QString nextPath() { return m_dir.filePath(u"store-%1.db"_qs.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_tenThousand = filledStore(nextPath(), m_key, 10'000);
        m_hundredThousand = filledStore(nextPath(), m_key, 100'000);
        qInfo("filled 110,000 entries in %.1f s", double(timer.elapsed()) / 1000);
        QCOMPARE(m_tenThousand->countEntries().value(), 10'000);
        QCOMPARE(m_hundredThousand->countEntries().value(), 100'000);
    }

    void addEntry()
    {
        auto store = openStore(nextPath(), m_key, JournalStore::OpenMode::CreateNew);
        int i = 0;
        QBENCHMARK
        {
            QVERIFY(store->addEntry(sampleEntry(i++)));
        }
    }

    void addEntryRawBaseline()
    {
        const QString path = nextPath();
        openStore(path, m_key, JournalStore::OpenMode::CreateNew)->close();
        auto db = rawConnection(path, m_key);
        RawInsert raw(*db);
        int i = 0;
        QBENCHMARK
        {
            QVERIFY(raw.insert(i++));
        }
    }

    void list10000()
    {
        QBENCHMARK
        {
            QCOMPARE(m_tenThousand->entries().value().size(), 10'000);
        }
    }

    void list10000RawBaseline()
    {
        auto db = rawConnection(m_dir.filePath(u"store-1.db"_qs), m_key);
        QBENCHMARK
        {
            QVERIFY(rawSelect(*db, "") > 0);
        }
    }

    void pageOf30From100000_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("first page") << 0;
        QTest::newRow("middle page") << 50'000;
    }

    void pageOf30From100000()
    {
        QFETCH(int, offset);
        EntryQuery q;
        q.offset = offset;
        q.limit = 30;
        QBENCHMARK
        {
            QCOMPARE(m_hundredThousand->entries(q).value().size(), 30);
        }
    }

    void searchPageFrom100000()
    {
        EntryQuery q;
        q.text = u"tears"_qs;
        q.limit = 30;
        QBENCHMARK
        {
            QVERIFY(m_hundredThousand->entries(q));
        }
    }

    // Medians side by side, and the ratios the performance notes quote.
    void summary()
    {
        auto addStore = openStore(nextPath(), m_key, JournalStore::OpenMode::CreateNew);
        const QString rawPath = nextPath();
        openStore(rawPath, m_key, JournalStore::OpenMode::CreateNew)->close();
        auto rawDb = rawConnection(rawPath, m_key);
        RawInsert raw(*rawDb);
        int i = 0;
        const Measured add = median(41, [&] { (void)addStore->addEntry(sampleEntry(i++)); });
        const Measured addRaw = median(41, [&] { raw.insert(i++); });

        auto listDb = rawConnection(m_dir.filePath(u"store-1.db"_qs), m_key);
        const Measured list = median(7, [&] { (void)m_tenThousand->entries(); });
        const Measured listRaw = median(7, [&] { rawSelect(*listDb, ""); });

        auto pageDb = rawConnection(m_dir.filePath(u"store-2.db"_qs), m_key);
        EntryQuery q;
        q.offset = 50'000;
        q.limit = 30;
        const Measured page = median(21, [&] { (void)m_hundredThousand->entries(q); });
        const Measured pageRaw = median(21, [&] { rawSelect(*pageDb, "LIMIT 30 OFFSET 50000"); });

        report("add one entry (durable):", add, addRaw);
        report("list 10,000 entries:    ", list, listRaw);
        report("page of 30 at 50,000:   ", page, pageRaw);
        // Generous bounds on CPU time: they catch an accidental per-row query, not noise.
        QVERIFY(list.cpuMs / listRaw.cpuMs < 10);
        QVERIFY(page.cpuMs / pageRaw.cpuMs < 10);
        QVERIFY(add.cpuMs / addRaw.cpuMs < 10);
    }
};

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_Store.moc"
