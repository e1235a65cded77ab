// The cost of "Save as PDF" on the Export page: read the period from an encrypted store, build the
// report, lay it out and write the PDF. One year of typical use (~150 entries) must take under a
// second; ten years of a 10,000-entry journal is measured too. Peak memory is reported per case:
// run one case per process (bench_Report oneYear / bench_Report tenYears) for a clean figure.
#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoData.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/JournalStore.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPdfWriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <sys/resource.h>

using namespace aftercare;
using namespace aftercare::core;

namespace {

qint64 peakRssKb()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class BenchReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);
    const QDateTime m_now{QDate(2025, 11, 1), QTime(21, 0)};

    std::map<int, std::unique_ptr<JournalStore>> m_stores;

    // Made once per size: QBENCHMARK runs the test function again until the timing settles.
    JournalStore* filledStore(int entries, int days)
    {
        auto& slot = m_stores[entries];
        if (slot)
            return slot.get();
        auto store = JournalStore::open(m_dir.filePath(QStringLiteral("bench-%1.db").arg(entries)),
                                        m_key, JournalStore::OpenMode::CreateNew);
        if (!store)
            return nullptr;
        const JournalDocument doc = DemoData::generate(entries, m_now, days, 11);
        if (!(*store)->importAll(doc.partners, doc.entries, doc.checkIns))
            return nullptr;
        slot = std::move(*store);
        return slot.get();
    }

    // Everything Save does before the bytes reach the disk; returns the page count. The Export
    // page reads on the GUI thread, builds and lays out on a worker, then paints one page per
    // turn of the event loop: the breakdown says how long each part takes and the longest single
    // page, the longest the window goes without answering while a PDF is made.
    int exportPdf(const JournalStore& store, const ReportOptions& options, bool report)
    {
        QElapsedTimer timer;
        timer.start();
        const auto source = ReportBuilder::read(store, options, m_now);
        const qint64 readMs = timer.restart();
        const TherapistReport built = ReportBuilder::build(*source, options, m_now);
        const qint64 buildMs = timer.restart();
        const ui::ReportDocument document(built, QPageSize(QPageSize::A4));
        const qint64 layoutMs = timer.restart();
        ui::ReportPdfWriter::PageByPage pages(document);
        qint64 longestPageMs = 0;
        QElapsedTimer page;
        while (!pages.isComplete()) {
            page.start();
            if (!pages.paintNext())
                return -1;
            longestPageMs = qMax(longestPageMs, page.elapsed());
        }
        const auto bytes = pages.finish();
        const qint64 writeMs = timer.elapsed();
        if (report)
            qInfo("  read %lld ms (GUI thread), build %lld ms + layout %lld ms (worker), PDF %lld "
                  "ms (GUI thread, longest page %lld ms): %d pages, %lld KB",
                  readMs, buildMs, layoutMs, writeMs, longestPageMs, document.pageCount(),
                  qint64(bytes ? bytes->size() / 1024 : -1));
        return bytes ? document.pageCount() : -1;
    }

    void measure(int entries, int days)
    {
        const bool first = !m_stores.contains(entries);
        JournalStore* store = filledStore(entries, days);
        QVERIFY(store);
        const ReportOptions options = ReportOptions::lastDays(m_now.date(), days);
        const qint64 before = peakRssKb();
        if (first)
            QVERIFY(exportPdf(*store, options, true) > 0); // warm-up, and the breakdown
        QBENCHMARK
        {
            QVERIFY(exportPdf(*store, options, false) > 0);
        }
        if (first)
            qInfo("  peak RSS %lld MB (%lld MB before the first export)", peakRssKb() / 1024,
                  before / 1024);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneYear() { measure(150, 365); }

    void tenYears() { measure(10'000, 10 * 365); }
};

QTEST_MAIN(BenchReport)
#include "bench_Report.moc"
