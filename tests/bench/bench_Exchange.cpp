// How long exporting and importing 10,000 entries takes, next to what Qt's own JSON parser needs
// for the same file in the same run, so the numbers mean something on any machine.
#include "demo/DemoData.h"
#include "exchange/JournalExchange.h"
#include "exchange/JsonFormat.h"
#include "MedianTiming.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare::core;

namespace {

constexpr int entryCount = 10'000;

std::unique_ptr<JournalStore> openNewStore(const QString& path)
{
    auto store =
        JournalStore::open(path, SecretBytes::random(32), JournalStore::OpenMode::CreateNew);
    if (!store)
        qFatal("cannot create a store: %s", qPrintable(store.error().message()));
    return std::move(*store);
}

using aftercare::bench::Measured;
using aftercare::bench::median;

void report(const char* what, const Measured& m, const Measured& baseline)
{
    qInfo("%s wall %7.1f ms (%4.1fx) | cpu %7.1f ms (%4.1fx)", what, m.wallMs,
          m.wallMs / baseline.wallMs, m.cpuMs, m.cpuMs / baseline.cpuMs);
}

} // namespace

class BenchExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    JournalDocument m_demo;
    std::unique_ptr<JournalStore> m_source;
    QByteArray m_json;
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
        QBENCHMARK_ONCE
        {
            auto store = openNewStore(nextStorePath());
            const auto doc = JsonFormat::readDocument(m_json);
            QVERIFY(doc);
            const auto counts = JournalExchange::import(*store, *doc);
            QVERIFY(counts);
            QCOMPARE(counts->added,
                     int(doc->entries.size() + doc->partners.size() + doc->checkIns.size()));
        }
    }

    // The same operations timed side by side (median of five), as ratios to the baseline, in
    // wall-clock and in this thread's CPU time.
    void ratios()
    {
        const Measured parse = median(5, [this] { (void)QJsonDocument::fromJson(m_json); });
        const Measured read = median(5, [this] { (void)JsonFormat::readDocument(m_json); });
        const Measured exported = median(5, [this] {
            (void)JsonFormat::writeDocument(JournalExchange::collect(*m_source).value());
        });
        const Measured imported = median(5, [this] {
            auto store = openNewStore(nextStorePath());
            (void)JournalExchange::import(*store, JsonFormat::readDocument(m_json).value());
        });
        const JournalDocument doc = JsonFormat::readDocument(m_json).value();
        const Measured stored = median(5, [this, &doc] {
            auto store = openNewStore(nextStorePath());
            (void)JournalExchange::import(*store, doc);
        });
        report("baseline QJsonDocument::fromJson:    ", parse, parse);
        report("JsonFormat::readDocument:            ", read, parse);
        report("export (collect + write JSON):       ", exported, parse);
        report("import (read + fresh store):         ", imported, parse);
        report("  of which the store (importAll):    ", stored, parse);
        QVERIFY(parse.cpuMs > 0);
    }
};

QTEST_GUILESS_MAIN(BenchExchange)
#include "bench_Exchange.moc"
