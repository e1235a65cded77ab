// How long exporting and importing 10,000 entries takes, next to what Qt's own JSON parser needs
// for the same file in the same run, so the numbers mean something on any machine.
#include "core/demo/DemoData.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/JsonFormat.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/EntryRow.h"
#include "tests/bench/MedianTiming.h"

#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <optional>

using namespace aftercare::core;

namespace {

constexpr int entryCount = 10'000;

const SecretBytes& dataKey()
{
    static const SecretBytes key = SecretBytes::random(32);
    return key;
}

std::unique_ptr<JournalStore> openNewStore(const QString& path)
{
    auto store = JournalStore::open(path, dataKey(), JournalStore::OpenMode::CreateNew);
    if (!store)
        qFatal("cannot create a store: %s", qPrintable(store.error().message()));
    return std::move(*store);
}

// The floor for the store's part of an import: the same rows (partners, tags, entries with
// their search-index rows and tag links, check-ins) copied as stored values from the source
// journal, then written with raw sqlite3 calls into a fresh journal with the same key, page size
// and pragmas, in one transaction, statements prepared once. The entries go in the order the
// exported file lists them (oldest first, then by id), as the import writes them. What the store
// adds on top of this is its own cost.
class RawImport
{
public:
    // A stored value as SQLite gave it: NULL, an integer or text (a plain struct rather than a
    // std::variant, which GCC 12 wrongly warns about when a QList of them grows).
    struct Value
    {
        enum class Type
        {
            Null,
            Integer,
            Text
        } type = Type::Null;
        qint64 integer = 0;
        QByteArray text;
    };
    using Rows = QList<QList<Value>>;

    explicit RawImport(const QString& sourcePath)
    {
        auto db = Database::open(sourcePath, Database::Access::ReadOnly);
        if (!db || !DatabaseOpener::configure(**db, dataKey()))
            qFatal("cannot open the source journal");
        m_partners = readRows(**db, "SELECT id, label, label_folded FROM partners");
        m_tags = readRows(**db, "SELECT id, label, label_folded FROM tags");
        // The source's row number, then the columns of EntryRow::insertSql() in its parameter
        // order.
        m_entries = readRows(
            **db, "SELECT seq, id, occurred_at, occurred_utc_ms, created_at, created_utc_ms, "
                  "updated_at, timing, tears, tension, trauma_reliving, response_kind, thoughts, "
                  "thoughts_text, emotions, reasons, pain, depression_signs, postpartum, bother, "
                  "partner_id, partner_response, limits_respected, notes FROM entries "
                  "ORDER BY occurred_utc_ms, id");
        QHash<qint64, QList<Value>> linksBySeq;
        for (const auto& link :
             readRows(**db, "SELECT entry_seq, tag_id FROM entry_tags ORDER BY entry_seq, "
                            "position"))
            linksBySeq[link[0].integer] << link[1];
        for (auto& row : m_entries)
            m_tagLinks << linksBySeq.value(row.takeFirst().integer);
        m_checkIns =
            readRows(**db, "SELECT id, taken_at, taken_utc_ms, instrument, answers FROM checkins");
    }

    qsizetype entryCount() const { return m_entries.size(); }

