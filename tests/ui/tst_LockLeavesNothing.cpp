// After a lock, nothing of the journal can be read from any widget by anyone — a person at the
// screen or an accessibility client: every widget of the main window and of every other
// top-level is walked (text, tool and status tips, What's This, accessible name and
// description, window title, actions, every text role of every item view's model), and no entry
// date, answer summary, count of entries, partner label, note or thought may be left.
#include "tests/ui/ShellFixture.h"
#include "tests/ui/WidgetTexts.h"
#include "ui/app/MainWindow.h"
#include "ui/session/BackgroundTask.h"

#include <QLocale>
#include <QRegularExpression>

using namespace aftercare;
using test::ShellFixture;

namespace {

const QString kNote = QStringLiteral("wrote this by the window 4c1d");
const QString kThoughts = QStringLiteral("the quiet after e77b");
const QString kPartner = QStringLiteral("Sage-93aa");

// The ways a page may write a day.
QStringList dateForms(const QDate& day)
{
    const QLocale locale;
    QStringList forms{day.toString(Qt::ISODate), locale.toString(day, QLocale::ShortFormat),
                      locale.toString(day, QLocale::LongFormat)};
    for (const char* format : {"d MMMM", "MMMM d", "d MMM", "MMM d", "d/M", "M/d"})
        forms << locale.toString(day, QString::fromLatin1(format));
    return forms;
}

// What of the journal is still readable: each hit says what it is and where it was found.
QStringList leftovers(const QStringList& needles)
{
    static const QRegularExpression count(
        QStringLiteral("\\b\\d+ (reflections?|entries|entry|check-ins?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList hits;
    for (const QString& text : test::allWidgetTexts()) {
        for (const QString& needle : needles) {
            if (text.contains(needle))
                hits << QStringLiteral("\"%1\" in \"%2\"").arg(needle, text);
        }
        if (count.match(text).hasMatch())
            hits << QStringLiteral("a count in \"%1\"").arg(text);
    }
    return hits;
}

} // namespace

class tst_LockLeavesNothing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }

    void nothingReadableAfterALock()
    {
        ShellFixture f;
        f.createJournal();
        core::JournalStore* store = f.pendingStore();
        QVERIFY(store);
        auto partner = store->addPartner(kPartner);
        QVERIFY(partner);
        QList<QDate> days;
        for (int ago : {11, 23, 37}) {
            core::Entry entry = test::sampleEntry(
                QDateTime(QDate::currentDate().addDays(-ago), QTime(22, 14)), kNote);
            entry.thoughtsText = kThoughts;
            entry.tears = core::Tears::Session;
            entry.thoughts = core::Thoughts::Mixed;
            entry.partnerId = partner->id;
            QVERIFY(store->addEntry(entry));
            days << entry.occurredAt.date();
        }
        ui::MainWindow* window = f.openWindow();
        for (const QString& key : window->pageKeys()) {
            window->page(key);
            window->showPage(key);
        }
        window->showPage(QStringLiteral("home"));

        // The data is really on screen before the lock, so the check after means something.
        const QString recent = f.find<QAbstractButton>(QStringLiteral("homeRecent"))->text();
        QVERIFY2(recent.contains(u"crying session"), qPrintable(recent));
        QStringList needles{kNote, kThoughts, kPartner, recent};
        for (const QDate& day : std::as_const(days))
            needles << dateForms(day);
        QVERIFY2(!leftovers(needles).isEmpty(), "the entries were never shown");
        QVERIFY(!test::textsContaining(recent).isEmpty());

        f.session->lock();
        QCOMPARE(window->screen(), ui::MainWindow::Screen::Unlock);
        const QStringList left = leftovers(needles);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(tst_LockLeavesNothing)
#include "tst_LockLeavesNothing.moc"
