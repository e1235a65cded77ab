// Start-up cost of the desktop app: from process start to the first paint of an unlocked main
// window showing Home on a 10,000-entry journal, against a bare Qt Widgets window built in the
// same tree and measured in the same run. Each measurement is a fresh child process (this
// executable re-run in a child mode) so dynamic loading, Qt's start-up and the first paint are
// all counted. Each child then keeps running for 1.5 s (the app builds its other pages in that
// time) and reports its own peak resident memory (getrusage ru_maxrss).
//
// The app child takes the app's real way in, as a person does: the window opens on the lock
// screen; once that has painted, the passphrase goes into the unlock page's field and Enter
// submits it; the unlock page's worker thread derives the key and opens the store (key, page
// size and schema checks, then the read-write connection) while the GUI thread builds Home; the
// timed region ends at the first paint of Home showing the journal. So it is process start →
// lock screen painted → Enter → Home with data painted, less only the person's typing. Since
// 2026-11-26 (evening) PRAGMA quick_check runs after the hand-over, on the session's thread,
// while Home reads and paints (writes wait for it); when it finished is reported beside the
// figure, and it is not inside the timed region. (Until 2026-11-26 the child called
// core::Journal::unlock on the GUI thread before building the window, which is not a path the
// app has.)
//
// Argon2id is excluded from the start-up figure: the bench journal uses the cheap test profile
// (< 1 ms). The cost of the standard profile is measured separately and reported beside it.
//
// Budgets (issue 3, §9): app start ≤ 2 × bare window; app peak memory ≤ bare + 40 MB.
#include "core/demo/DemoData.h"
#include "core/exchange/JournalExchange.h"
#include "core/storage/Journal.h"
#include "core/storage/SnapshotJob.h"
#include "tests/support/TestJournal.h"
#include "ui/app/MainWindow.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <sys/resource.h>

using namespace aftercare;

namespace {

constexpr int kEntries = 10'000;
constexpr int kRuns = 5;
const char* const kChildMode = "AFTERCARE_BENCH_CHILD";
const char* const kChildDir = "AFTERCARE_BENCH_DIR";

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// The reference: a window of the same shape (sidebar, stacked pages, a few labels and buttons).
void buildBareWindow(QMainWindow& window)
{
    auto* central = new QWidget(&window);
    auto* layout = new QHBoxLayout(central);
    auto* sidebar = new QListWidget(central);
    for (const char* page : {"Home", "Reflect", "Journal", "Guide", "Settings"})
        sidebar->addItem(QString::fromLatin1(page));
    auto* stack = new QStackedWidget(central);
    auto* home = new QWidget(stack);
    auto* homeLayout = new QVBoxLayout(home);
    homeLayout->addWidget(new QLabel(QStringLiteral("Good evening"), home));
    homeLayout->addWidget(new QPushButton(QStringLiteral("Reflect on a moment"), home));
    homeLayout->addWidget(new QPushButton(QStringLiteral("Quick log"), home));
    stack->addWidget(home);
    layout->addWidget(sidebar);
    layout->addWidget(stack, 1);
    window.setCentralWidget(central);
    window.resize(1120, 760);
}

// Notes the first paint of a widget that `counts` (any widget of a window, or of its Home
// page once the journal is open): what the person sees as "the app is open".
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<bool(QWidget*)> counts) : m_counts(std::move(counts))
    {
        qApp->installEventFilter(this);
    }
    ~FirstPaint() override { qApp->removeEventFilter(this); }

    // Runs the event loop until the paint; false after 20 s without one. The loop sleeps
    // between events: a polling loop would take a core from the unlock's worker thread.
    bool wait()
    {
        if (m_painted)
            return true;
        QTimer::singleShot(20000, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        return m_painted;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            m_counts(static_cast<QWidget*>(watched))) {
            m_painted = true;
            m_loop.quit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(QWidget*)> m_counts;
    QEventLoop m_loop;
    bool m_painted = false;
};

// Any widget of `window` counts: an opaque page may cover the window's own background.
FirstPaint windowPaint(QWidget* window)
{
    return FirstPaint([window](QWidget* w) { return w->window() == window; });
}

void print(const char* what, qint64 value)
{
    std::printf("%s %lld\n", what, value);
    std::fflush(stdout);
}

// Lets deferred work finish (pages built in idle moments).
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    loop.exec();
}

int runBare(const QElapsedTimer& sinceMain)
{
    QMainWindow window;
    buildBareWindow(window);
    FirstPaint painted = windowPaint(&window);
    window.show();
    if (!painted.wait())
        return 3;
    print("SHOWN", sinceMain.elapsed());
    settle();
    print("MEMORY", peakRssKb());
    return 0;
}