    // Writes everything into `db`, a freshly created journal; false on any SQLite error.
    bool writeInto(Database& db) const
    {
        sqlite3* h = db.handle();
        sqlite3_stmt* partner =
            prepare(h, "INSERT INTO partners (id, label, label_folded) VALUES (?, ?, ?)");
        sqlite3_stmt* entry = prepare(h, EntryRow::insertSql());
        sqlite3_stmt* fts =
            prepare(h, "INSERT INTO entries_fts (docid, notes, thoughts_text) VALUES (?, ?, ?)");
        sqlite3_stmt* checkIn = prepare(h, "INSERT INTO checkins (id, taken_at, taken_utc_ms, "
                                           "instrument, answers) VALUES (?, ?, ?, ?, ?)");
        sqlite3_stmt* tag =
            prepare(h, "INSERT INTO tags (id, label, label_folded) VALUES (?, ?, ?)");
        sqlite3_stmt* link =
            prepare(h, "INSERT INTO entry_tags (entry_seq, position, tag_id) VALUES (?, ?, ?)");
        bool ok = sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        for (const auto& row : m_partners)
            ok = ok && insert(partner, row);
        for (const auto& row : m_tags)
            ok = ok && insert(tag, row);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const auto& row = m_entries[i];
            ok = ok && insert(entry, row);
            const qint64 seq = sqlite3_last_insert_rowid(h);
            sqlite3_bind_int64(fts, 1, seq);
            bindValue(fts, 2, row[22]); // notes
            bindValue(fts, 3, row[12]); // thoughts_text
            ok = ok && sqlite3_step(fts) == SQLITE_DONE;
            sqlite3_reset(fts);
            for (qsizetype position = 0; position < m_tagLinks[i].size(); ++position) {
                sqlite3_bind_int64(link, 1, seq);
                sqlite3_bind_int64(link, 2, position);
                bindValue(link, 3, m_tagLinks[i][position]);
                ok = ok && sqlite3_step(link) == SQLITE_DONE;
                sqlite3_reset(link);
            }
        }
        for (const auto& row : m_checkIns)
            ok = ok && insert(checkIn, row);
        ok = ok && sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        for (sqlite3_stmt* s : {partner, tag, entry, fts, link, checkIn})
            sqlite3_finalize(s);
        return ok;
    }

private:
    static Rows readRows(Database& db, const char* sql)
    {
        Rows rows;
        sqlite3_stmt* s = prepare(db.handle(), sql);
        while (sqlite3_step(s) == SQLITE_ROW) {
            QList<Value> row;
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                switch (sqlite3_column_type(s, c)) {
                case SQLITE_NULL:
                    row << Value();
                    break;
                case SQLITE_INTEGER:
                    row << Value{Value::Type::Integer, sqlite3_column_int64(s, c), {}};
                    break;
                default:
                    row << Value{
                        Value::Type::Text, 0,
                        QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, c)),
                                   sqlite3_column_bytes(s, c))};
                }
            }
            rows << row;
        }
        sqlite3_finalize(s);
        return rows;
    }

    static sqlite3_stmt* prepare(sqlite3* h, const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK)
            qFatal("cannot prepare %s", sql);
        return s;
    }

    static void bindValue(sqlite3_stmt* s, int index, const Value& v)
    {
        switch (v.type) {
        case Value::Type::Integer:
            sqlite3_bind_int64(s, index, v.integer);
            break;
        case Value::Type::Text:
            sqlite3_bind_text(s, index, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
            break;
        case Value::Type::Null:
            sqlite3_bind_null(s, index);
        }
    }

    static bool insert(sqlite3_stmt* s, const QList<Value>& row)
    {
        for (int i = 0; i < row.size(); ++i)
            bindValue(s, i + 1, row[i]);
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        return ok;
    }

    Rows m_partners;
    Rows m_tags;
    Rows m_entries;
    QList<QList<Value>> m_tagLinks; // per entry, its tags' ids in order
    Rows m_checkIns;
};

std::unique_ptr<Database> newRawJournal(const QString& path)
{
    auto db = DatabaseOpener::create(path, dataKey());
    if (!db)
        qFatal("cannot create a journal: %s", qPrintable(db.error().message()));
    return std::move(*db);
}

qint64 rowCount(const QString& path, const char* sql)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db || !DatabaseOpener::configure(**db, dataKey()))
        qFatal("cannot open %s", qPrintable(path));
    const auto n = (*db)->queryInt(sql, u"count"_qs);
    if (!n)
        qFatal("cannot count: %s", qPrintable(n.error().message()));
    return *n;
}

using aftercare::bench::Measured;
using aftercare::bench::median;

void report(const char* what, const Measured& m, const Measured& baseline)
{
    qInfo("%s wall %7.1f ms (%4.1fx) | cpu %7.1f ms (%4.1fx)", what, m.wallMs,
          m.wallMs / baseline.wallMs, m.cpuMs, m.cpuMs / baseline.cpuMs);
}

