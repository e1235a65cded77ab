// The cost of Trends over large journals, against the cost of reading the same rows from the
// store: all findings, series and the summary must stay within three times the read.
#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Factors.h"
#include "core/analysis/Findings.h"
#include "core/analysis/TrendSeries.h"
#include "core/analysis/TrendSummary.h"
#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoData.h"
#include "core/storage/JournalStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare::core;

namespace {

// Everything the Trends view and `aftercare-cli trends` compute for one journal.
int analyseEverything(const JournalDocument& doc, const QDateTime& asOf)
{
    const AnalysisContext ctx(doc.entries, doc.checkIns, doc.partners, asOf);
    const QList<Finding> findings = Findings::evaluate(ctx);
    const TrendSeries weeks = TrendSeries::build(ctx, Period::Week, 365);
    const TrendSeries months = TrendSeries::build(ctx, Period::Month);
    const TrendSummary summary = TrendSummary::compute(ctx);
    return int(findings.size() + weeks.periods.size() + months.periods.size()) + summary.entries;
}

// What the Trends page waits for once the journal is unlocked: its contents read from the store,
// then findings, series, summary and the factors of the period.
int trendsFromStore(const JournalStore& store, const QDateTime& asOf)
{
    const auto contents = store.contents();
    if (!contents)
        return -1;
    const AnalysisContext ctx(contents->entries, contents->checkIns, contents->partners, asOf);
    const QList<Finding> findings = Findings::evaluate(ctx);
    const TrendSeries weeks = TrendSeries::build(ctx, Period::Week, 365);
    const TrendSummary summary = TrendSummary::compute(ctx, 365);
    const FactorAnalysis factors = FactorAnalysis::compute(ctx, 365);
    return int(findings.size() + weeks.periods.size() + factors.factors.size()) + summary.entries;
}

// `doc` with 30 tags spread over its entries: each entry gets 0 to 3 of them, some tags common
// and some rare, two of them more often on distressing entries (so findings fire), the same
// every run.
JournalDocument withTags(JournalDocument doc)
{
    QStringList tags;
    for (int i = 0; i < 30; ++i)
        tags << QStringLiteral("tag number %1").arg(i + 1);
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (Entry& e : doc.entries) {
        const int count = int(next() % 4);
        for (int k = 0; k < count; ++k) {
            // Skewed toward the first tags: tag i is picked about twice as often as tag 2i.
            const int pick = int((next() % 30) * (next() % 31) / 30);
            const QString& tag = tags[pick];
            if (!e.tags.contains(tag))
                e.tags << tag;
        }
        if (e.tension == Tension::Worse && next() % 3 == 0 && !e.tags.contains(tags[28]))
            e.tags << tags[28];
    }
    return doc;
}

qint64 bestOfThreeNs(const std::function<void()>& work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

} // namespace

class BenchAnalysis : public QObject
{
    Q_OBJECT

public:
    BenchAnalysis() : m_asOf(QDateTime(QDate(2025, 11, 1), QTime(21, 0), Qt::OffsetFromUTC, 3600))
    {}

private Q_SLOTS:
    void initTestCase()
    {
        // Three years of entries: windows of 30–180 days then hold a realistic slice.
        for (int size : {10'000, 100'000})
            m_docs.insert(size, DemoData::generate(size, m_asOf, 3 * 365, 7));
    }

    void context_data() { addSizes(); }
    void context()
    {
        QFETCH(int, size);
        const JournalDocument& doc = m_docs[size];
        QBENCHMARK
        {
            const AnalysisContext ctx(doc.entries, doc.checkIns, doc.partners, m_asOf);
            QCOMPARE(ctx.entries().size(), std::size_t(size));
        }
    }

    void findings_data() { addSizes(); }
    void findings()
    {
        QFETCH(int, size);
        const JournalDocument& doc = m_docs[size];
        QBENCHMARK
        {
            QVERIFY(!Findings::evaluate(doc.entries, doc.checkIns, doc.partners, m_asOf).isEmpty());
        }
    }

    void weeklySeries_data() { addSizes(); }
    void weeklySeries()
    {
        QFETCH(int, size);
        const JournalDocument& doc = m_docs[size];
        QBENCHMARK
        {
            const auto s =
                TrendSeries::build(doc.entries, doc.checkIns, doc.partners, m_asOf, Period::Week);
            QCOMPARE(s.depressionSigns.size(), size);
        }
    }

