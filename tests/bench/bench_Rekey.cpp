// Re-keying a 10,000-entry journal (the file dance: copy under the new key, checks, the switch,
// reopening) against one plain sqlcipher_export of the same journal in the same run. Argon2id is
// left out: the new key slots are sealed before the timed part, with the cheap profile. Target:
// at most 1.5 times the export.
#include "core/demo/DemoData.h"
#include "core/storage/Journal.h"
#include "tests/bench/MedianTiming.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using namespace aftercare::core;

namespace {

const QDateTime kEnd(QDate(2026, 11, 30), QTime(22, 0), Qt::OffsetFromUTC, 3600);
constexpr int kEntries = 10000;
constexpr int kRuns = 5;

} // namespace

class BenchRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rekeyAgainstOneExport()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("journal"));
        const SecretBytes passphrase = SecretBytes::fromUtf8(QStringLiteral("bench passphrase"));
        auto created = Journal::create(dir, passphrase, KdfProfile::fastForTests());
        QVERIFY(created);
        Journal& journal = *created->journal;
        const JournalDocument demo = DemoData::generate(kEntries, kEnd, 3 * 365);
        QVERIFY(journal.store().importAll(demo.partners, demo.entries, demo.checkIns));
        QCOMPARE(*journal.store().countEntries(), kEntries);
        const qint64 size = QFileInfo(Journal::databasePath(dir)).size();

        const QString copy = tmp.filePath(QStringLiteral("export.db"));
        // Alternating, so both see the same state of the machine's caches.
        QList<double> exportWall, exportCpu, rekeyWall, rekeyCpu;
        for (int run = 0; run < kRuns; ++run) {
            const bench::Measured exported = bench::median(1, [&] {
                if (!journal.store().writeEncryptedCopy(copy))
                    qFatal("export failed");
            });
            QFile::remove(copy);
            const bench::Measured rekeyed = bench::median(
                1,
                [&] {
                    auto plan =
                        journal.planRekey(passphrase, SecretBytes(), KdfProfile::fastForTests());
                    if (!plan)
                        qFatal("plan failed");
                    return std::move(*plan);
                },
                [&](const RekeyPlan& plan) {
                    if (const Status applied = journal.applyRekey(plan); !applied)
                        qFatal("re-key failed: %s", qPrintable(applied.error().message()));
                });
            exportWall << exported.wallMs;
            exportCpu << exported.cpuMs;
            rekeyWall << rekeyed.wallMs;
            rekeyCpu << rekeyed.cpuMs;
        }
        const auto median = [](QList<double> values) {
            std::sort(values.begin(), values.end());
            return values[values.size() / 2];
        };
        const double wallRatio = median(rekeyWall) / median(exportWall);
        const double cpuRatio = median(rekeyCpu) / median(exportCpu);
        qInfo("%d entries, %lld KiB: sqlcipher_export %.1f ms wall / %.1f ms CPU; re-key %.1f ms "
              "wall / %.1f ms CPU; ratio %.2fx wall, %.2fx CPU",
              kEntries, size / 1024, median(exportWall), median(exportCpu), median(rekeyWall),
              median(rekeyCpu), wallRatio, cpuRatio);
        QCOMPARE(*journal.store().countEntries(), kEntries);
        QVERIFY2(cpuRatio <= 1.5, "the re-key should cost at most 1.5 times one export");
    }
};

QTEST_GUILESS_MAIN(BenchRekey)
#include "bench_Rekey.moc"
