// Opening the Journal page on a large journal: time to a shown, filled list and the peak memory
// it costs, on 10,000 and 100,000 entries. Because the list pages from the store, both should be
// about the same; the benchmark fails if the larger journal costs clearly more.
//
// Each journal is opened in a fresh child process (this same binary with --open-journal), so
// both sizes start from the same state: no heap left over from filling the journal, no fonts or
// styles already warmed up by the other run.
#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoData.h"
#include "core/storage/Journal.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace aftercare;

namespace {

const char* const passphrase = "bench";
const char* const openFlag = "--open-journal";
const char* const queriesFlag = "--time-queries";

// A figure from /proc/self/status, in kB.
qint64 statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Child process: unlock (not measured), then open the page and report as one JSON line.
int openJournal(const QString& dir)
{
    ui::Session session(dir);
    auto journal = core::Journal::unlock(dir, core::SecretBytes::fromUtf8(passphrase));
    if (!journal) {
        qCritical("%s", qPrintable(journal.error().message()));
        return 2;
    }
    session.adopt(std::move(*journal));

    const qint64 rssBefore = statusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    ui::JournalPage page(&session);
    page.resize(1100, 750);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 3;
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const int rows = page.model()->rowCount();

    QElapsedTimer fetch;
    fetch.start();
    page.model()->fetchMore({});
    const double fetchMs = double(fetch.nsecsElapsed()) / 1e6;

    QJsonObject out;
    out[QStringLiteral("openMs")] = openMs;
    out[QStringLiteral("fetchPageMs")] = fetchMs;
    out[QStringLiteral("rows")] = rows;
    out[QStringLiteral("total")] = page.model()->totalCount();
    out[QStringLiteral("rssBeforeKb")] = rssBefore;
    out[QStringLiteral("peakKb")] = statusKb("VmHWM:");
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

// Child process: what the store's two questions cost on a cold journal, for the breakdown.
int timeQueries(const QString& dir)
{
    auto journal = core::Journal::unlock(dir, core::SecretBytes::fromUtf8(passphrase));
    if (!journal)
        return 2;
    core::JournalStore& store = (*journal)->store();
    QElapsedTimer timer;
    timer.start();
    const int total = store.countEntries({}).value_or(-1);
    const double countMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    core::EntryQuery page;
    page.limit = ui::JournalTableModel::defaultPageSize;
    const auto rows = store.entries(page);
    const double pageMs = double(timer.nsecsElapsed()) / 1e6;
    QJsonObject out;
    out[QStringLiteral("countMs")] = countMs;
    out[QStringLiteral("firstPageMs")] = pageMs;
    out[QStringLiteral("total")] = total;
    out[QStringLiteral("rows")] = rows ? int(rows->size()) : -1;
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

struct Measurement
{
    int entries = 0;
    double openMs = 0;
    double fetchPageMs = 0;
    int rows = 0;
    int total = 0;
    qint64 rssBeforeKb = 0;
    qint64 peakKb = 0;
    double countMs = 0;
    double firstPageMs = 0;
    qint64 extraKb() const { return peakKb - rssBeforeKb; }
};

} // namespace

class bench_JournalPage : public QObject
{
    Q_OBJECT

    static QJsonObject runChild(const char* flag, const QString& dir)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1StringView(flag), dir});
        if (!child.waitForFinished(120000) || child.exitCode() != 0)
            qFatal("the measuring process failed (exit %d)", child.exitCode());
        const QByteArray line = child.readAllStandardOutput().trimmed().split('\n').last();
        return QJsonDocument::fromJson(line).object();
    }

    Measurement measure(int entryCount)
    {
        Measurement m;
        m.entries = entryCount;
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/journal");
        {
            auto created = core::Journal::create(dir, core::SecretBytes::fromUtf8(passphrase));
            if (!created)
                qFatal("%s", qPrintable(created.error().message()));
            QElapsedTimer fill;
            fill.start();
            const core::JournalDocument doc = core::DemoData::generate(
                entryCount, QDateTime(QDate(2026, 3, 1), QTime(22, 0)), 5 * 365, 7);
            auto imported = created->journal->store().importAll(doc.partners, doc.entries, {});
            if (!imported)
                qFatal("%s", qPrintable(imported.error().message()));
            qInfo("  filled %lld entries in %.1f s (not measured)", qlonglong(doc.entries.size()),
                  double(fill.elapsed()) / 1000.0);
            created->journal->lock();
        }

        const QJsonObject o = runChild(openFlag, dir);
        m.openMs = o.value(QStringLiteral("openMs")).toDouble();
        m.fetchPageMs = o.value(QStringLiteral("fetchPageMs")).toDouble();
        m.rows = o.value(QStringLiteral("rows")).toInt();
        m.total = o.value(QStringLiteral("total")).toInt();
        m.rssBeforeKb = o.value(QStringLiteral("rssBeforeKb")).toInteger();
        m.peakKb = o.value(QStringLiteral("peakKb")).toInteger();
        const QJsonObject q = runChild(queriesFlag, dir);
        m.countMs = q.value(QStringLiteral("countMs")).toDouble();
        m.firstPageMs = q.value(QStringLiteral("firstPageMs")).toDouble();
        return m;
    }

private Q_SLOTS:
    void openJournalPageStaysFlat()
    {
        QList<Measurement> results;
        for (int entries : {10000, 100000}) {
            const Measurement m = measure(entries);
            qInfo("  %6d entries: page shown in %.1f ms, next page in %.1f ms, %d rows loaded; "
                  "RSS before %lld kB, peak %lld kB (+%lld kB)",
                  m.entries, m.openMs, m.fetchPageMs, m.rows, m.rssBeforeKb, m.peakKb, m.extraKb());
            qInfo(
                "         the store alone, on a cold journal: counting %.1f ms, first page %.1f ms",
                m.countMs, m.firstPageMs);
            QCOMPARE(m.total, entries);
            QCOMPARE(m.rows, ui::JournalTableModel::defaultPageSize);
            results << m;
        }
        const Measurement& small = results.at(0);
        const Measurement& large = results.at(1);
        qInfo("  100k/10k: open time x%.2f, extra memory %+lld kB", large.openMs / small.openMs,
              large.extraKb() - small.extraKb());
        // Counting is the only step that grows with the journal; allow it some room.
        QVERIFY2(large.openMs < small.openMs * 3 + 150, "opening grew with the journal");
        QVERIFY2(large.extraKb() < small.extraKb() + 8 * 1024, "memory grew with the journal");
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], openFlag) == 0)
        return openJournal(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], queriesFlag) == 0)
        return timeQueries(QString::fromLocal8Bit(argv[2]));
    bench_JournalPage bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_JournalPage.moc"
