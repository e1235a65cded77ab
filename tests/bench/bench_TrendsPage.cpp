// The Trends page's first paint on a 10,000-entry journal: from show() until every finding card,
// chart and the calendar have been painted once, plus the pure computation on its own and a
// period change. With AFTERCARE_SCREENSHOT_DIR set it also renders the Trends and Check-ins pages
// on the demo journal (250 entries over 18 months) into trends.png, checkins.png and
// checkin-phq9.png (the questionnaire with the item-9 support showing).
#include "core/Clock.h"
#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoData.h"
#include "core/exchange/JournalExchange.h"
#include "core/storage/Journal.h"
#include "ui/checkin/CheckInPage.h"
#include "ui/session/Session.h"
#include "ui/trends/TrendsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
#include <QScrollArea>
#include <QTreeWidget>
#include <QtTest>

using namespace aftercare;

namespace {

QDateTime asOf()
{
    return QDateTime(QDate(2026, 3, 1), QTime(22, 0), Qt::OffsetFromUTC, 3600);
}

std::unique_ptr<core::Journal> filledJournal(const QString& dir, int entries, int days)
{
    auto created = core::Journal::create(dir, core::SecretBytes::fromUtf8("bench"),
                                         core::KdfProfile::fastForTests());
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    const core::JournalDocument doc = core::DemoData::generate(entries, asOf(), days, 7);
    if (auto imported = core::JournalExchange::import(created->journal->store(), doc); !imported)
        qFatal("%s", qPrintable(imported.error().message()));
    return std::move(created->journal);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

class bench_TrendsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::ManualClock> m_clock;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(asOf());
        core::Clock::setInstance(m_clock.get());
    }

    void cleanup()
    {
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void firstPaint10k()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/journal");
        ui::Session session(dir);
        session.adopt(filledJournal(dir, 10000, 5 * 365));

        auto entries = session.store()->entries();
        auto checkIns = session.store()->checkIns();
        auto partners = session.store()->partners();
        QVERIFY(entries && checkIns && partners);
        QCOMPARE(entries->size(), 10000);
        QElapsedTimer compute;
        compute.start();
        const ui::TrendsSnapshot snapshot =
            ui::TrendsSnapshot::compute(*entries, *checkIns, *partners, asOf(), 90);
        const double computeMs = msSince(compute);
        QVERIFY(snapshot.entriesInPeriod > 0);

        QElapsedTimer paint;
        paint.start();
        ui::TrendsPage page(&session);
        page.resize(1120 - 210, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // grab() paints the whole visible page, charts included, into a pixmap.
        const QPixmap first = page.grab();
        const double firstPaintMs = msSince(paint);
        QVERIFY(!first.isNull());
        QVERIFY(!page.findingIds().isEmpty());

        QElapsedTimer all;
        all.start();
        page.setPeriodDays(0);
        auto* content = page.findChild<QScrollArea*>(QStringLiteral("trendsScroll"))->widget();
        (void)content->grab();
        const double allMs = msSince(all);

        qInfo("Trends, 10,000 entries: compute %.0f ms; first paint (read journal, compute, build "
              "cards and charts, paint) %.0f ms; switch to all entries and paint every chart "
              "%.0f ms",
              computeMs, firstPaintMs, allMs);
        // A page that takes more than two seconds to appear is not "at a glance" any more.
        QVERIFY2(firstPaintMs < 2000, qPrintable(QString::number(firstPaintMs)));
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("AFTERCARE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set AFTERCARE_SCREENSHOT_DIR to render the Trends and Check-ins pages");
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/journal");
        ui::Session session(dir);
        session.adopt(filledJournal(dir, 250, 540));

        ui::TrendsPage trends(&session);
        trends.resize(910, 1500);
        trends.show();
        QVERIFY(QTest::qWaitForWindowExposed(&trends));
        QTest::qWait(200);
        QVERIFY(trends.grab().save(out + QStringLiteral("/trends.png")));
        // The whole scrollable page, to look at every chart; too tall for the README, so it goes
        // to the temporary folder.
        auto* content = trends.findChild<QScrollArea*>(QStringLiteral("trendsScroll"))->widget();
        const QString full = QDir::tempPath() + QStringLiteral("/aftercare-trends-full.png");
        QVERIFY(content->grab().save(full));
        qInfo("whole Trends page: %s", qPrintable(full));

        // For review only: a dark palette, with a PHQ-9 that has item 9 above 0 so the urgent
        // card shows too.
        {
            const QPalette light = QApplication::palette();
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
            dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
            dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x38));
            dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
            dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
            dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa8));
            dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
            QApplication::setPalette(dark);
            QVERIFY(session.store()->addCheckIn(
                {{}, asOf().addDays(-1), core::Instrument::Phq9, {1, 1, 1, 0, 0, 0, 0, 0, 1}}));
            QTest::qWait(50);
            const QString darkPath =
                QDir::tempPath() + QStringLiteral("/aftercare-trends-dark.png");
            QVERIFY(content->grab().save(darkPath));
            qInfo("dark palette: %s", qPrintable(darkPath));
            QApplication::setPalette(light);
        }

        ui::CheckInPage checkIns(&session);
        checkIns.resize(910, 760);
        checkIns.show();
        QVERIFY(QTest::qWaitForWindowExposed(&checkIns));
        QVERIFY(checkIns.findChild<QTreeWidget*>(QStringLiteral("checkInHistory"))
                    ->topLevelItemCount() > 0);
        QVERIFY(checkIns.grab().save(out + QStringLiteral("/checkins.png")));

        // The questionnaire with item 9 answered above 0: the support shows at once.
        checkIns.startCheckIn(core::Instrument::Phq9);
        for (int item = 1; item <= 9; ++item) {
            const int value = item == 9 ? 1 : item % 3;
            auto* radio = checkIns.findChild<QAbstractButton*>(
                QStringLiteral("checkInItem%1_answer%2").arg(item).arg(value));
            QVERIFY(radio);
            radio->click();
        }
        QTest::qWait(50);
        QVERIFY(checkIns.grab().save(out + QStringLiteral("/checkin-phq9.png")));
    }
};

QTEST_MAIN(bench_TrendsPage)
#include "bench_TrendsPage.moc"
