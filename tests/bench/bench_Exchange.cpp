// How long exporting and importing 10,000 entries takes, next to what Qt's own JSON parser needs
// for the same file in the same run, so the numbers mean something on any machine.
#include "demo/DemoData.h"
#include "exchange/JournalExchange.h"
#include "exchange/JsonFormat.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

// Median of a few runs, in milliseconds.
template <typename Work> double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
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

    // The same operations timed side by side (median of three), as ratios to the baseline.
    void ratios()
    {
        const double parse = medianMs(3, [this] { (void)QJsonDocument::fromJson(m_json); });
        const double read = medianMs(3, [this] { (void)JsonFormat::readDocument(m_json); });
        const double exportMs = medianMs(3, [this] {
            (void)JsonFormat::writeDocument(JournalExchange::collect(*m_source).value());
        });
        const double importMs = medianMs(3, [this] {
            auto store = openNewStore(nextStorePath());
            (void)JournalExchange::import(*store, JsonFormat::readDocument(m_json).value());
        });
        const JournalDocument doc = JsonFormat::readDocument(m_json).value();
        const double storeMs = medianMs(3, [this, &doc] {
            auto store = openNewStore(nextStorePath());
            (void)JournalExchange::import(*store, doc);
        });
        qInfo("baseline QJsonDocument::fromJson: %.1f ms", parse);
        qInfo("JsonFormat::readDocument:         %.1f ms (%.1fx baseline)", read, read / parse);
        qInfo("export (collect + write JSON):    %.1f ms (%.1fx baseline)", exportMs,
              exportMs / parse);
        qInfo("import (read + fresh store):      %.1f ms (%.1fx baseline)", importMs,
              importMs / parse);
        qInfo("  of which JournalStore::importAll into a fresh store: %.1f ms", storeMs);
        QVERIFY(parse > 0);
    }
};

QTEST_GUILESS_MAIN(BenchExchange)
#include "bench_Exchange.moc"