// The app's own way in: the window opens on the lock screen, the passphrase goes in through the
// unlock page's field and Enter (the worker derives the key, opens the store and runs
// quick_check while the GUI thread builds Home), and the clock stops at the first paint of Home
// showing the journal. The person's typing is not counted; Argon2id is the cheap test profile.
int runApp(const QElapsedTimer& sinceMain)
{
    const QString dir = qEnvironmentVariable(kChildDir);
    ui::Preferences preferences(dir + QStringLiteral("/prefs.ini"));
    ui::Session session(dir + QStringLiteral("/journal"));
    ui::MainWindow window(&session, &preferences);
    if (window.screen() != ui::MainWindow::Screen::Unlock)
        return 5;
    {
        FirstPaint lockScreen = windowPaint(&window);
        window.show();
        if (!lockScreen.wait())
            return 3;
    }
    print("LOCKSCREEN", sinceMain.elapsed());
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    if (!field)
        return 6;
    field->setText(QString::fromUtf8(test::kPassphrase));
    FirstPaint home([&session](QWidget* w) {
        for (; w && session.isUnlocked(); w = w->parentWidget()) {
            if (w->objectName() == QLatin1String("homePage"))
                return true;
        }
        return false;
    });
    QElapsedTimer sinceEnter;
    qint64 unlockedMs = -1;
    qint64 checkedMs = -1;
    QObject::connect(&session, &ui::Session::unlocked, [&] { unlockedMs = sinceEnter.elapsed(); });
    QObject::connect(&session, &ui::Session::journalChecked,
                     [&] { checkedMs = sinceEnter.elapsed(); });
    sinceEnter.start();
    QTest::keyClick(field, Qt::Key_Return);
    if (!home.wait())
        return session.isUnlocked() ? 3 : 4;
    print("SHOWN", sinceMain.elapsed());
    print("UNLOCK", unlockedMs);
    if (window.currentPage() != QStringLiteral("home"))
        return 5;
    settle(); // the quick_check finishes meanwhile
    print("CHECKED", checkedMs);
    print("MEMORY", peakRssKb());
    session.lock();
    return 0;
}

int runChild(const QByteArray& mode, int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    return mode == "bare" ? runBare(sinceMain) : runApp(sinceMain);
}

struct Sample
{
    qint64 wallMs = 0;       // parent: process start → window (app: Home with data) painted
    qint64 innerMs = 0;      // child: main() → the same paint
    qint64 lockScreenMs = 0; // child: main() → lock screen painted (app only)
    qint64 unlockMs = 0;     // child: Enter → Session::unlocked (app only)
    qint64 checkedMs = 0;    // child: Enter → the quick_check passed (app only; not timed)
    long rssKb = 0;
};

} // namespace

class bench_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startupAgainstBareWindow();
    void argon2StandardProfile();
    void dailySnapshot();

private:
    std::optional<Sample> runOnce(const QByteArray& mode);

    test::TestJournal m_journal;
};

void bench_Startup::initTestCase()
{
    QVERIFY(m_journal.isValid());
    QElapsedTimer timer;
    timer.start();
    auto created = m_journal.create();
    QVERIFY(created.has_value());
    const auto document = core::DemoData::generate(kEntries, QDateTime::currentDateTime(), 540);
    auto imported = core::JournalExchange::import(created->journal->store(), document);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().message()));
    QCOMPARE(created->journal->store().countEntries().value_or(0), kEntries);
    created->journal->lock();
    qInfo("prepared a %d-entry journal in %lld ms", kEntries, timer.elapsed());
}

std::optional<Sample> bench_Startup::runOnce(const QByteArray& mode)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildMode), QString::fromLatin1(mode));
    env.insert(QString::fromLatin1(kChildDir), m_journal.root());
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {});
    Sample sample;
    bool shown = false;
    bool measured = false;
    while (!measured && child.waitForReadyRead(60000)) {
        while (child.canReadLine()) {
            const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
            if (parts.size() == 2 && parts[0] == "SHOWN") {
                sample.wallMs = timer.elapsed();
                sample.innerMs = parts[1].toLongLong();
                shown = true;
            } else if (parts.size() == 2 && parts[0] == "LOCKSCREEN") {
                sample.lockScreenMs = parts[1].toLongLong();
            } else if (parts.size() == 2 && parts[0] == "UNLOCK") {
                sample.unlockMs = parts[1].toLongLong();
            } else if (parts.size() == 2 && parts[0] == "CHECKED") {
                sample.checkedMs = parts[1].toLongLong();
            } else if (parts.size() == 2 && parts[0] == "MEMORY") {
                sample.rssKb = parts[1].toLong();
                measured = true;
            }
        }
    }
    child.waitForFinished(60000);
    if (!shown || !measured) {
        qWarning("child %s failed (exit %d): %s", mode.constData(), child.exitCode(),
                 child.readAllStandardError().constData());
        return std::nullopt;
    }
    return sample;
}

template <typename F> static qint64 median(QList<Sample> samples, F field)
{
    std::sort(samples.begin(), samples.end(),
              [&](const Sample& a, const Sample& b) { return field(a) < field(b); });
    return field(samples.at(samples.size() / 2));
}

