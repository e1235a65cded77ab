// Trends, Check-ins and Export in the real window: each is reached through its sidebar entry,
// a finding's "Show the entries" lands on the Journal page showing exactly its evidence, the
// pages' help and guide links go where they should, and a lock leaves none of them showing
// anything from the journal.
#include "core/Clock.h"
#include "core/model/CheckIn.h"
#include "tests/ui/ShellFixture.h"
#include "ui/export/ExportPage.h"
#include "ui/guide/GuidePage.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/LockController.h"
#include "ui/trends/TrendsPage.h"

#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>

using namespace aftercare;
using test::ShellFixture;

namespace {

const QString kNote = QStringLiteral("the kite over the harbour e41d");
const QString kPartner = QStringLiteral("Linden-7c0a");

QDateTime asOf()
{
    return QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
}

// Clicks the sidebar entry titled `title`, as a person would.
bool clickSidebar(ShellFixture& f, const QString& title)
{
    auto* sidebar = f.find<QListWidget>(QStringLiteral("sidebar"));
    const QList<QListWidgetItem*> items = sidebar->findItems(title, Qt::MatchExactly);
    if (items.size() != 1)
        return false;
    const QRect rect = sidebar->visualItemRect(items.first());
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

QStringList shownIds(const ui::JournalTableModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->entryAt(row)->id;
    ids.sort();
    return ids;
}

} // namespace

class tst_HostedPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::ManualClock> m_clock;
    QHash<QString, QString> m_ids;

    // Two relationship-related reflections in June (the "relationship" finding's evidence), a
    // calm one that is not part of it, a partner, a note and a PHQ-9.
    void createKnownJournal(ShellFixture& f)
    {
        f.createJournal();
        core::JournalStore* store = f.pendingStore();
        QVERIFY(store);
        auto partner = store->addPartner(kPartner);
        QVERIFY(partner);
        const auto add = [&](const QString& name, core::Entry e) {
            e.partnerId = partner->id;
            auto added = store->addEntry(e);
            QVERIFY(added);
            m_ids.insert(name, added->id);
        };
        add(QStringLiteral("calm"), test::sampleEntry(asOf().addDays(-27), kNote));
        core::Entry painful = test::sampleEntry(asOf().addDays(-20));
        painful.tears = core::Tears::Session;
        painful.tension = core::Tension::Worse;
        painful.thoughts = core::Thoughts::Sad;
        painful.reasons = {core::Reason::Relationship};
        painful.pain = 3;
        add(QStringLiteral("painful"), painful);
        core::Entry sad = test::sampleEntry(asOf().addDays(-6));
        sad.thoughts = core::Thoughts::Sad;
        sad.reasons = {core::Reason::Relationship};
        add(QStringLiteral("sad"), sad);
        QVERIFY(store->addCheckIn(
            {{}, asOf().addDays(-3), core::Instrument::Phq9, {1, 1, 1, 0, 0, 0, 0, 0, 0}}));
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(asOf());
        core::Clock::setInstance(m_clock.get());
        m_ids.clear();
    }
    void cleanup()
    {
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void sidebarReachesEveryNewPage();
    void showTheEntriesOpensExactlyTheEvidence();
    void aFindingsCheckInCanBeOpened();
    void guideAndHelpLinksNavigate();
    void lockEmptiesTrendsCheckInsAndExport();
};

void tst_HostedPages::sidebarReachesEveryNewPage()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    // "safety_plan" is a page without a sidebar entry (reached from Getting help now).
    QCOMPARE(w->pageKeys(), QStringList({"home", "reflect", "journal", "trends", "checkins",
                                         "export", "guide", "settings", "safety_plan"}));
    const QList<std::pair<QString, QString>> pages = {
        {"Trends", "trendsPage"}, {"Check-ins", "checkInPage"}, {"Export", "exportPage"}};
    for (const auto& [title, objectName] : pages) {
        QVERIFY2(clickSidebar(f, title), qPrintable(title));
        auto* page = f.find<QWidget>(objectName);
        QVERIFY2(page, qPrintable(objectName));
        QVERIFY2(page->isVisible(), qPrintable(objectName));
        QCOMPARE(w->page(w->currentPage()), page);
    }
    // Keyboard too: the list is one focus stop, arrows move between pages.
    auto* sidebar = f.find<QListWidget>(QStringLiteral("sidebar"));
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Up);
    QCOMPARE(w->currentPage(), QStringLiteral("checkins"));
}

void tst_HostedPages::aFindingsCheckInCanBeOpened()
{
    ShellFixture f;
    f.createJournal();
    core::CheckIn phq9{core::newId(),
                       core::Clock::instance().now().addDays(-1),
                       core::Instrument::Phq9,
                       {3, 3, 2, 2, 1, 1, 0, 0, 0}};
    QVERIFY(f.pendingStore()->addCheckIn(phq9));
    ui::MainWindow* w = f.openWindow();
    QVERIFY(clickSidebar(f, QStringLiteral("Trends")));
    auto* trends = f.find<ui::TrendsPage>(QStringLiteral("trendsPage"));
    QTRY_VERIFY(trends->findingIds().contains(QStringLiteral("depression_signs")));
    auto* button = f.find<QAbstractButton>(QStringLiteral("findingCheckIn_depression_signs"));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(w->currentPage(), QStringLiteral("checkins"));
    QTRY_VERIFY(f.find<QWidget>(QStringLiteral("checkInResult"))->isVisible());
    QVERIFY(f.find<QLabel>(QStringLiteral("checkInResultTotal"))->text().startsWith(u"12"));
}