// The median of each figure over the rounds.
Measured middle(QList<Measured> runs)
{
    QList<double> walls;
    QList<double> cpus;
    for (const Measured& m : runs) {
        walls << m.wallMs;
        cpus << m.cpuMs;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

// The median, lowest and highest of the ratios `a[i] / b[i]` of rounds measured side by side.
void reportRatios(const char* what, const QList<Measured>& a, const QList<Measured>& b)
{
    QList<double> walls;
    QList<double> cpus;
    for (qsizetype i = 0; i < a.size(); ++i) {
        walls << a[i].wallMs / b[i].wallMs;
        cpus << a[i].cpuMs / b[i].cpuMs;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    qInfo("%s wall %4.2fx (%4.2f-%4.2f) | cpu %4.2fx (%4.2f-%4.2f), median of %d rounds", what,
          walls[walls.size() / 2], walls.first(), walls.last(), cpus[cpus.size() / 2], cpus.first(),
          cpus.last(), int(a.size()));
}

} // namespace

class BenchExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    JournalDocument m_demo;
    std::unique_ptr<JournalStore> m_source;
    QByteArray m_json;
    std::optional<RawImport> m_raw;
    int m_stores = 0;

    QString nextStorePath() { return m_dir.filePath(u"import-%1.db"_qs.arg(++m_stores)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = DemoData::generate(
            entryCount, QDateTime(QDate(2026, 11, 30), QTime(22, 0), Qt::OffsetFromUTC, 3600), 3650,
            42);
        m_source = openNewStore(m_dir.filePath(u"source.db"_qs));
        const auto imported = JournalExchange::import(*m_source, m_demo);
        QVERIFY(imported);
        m_json = JsonFormat::writeDocument(JournalExchange::collect(*m_source).value());
        qInfo("%d entries, %d check-ins, JSON file %.1f MB", entryCount,
              int(m_demo.checkIns.size()), double(m_json.size()) / (1024 * 1024));
        m_raw.emplace(m_dir.filePath(u"source.db"_qs));
        QCOMPARE(m_raw->entryCount(), entryCount);
    }

    void baselineQtJsonParse()
    {
        QBENCHMARK
        {
            const QJsonDocument doc = QJsonDocument::fromJson(m_json);
            QVERIFY(doc.isObject());
        }
    }

    void readDocument()
    {
        QBENCHMARK
        {
            const auto doc = JsonFormat::readDocument(m_json);
            QVERIFY(doc && doc->entries.size() == entryCount);
        }
    }

    void writeDocument()
    {
        QBENCHMARK
        {
            QCOMPARE(JsonFormat::writeDocument(m_demo).isEmpty(), false);
        }
    }

    void exportFromStore()
    {
        QBENCHMARK
        {
            const auto doc = JournalExchange::collect(*m_source);
            QVERIFY(doc);
            QVERIFY(!JsonFormat::writeDocument(*doc).isEmpty());
        }
    }

    void importIntoFreshStore()
    {
        // Into an existing journal: creating it is not part of importing.
        auto store = openNewStore(nextStorePath());
        QBENCHMARK_ONCE
        {
            const auto doc = JsonFormat::readDocument(m_json);
            QVERIFY(doc);
            const auto counts = JournalExchange::import(*store, *doc);
            QVERIFY(counts);
            QCOMPARE(counts->added,
                     int(doc->entries.size() + doc->partners.size() + doc->checkIns.size()));
        }
    }

    // The store's part of an import, and the raw floor for it, each once: with `-callgrind`
    // their instruction counts, which repeat on a loaded machine where times do not.
    void storeIntoFreshStore()
    {
        const JournalDocument doc = JsonFormat::readDocument(m_json).value();
        auto store = openNewStore(nextStorePath());
        QBENCHMARK_ONCE
        {
            const auto counts = JournalExchange::import(*store, doc);
            QVERIFY(counts);
            QCOMPARE(counts->added,
                     int(doc.entries.size() + doc.partners.size() + doc.checkIns.size()));
        }
    }

    void rawFloorIntoFreshJournal()
    {
        auto db = newRawJournal(nextStorePath());
        QBENCHMARK_ONCE
        {
            QVERIFY(m_raw->writeInto(*db));
        }
    }

    // The floor is only a floor if it writes what the import writes: the same number of rows in
    // every table the import fills, the search index included.
    void rawFloorWritesWhatImportWrites()
    {
        const QString imported = nextStorePath();
        {
            auto store = openNewStore(imported);
            QVERIFY(JournalExchange::import(*store, JsonFormat::readDocument(m_json).value()));
        }
        const QString raw = nextStorePath();
        QVERIFY(m_raw->writeInto(*newRawJournal(raw)));
        for (const char* sql :
             {"SELECT count(*) FROM partners", "SELECT count(*) FROM tags",
              "SELECT count(*) FROM entries", "SELECT count(*) FROM entries_fts",
              "SELECT count(*) FROM entry_tags", "SELECT count(*) FROM checkins",
              "SELECT count(*) FROM entries e JOIN entry_tags et ON et.entry_seq = e.seq "
              "JOIN tags t ON t.id = et.tag_id WHERE t.label_folded = (SELECT label_folded "
              "FROM tags ORDER BY id LIMIT 1)"}) {
            QCOMPARE(rowCount(raw, sql), rowCount(imported, sql));
        }
        QVERIFY(rowCount(raw, "SELECT count(*) FROM entry_tags") > 0);
    }

    // The same operations timed side by side (median of five), as ratios to the baseline, in
    // wall-clock and in this thread's CPU time. Importing goes into a journal that already
    // exists, as it does in the app and the CLI: creating the fresh journal for each run (schema,
    // key, fsyncs) happens before the timed region, and closing it after; creating one is
    // reported on its own line.
    void ratios()
    {
        const RawImport& raw = *m_raw;
        const auto newStore = [this] { return openNewStore(nextStorePath()); };
        const JournalDocument doc = JsonFormat::readDocument(m_json).value();

        const Measured parse = median(5, [this] { (void)QJsonDocument::fromJson(m_json); });
        const Measured read = median(5, [this] { (void)JsonFormat::readDocument(m_json); });
        const Measured exported = median(5, [this] {
            (void)JsonFormat::writeDocument(JournalExchange::collect(*m_source).value());
        });
        // The import, the store alone and the floor are measured in turn within each round,
        // the order rotating, rather than each five times in a row: on a shared machine the load
        // drifts during a run, and the ratio of two figures taken a minute apart measures the
        // drift as much as the code.
        constexpr int rounds = 7;
        QList<Measured> imports;
        QList<Measured> stores;
        QList<Measured> floors;
        bool rawOk = true;
        for (int round = 0; round < rounds; ++round) {
            for (int turn = 0; turn < 3; ++turn) {
                switch ((round + turn) % 3) {
                case 0:
                    imports << median(1, newStore, [this](auto& store) {
                        (void)JournalExchange::import(*store,
                                                      JsonFormat::readDocument(m_json).value());
                    });
                    break;
                case 1:
                    stores << median(1, newStore, [&doc](auto& store) {
                        (void)JournalExchange::import(*store, doc);
                    });
                    break;
                default:
                    floors << median(
                        1, [this] { return newRawJournal(nextStorePath()); },
                        [&raw, &rawOk](auto& db) { rawOk = raw.writeInto(*db) && rawOk; });
                }
            }
        }
        const Measured imported = middle(imports);
        const Measured stored = middle(stores);
        const Measured floor = middle(floors);
        const Measured created = median(5, [this] { (void)openNewStore(nextStorePath()); });
        report("baseline QJsonDocument::fromJson:    ", parse, parse);
        report("JsonFormat::readDocument:            ", read, parse);
        report("export (collect + write JSON):       ", exported, parse);
        report("import (read + store):               ", imported, parse);
        report("  of which the store (importAll):    ", stored, parse);
        report("  raw sqlite3 floor for the store:   ", floor, parse);
        report("create a journal (then close it):    ", created, parse);
        // Issue 13's target: the whole import (read included) within 1.3x the floor. Reported,
        // not asserted: on a shared machine one run's ratios swing by more than that margin.
        reportRatios("import (read + store) / raw floor:   ", imports, floors);
        reportRatios("  the store alone / raw floor:       ", stores, floors);
        QVERIFY(rawOk);
        QVERIFY(parse.cpuMs > 0);
    }
};

QTEST_GUILESS_MAIN(BenchExchange)
#include "bench_Exchange.moc"