void bench_Startup::startupAgainstBareWindow()
{
    runOnce("bare"); // warm the page cache for both binaries' libraries
    runOnce("app");
    // Interleaved so that background load on the machine hits both alike.
    QList<Sample> bare;
    QList<Sample> app;
    for (int i = 0; i < kRuns; ++i) {
        if (auto s = runOnce("bare"))
            bare << *s;
        if (auto s = runOnce("app"))
            app << *s;
    }
    QCOMPARE(bare.size(), kRuns);
    QCOMPARE(app.size(), kRuns);
    const auto wall = [](const Sample& s) { return s.wallMs; };
    const auto inner = [](const Sample& s) { return s.innerMs; };
    const auto rss = [](const Sample& s) { return qint64(s.rssKb); };
    const qint64 bareWall = median(bare, wall);
    const qint64 appWall = median(app, wall);
    const qint64 bareRss = median(bare, rss);
    const qint64 appRss = median(app, rss);
    qInfo("start to first paint, median of %d (wall from exec / inside main); peak memory "
          "after 1.5 s:",
          kRuns);
    qInfo("  bare Qt window         %5lld ms / %5lld ms, peak RSS %6.1f MB", bareWall,
          median(bare, inner), bareRss / 1024.0);
    qInfo("  Aftercare, %d entries %5lld ms / %5lld ms, peak RSS %6.1f MB", kEntries, appWall,
          median(app, inner), appRss / 1024.0);
    // The lock screen from exec: the child's own figure plus the time before its main().
    const qint64 lockScreen =
        median(app, [](const Sample& s) { return s.wallMs - s.innerMs + s.lockScreenMs; });
    const qint64 unlock = median(app, [](const Sample& s) { return s.unlockMs; });
    const qint64 checked = median(app, [](const Sample& s) { return s.checkedMs; });
    qInfo("  of which: lock screen painted %lld ms (%.2f x the bare window); Enter to the "
          "journal open (worker: Argon2id fast profile < 1 ms, store open; GUI thread meanwhile "
          "builds Home) %lld ms",
          lockScreen, double(lockScreen) / double(std::max<qint64>(bareWall, 1)), unlock);
    qInfo("  not timed: Enter to the quick_check passed (session's thread, beside Home) %lld ms",
          checked);
    qInfo("  ratio %.2f (budget 2.00), extra memory %.1f MB (budget 40)",
          double(appWall) / double(std::max<qint64>(bareWall, 1)), (appRss - bareRss) / 1024.0);
    // The window the person first sees (the lock screen) is held to the budget on its own…
    QVERIFY2(lockScreen <= 2 * bareWall,
             "the lock screen takes more than twice the bare window's start-up");
    // …and so is the whole start-up, lock screen, unlock and Home with data: median 1.74-1.83x
    // (2026-11-26 evening, twelve runs 1.47-2.14x; docs/PERFORMANCE.md); it was 2.2-3.2x while
    // the quick_check had to pass before Home could show.
    QVERIFY2(appWall <= 2 * bareWall, "start-up is more than twice the bare window's");
    QVERIFY2(appRss <= bareRss + 40 * 1024, "peak memory exceeds the bare window's + 40 MB");
}

void bench_Startup::argon2StandardProfile()
{
    test::TestJournal journal;
    const core::SecretBytes passphrase =
        core::SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase));
    QElapsedTimer timer;
    timer.start();
    auto created = core::Journal::create(journal.dir(), passphrase, core::KdfProfile::standard());
    const qint64 createMs = timer.elapsed();
    QVERIFY(created.has_value());
    created->journal->lock();
    timer.restart();
    auto opened = core::Journal::unlock(journal.dir(), passphrase);
    const qint64 unlockMs = timer.elapsed();
    QVERIFY(opened.has_value());
    const core::KdfProfile standard = core::KdfProfile::standard();
    qInfo("Argon2id, standard profile (ops %llu, %zu MiB): unlock %lld ms, create %lld ms "
          "(runs off the GUI thread behind a busy indicator)",
          static_cast<unsigned long long>(standard.opsLimit), standard.memLimitBytes >> 20,
          unlockMs, createMs);
}

void bench_Startup::dailySnapshot()
{
    auto journal = m_journal.unlock();
    QVERIFY(journal.has_value());
    QElapsedTimer timer;
    timer.start();
    const auto job = (*journal)->snapshotJob(); // what the GUI thread does
    const qint64 jobUs = timer.nsecsElapsed() / 1000;
    QVERIFY(job);
    timer.restart();
    const core::Status ran = job->run(); // what the snapshot's own thread does
    const qint64 ms = timer.elapsed();
    QVERIFY2(ran.has_value(), qPrintable(ran ? QString() : ran.error().message()));
    qInfo("daily encrypted snapshot of the %d-entry journal: %lld ms on a thread of its own "
          "(once a day, %d ms after unlocking); making the job on the GUI thread: %lld us",
          kEntries, ms, ui::Session::snapshotDelayMs, jobUs);
    (*journal)->lock();
}

int main(int argc, char* argv[])
{
    const QByteArray mode = qgetenv(kChildMode);
    if (!mode.isEmpty())
        return runChild(mode, argc, argv);
    QApplication app(argc, argv);
    bench_Startup bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_Startup.moc"