void tst_HostedPages::showTheEntriesOpensExactlyTheEvidence()
{
    ShellFixture f;
    createKnownJournal(f);
    ui::MainWindow* w = f.openWindow();
    QVERIFY(clickSidebar(f, QStringLiteral("Trends")));
    auto* trends = f.find<ui::TrendsPage>(QStringLiteral("trendsPage"));
    QTRY_VERIFY(trends->findingIds().contains(QStringLiteral("relationship")));

    auto* button = f.find<QAbstractButton>(QStringLiteral("findingEntries_relationship"));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(w->currentPage(), QStringLiteral("journal"));
    auto* model = qobject_cast<ui::JournalTableModel*>(
        f.find<QAbstractItemView>(QStringLiteral("journalTable"))->model());
    QVERIFY(model);
    QStringList expected = {m_ids.value("painful"), m_ids.value("sad")};
    expected.sort();
    QTRY_COMPARE(shownIds(model), expected);
    QVERIFY(f.find<QWidget>(QStringLiteral("showOnlyBanner"))->isVisible());
    const core::Finding* finding = nullptr;
    for (const core::Finding& candidate : trends->snapshot().findings) {
        if (candidate.id == u"relationship")
            finding = &candidate;
    }
    QVERIFY(finding);
    QVERIFY(f.find<QLabel>(QStringLiteral("showOnlyCaption"))->text().contains(finding->title));

    // "Show all" brings back every reflection.
    f.find<QAbstractButton>(QStringLiteral("showAllButton"))->click();
    QTRY_COMPARE(model->rowCount(), 3);
}

void tst_HostedPages::guideAndHelpLinksNavigate()
{
    ShellFixture f;
    createKnownJournal(f);
    ui::MainWindow* w = f.openWindow();
    const auto guideTopic = [&f] {
        return f.find<ui::GuidePage>(QStringLiteral("guidePage"))->currentTopic();
    };
    w->showPage(QStringLiteral("trends"));
    auto* help = f.find<QAbstractButton>(QStringLiteral("findingHelp_pain"));
    QVERIFY(help);
    help->click();
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    QCOMPARE(guideTopic(), QStringLiteral("pain"));

    // A check-in with the last item above 0 offers help at once; it leads to "Getting help now".
    w->showPage(QStringLiteral("checkins"));
    QCOMPARE(w->currentPage(), QStringLiteral("checkins"));
    f.find<QAbstractButton>(QStringLiteral("checkInTakePhq9"))->click();
    auto* item9 = f.find<QAbstractButton>(QStringLiteral("checkInItem9_answer2"));
    QVERIFY(item9);
    item9->click();
    auto* form = f.find<QWidget>(QStringLiteral("checkInForm"));
    auto* helpNow = form->findChild<QAbstractButton*>(QStringLiteral("supportHelpNow"));
    QVERIFY(helpNow);
    QTRY_VERIFY(helpNow->isVisible());
    helpNow->click();
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    QCOMPARE(guideTopic(), QStringLiteral("help_now"));

    // Its "Save your contacts" opens Settings at the contacts.
    w->showPage(QStringLiteral("checkins"));
    QCOMPARE(w->currentPage(), QStringLiteral("checkins"));
    QVERIFY(form->isVisible()); // the questionnaire is still where it was left
    form->findChild<QAbstractButton*>(QStringLiteral("supportEditContacts"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("settings"));
    QTRY_COMPARE(QApplication::focusWidget(), f.find<QWidget>(QStringLiteral("settingsTherapist")));
}

void tst_HostedPages::lockEmptiesTrendsCheckInsAndExport()
{
    ShellFixture f;
    createKnownJournal(f);
    ui::MainWindow* w = f.openWindow();
    f.preferences->setAutoLockMinutes(5);

    w->showPage(QStringLiteral("trends"));
    auto* trends = f.find<ui::TrendsPage>(QStringLiteral("trendsPage"));
    QTRY_VERIFY(!trends->findingIds().isEmpty());
    QStringList titles;
    for (const core::Finding& finding : trends->snapshot().findings)
        titles << finding.title;
    w->showPage(QStringLiteral("checkins"));
    auto* history = f.find<QTreeWidget>(QStringLiteral("checkInHistory"));
    QCOMPARE(history->topLevelItemCount(), 1);
    w->showPage(QStringLiteral("export"));
    auto* exportPage = f.find<ui::ExportPage>(QStringLiteral("exportPage"));
    exportPage->refreshPreview();
    QTRY_VERIFY(!exportPage->previewPages().isEmpty());
    // The journal's words really are on screen before the lock.
    for (const QString& title : std::as_const(titles))
        QVERIFY2(!test::textsContaining(title).isEmpty(), qPrintable(title));

    m_clock->advanceMs(5 * 60'000);
    w->lockController()->checkIdle();
    QVERIFY(!f.session->isUnlocked());
    QVERIFY(trends->findingIds().isEmpty());
    QVERIFY(trends->snapshot().findings.isEmpty());
    QCOMPARE(history->topLevelItemCount(), 0);
    QVERIFY(exportPage->previewPages().isEmpty());
    const QStringList secrets = QStringList(titles) << kNote << kPartner;
    for (const QString& secret : secrets)
        QVERIFY2(test::textsContaining(secret).isEmpty(),
                 qPrintable(secret + QStringLiteral(" still shown in: ") +
                            test::textsContaining(secret).join(QStringLiteral(" | "))));
}

QTEST_MAIN(tst_HostedPages)
#include "tst_HostedPages.moc"