    void everything_data() { addSizes(); }
    void everything()
    {
        QFETCH(int, size);
        const JournalDocument& doc = m_docs[size];
        QBENCHMARK
        {
            QVERIFY(analyseEverything(doc, m_asOf) > 0);
        }
    }

    // The baseline: reading the same rows back from an encrypted store.
    void storeRead_data() { addSizes(); }
    void storeRead()
    {
        QFETCH(int, size);
        std::unique_ptr<JournalStore> store = openFilled(size);
        QVERIFY(store);
        QBENCHMARK
        {
            const auto entries = store->entries();
            QVERIFY(entries);
            QCOMPARE(entries->size(), size);
        }
    }

    // The requirement itself, measured once per size as the best of three runs.
    void analysisWithinThreeTimesTheRead_data() { addSizes(); }
    void analysisWithinThreeTimesTheRead()
    {
        QFETCH(int, size);
        std::unique_ptr<JournalStore> store = openFilled(size);
        QVERIFY(store);
        JournalDocument read;
        const qint64 readNs = bestOfThreeNs([&] {
            read.entries = *store->entries();
            read.checkIns = *store->checkIns();
            read.partners = *store->partners();
        });
        const qint64 analysisNs = bestOfThreeNs([&] { analyseEverything(read, m_asOf); });
        qInfo("%d entries: read %.1f ms, analysis %.1f ms (%.2fx)", size, readNs / 1e6,
              analysisNs / 1e6, double(analysisNs) / double(readNs));
        QVERIFY(analysisNs <= 3 * readNs);
    }

    // Issue 16: Trends with tags on 100,000 entries and 30 tags within twice the time of the
    // same Trends without tags, both measured in this one run.
    void trendsWithTagsWithinTwiceWithout()
    {
        const int size = 100'000;
        std::unique_ptr<JournalStore> plain = openFilled(size);
        QVERIFY(plain);
        const JournalDocument tagged = withTags(m_docs[size]);
        std::unique_ptr<JournalStore> withTagsStore = openStore(u"bench-tagged"_qs, tagged);
        QVERIFY(withTagsStore);
        QCOMPARE(withTagsStore->tags().value().size(), 30);
        // Alternate the two so that load from other processes falls on both alike.
        qint64 plainNs = std::numeric_limits<qint64>::max();
        qint64 taggedNs = std::numeric_limits<qint64>::max();
        for (int round = 0; round < 3; ++round) {
            plainNs = std::min(plainNs, bestOfThreeNs([&] { trendsFromStore(*plain, m_asOf); }));
            taggedNs =
                std::min(taggedNs, bestOfThreeNs([&] { trendsFromStore(*withTagsStore, m_asOf); }));
        }
        qsizetype links = 0;
        for (const Entry& e : tagged.entries)
            links += e.tags.size();
        qInfo("%d entries, 30 tags on %lld links: Trends without tags %.1f ms, with tags %.1f ms "
              "(%.2fx)",
              size, qint64(links), plainNs / 1e6, taggedNs / 1e6,
              double(taggedNs) / double(plainNs));
        QVERIFY(taggedNs <= 2 * plainNs);
    }

private:
    std::unique_ptr<JournalStore> openStore(const QString& name, const JournalDocument& doc)
    {
        if (!m_dir.isValid())
            return nullptr;
        const QString path = m_dir.filePath(name + u".db"_qs);
        auto store = JournalStore::open(path, m_key, JournalStore::OpenMode::CreateNew);
        if (!store || !(*store)->importAll(doc.partners, doc.entries, doc.checkIns))
            return nullptr;
        return std::move(*store);
    }

    static void addSizes()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("10000") << 10'000;
        QTest::newRow("100000") << 100'000;
    }

    std::unique_ptr<JournalStore> openFilled(int size)
    {
        if (!m_dir.isValid())
            return nullptr;
        const QString path = m_dir.filePath(QStringLiteral("bench-%1.db").arg(size));
        const bool exists = QFile::exists(path);
        auto store = JournalStore::open(path, m_key,
                                        exists ? JournalStore::OpenMode::OpenExisting
                                               : JournalStore::OpenMode::CreateNew);
        if (!store)
            return nullptr;
        if (!exists) {
            const JournalDocument& doc = m_docs[size];
            if (!(*store)->importAll(doc.partners, doc.entries, doc.checkIns))
                return nullptr;
        }
        return std::move(*store);
    }

    QDateTime m_asOf;
    QHash<int, JournalDocument> m_docs;
    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);
};

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_Analysis.moc"
