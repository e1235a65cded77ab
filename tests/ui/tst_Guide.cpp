// The guide in the real window: F1 and the "Need help now?" link reach it, every topic has its
// own text, links between pages work, and "Getting help now" shows crisis lines and the user's
// saved contacts.
#include "core/support/CrisisLines.h"
#include "tests/ui/ShellFixture.h"
#include "ui/guide/GuidePage.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/SupportPanel.h"

#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace aftercare;
using test::ShellFixture;

class tst_Guide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTopicHasText();
    void understandingCitesPrevalence();
    void pagesSpeakToEveryBodyAndToLimits();
    void f1OpensTheGuide();
    void helpNowLinkShowsCrisisLinesAndContacts();
    void linksBetweenPagesWork();
    void homeLinksOpenTopics();
    void supportPanelWithoutStoreShowsNoContacts();
    void supportPanelForgetsALockedStore();
    void longContactWrapsInsideThePanel();
    void crisisLinesCanBeReachedWithTab();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_Guide::everyTopicHasText()
{
    const QStringList expected = {
        QStringLiteral("understanding"), QStringLiteral("reasons"),
        QStringLiteral("reflecting"),    QStringLiteral("talk_to_someone"),
        QStringLiteral("partner_cries"), QStringLiteral("help_now"),
        QStringLiteral("pain"),          QStringLiteral("relationship"),
        QStringLiteral("depression"),    QStringLiteral("trauma")};
    QCOMPARE(ui::GuidePage::topics(), expected);
    QSet<QString> texts;
    for (const QString& key : expected) {
        const QString text = ui::GuidePage::text(key);
        QVERIFY2(text.size() > 400, qPrintable(key));
        QVERIFY2(!ui::GuidePage::title(key).isEmpty(), qPrintable(key));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), expected.size());
    QVERIFY(ui::GuidePage::text(QStringLiteral("no_such_topic")).isEmpty());
    // The eleven reasons each appear on the reasons page.
    const QString reasons = ui::GuidePage::text(QStringLiteral("reasons"));
    for (const char* word :
         {"Happy tears", "Shame or guilt", "scenario", "your body", "biological", "Anxiety", "pain",
          "Confusion", "Relationship", "depression", "trauma"})
        QVERIFY2(reasons.contains(QLatin1String(word), Qt::CaseInsensitive), word);
}

void tst_Guide::understandingCitesPrevalence()
{
    const QString text = ui::GuidePage::text(QStringLiteral("understanding"));
    QVERIFY(text.contains(QStringLiteral("46%")));
    QVERIFY(text.contains(QStringLiteral("Schweitzer")));
    QVERIFY(text.contains(QStringLiteral("2015")));
    QVERIFY(text.contains(QStringLiteral("41%")));
    QVERIFY(text.contains(QStringLiteral("Maczkowiack")));
    QVERIFY(text.contains(QStringLiteral("2019")));
    // "Getting help now" is the support panel (the crisis lines) above this text.
    const QString help = ui::GuidePage::text(QStringLiteral("help_now"));
    QVERIFY(help.contains(QStringLiteral("Settings")));
    QVERIFY(help.contains(QStringLiteral("consensual")));
}

void tst_Guide::pagesSpeakToEveryBodyAndToLimits()
{
    // "If your partner cries" starts from the possibility that a limit was crossed, and makes
    // no blanket claim that it is not the reader's doing.
    const QString partner = ui::GuidePage::text(QStringLiteral("partner_cries"));
    QVERIFY(partner.contains(QStringLiteral("stop first")));
    QVERIFY(partner.contains(QStringLiteral("crossed a line")));
    QVERIFY(!partner.contains(QStringLiteral("anything you did wrong")));
    // Pain: causes that are not about one kind of body.
    const QString pain = ui::GuidePage::text(QStringLiteral("pain"));
    QVERIFY(pain.contains(QStringLiteral("any body")));
    QVERIFY(pain.contains(QStringLiteral("pelvic floor")));
    // "The lines above answer at any hour" speaks only of the crisis lines.
    const QString help = ui::GuidePage::text(QStringLiteral("help_now"));
    QVERIFY(help.contains(QStringLiteral("The crisis lines in the box above answer at any hour")));
    QVERIFY(!help.contains(QStringLiteral("All of the lines above")));
}

void tst_Guide::f1OpensTheGuide()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    QTest::keyClick(w, Qt::Key_F1);
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    auto* browser = f.find<QTextBrowser>(QStringLiteral("guideText"));
    QVERIFY(browser->isVisible());
    QVERIFY(browser->toPlainText().contains(QStringLiteral("postcoital dysphoria")));
}

void tst_Guide::helpNowLinkShowsCrisisLinesAndContacts()
{
    ShellFixture f;
    f.createJournal();
    f.pendingStore()->setSetting(ui::SupportPanel::crisisKey,
                                 QStringLiteral("Night line 555 0199"));
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("settings"));
    f.find<QAbstractButton>(QStringLiteral("helpNowLink"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    auto* guide = f.find<ui::GuidePage>(QStringLiteral("guidePage"));
    QCOMPARE(guide->currentTopic(), QStringLiteral("help_now"));
    auto* support = f.find<QWidget>(QStringLiteral("guideSupport"));
    QVERIFY(support->isVisible());
    const QString lines = support->findChild<QLabel*>(QStringLiteral("supportCrisisLines"))->text();
    // With the sexual-assault line, since this page speaks to a consent "no" too.
    QCOMPARE(lines, core::CrisisLines::describeText(core::CrisisLines::currentTerritory(), true));
    QVERIFY(lines.contains(u"emergency number"));
    // No link back to the page it sits on.
    QVERIFY(!support->findChild<QWidget*>(QStringLiteral("supportHelpNow"))->isVisible());
    auto* crisis = support->findChild<QLabel*>(QStringLiteral("supportCrisis"));
    QVERIFY(crisis->isVisible());
    QVERIFY(crisis->text().contains(QStringLiteral("Night line 555 0199")));
    QVERIFY(!support->findChild<QLabel*>(QStringLiteral("supportTherapist"))->isVisible());

    // The panel only shows on that topic.
    guide->showTopic(QStringLiteral("reasons"));
    QVERIFY(!support->isVisible());

    // "Save your contacts" leads to Settings.
    guide->showTopic(QStringLiteral("help_now"));
    support->findChild<QAbstractButton*>(QStringLiteral("supportEditContacts"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("settings"));
}

void tst_Guide::linksBetweenPagesWork()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    f.window->journal()->showGuide(QStringLiteral("understanding"));
    auto* browser = f.find<QTextBrowser>(QStringLiteral("guideText"));
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("guide:reasons")));
    auto* guide = f.find<ui::GuidePage>(QStringLiteral("guidePage"));
    QCOMPARE(guide->currentTopic(), QStringLiteral("reasons"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Possible reasons")));
    // The topic list follows, and choosing there works too.
    auto* list = f.find<QListWidget>(QStringLiteral("guideTopics"));
    QCOMPARE(list->currentRow(), 1);
    list->setCurrentRow(4);
    QCOMPARE(guide->currentTopic(), QStringLiteral("partner_cries"));
    // Unknown topics fall back to the first page rather than a blank one.
    guide->showTopic(QStringLiteral("nonsense"));
    QCOMPARE(guide->currentTopic(), QStringLiteral("understanding"));
}

void tst_Guide::homeLinksOpenTopics()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    f.find<QAbstractButton>(QStringLiteral("homePartnerCried"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("guide"));
    QCOMPARE(f.find<ui::GuidePage>(QStringLiteral("guidePage"))->currentTopic(),
             QStringLiteral("partner_cries"));
}

void tst_Guide::supportPanelWithoutStoreShowsNoContacts()
{
    ui::SupportPanel panel;
    QSignalSpy guide(&panel, &ui::SupportPanel::guideRequested);
    panel.setStore(nullptr);
    panel.show();
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("supportNoContacts"))->isVisible());
    core::CrisisLines::setPreferredTerritory(QStringLiteral("GB"));
    panel.refresh();
    const QString gb = panel.findChild<QLabel*>(QStringLiteral("supportCrisisLines"))->text();
    QVERIFY2(gb.contains(QStringLiteral("116 123")) && gb.contains(QStringLiteral("999")),
             qPrintable(gb));
    // The sexual-assault line only where it is asked for.
    QVERIFY(!gb.contains(QStringLiteral("0808 500 2222")));
    panel.setSexualAssaultLineShown(true);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("supportCrisisLines"))
                ->text()
                .contains(QStringLiteral("0808 500 2222")));
    // Somewhere without known lines: no number at all, never a wrong one.
    core::CrisisLines::setPreferredTerritory(QStringLiteral("ZZ"));
    panel.refresh();
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("supportCrisisLines"))
                 ->text()
                 .contains(QRegularExpression(QStringLiteral("\\d"))));
    core::CrisisLines::setPreferredTerritory({});
    panel.findChild<QAbstractButton*>(QStringLiteral("supportHelpNow"))->click();
    QCOMPARE(guide.count(), 1);
    QCOMPARE(guide.at(0).at(0).toString(), QStringLiteral("help_now"));
}

void tst_Guide::supportPanelForgetsALockedStore()
{
    test::TestJournal journal;
    auto created = journal.create();
    QVERIFY(created.has_value());
    const QString contact = QStringLiteral("Dr Juniper Okafor, Thursdays");
    QVERIFY(created->journal->store().setSetting(ui::SupportPanel::therapistKey, contact));
    ui::SupportPanel panel;
    panel.setStore(&created->journal->store());
    panel.show();
    auto* therapist = panel.findChild<QLabel*>(QStringLiteral("supportTherapist"));
    QVERIFY(therapist->text().contains(contact));
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("supportNoContacts"))->isVisible());

    // A page that hands the panel its store and forgets to take it back on lock is still safe:
    // the panel empties itself when the store goes away.
    created->journal->lock();
    created->journal.reset();
    QVERIFY(therapist->text().isEmpty());
    QVERIFY(!therapist->isVisible());
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("supportNoContacts"))->isVisible());
    panel.refresh(); // and stays safe to refresh
    QVERIFY(therapist->text().isEmpty());
}

void tst_Guide::longContactWrapsInsideThePanel()
{
    test::TestJournal journal;
    auto created = journal.create();
    QVERIFY(created.has_value());
    // One unbroken web address, far wider than the panel, and a long run without spaces.
    const QString address = QStringLiteral("https://counselling.example.org/booking/") +
                            QString(60, QLatin1Char('x')) + QStringLiteral("?therapist=okafor");
    const QString run = QString(150, QLatin1Char('9'));
    QVERIFY(created->journal->store().setSetting(ui::SupportPanel::therapistKey, address));
    QVERIFY(created->journal->store().setSetting(ui::SupportPanel::crisisKey, run));
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* panel = new ui::SupportPanel(&page);
    layout->addWidget(panel);
    panel->setStore(&created->journal->store());
    page.resize(560, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // The panel fits the page instead of widening it, and the contacts wrap inside it.
    QVERIFY2(panel->minimumSizeHint().width() <= 560,
             qPrintable(QString::number(panel->minimumSizeHint().width())));
    auto* frame = panel->findChild<QWidget*>(QStringLiteral("supportFrame"));
    for (const char* name : {"supportTherapist", "supportCrisis"}) {
        auto* label = panel->findChild<QLabel*>(QLatin1String(name));
        QVERIFY(label->isVisible());
        const QRect inFrame(label->mapTo(frame, QPoint(0, 0)), label->size());
        QVERIFY2(frame->contentsRect().contains(inFrame), name);
        // "Therapist:" on its own line, then the contact over several more.
        QVERIFY2(label->height() >= 4 * label->fontMetrics().lineSpacing(), name);
    }
    // Nothing is added to the text: selecting all of it copies exactly what was saved.
    auto* therapist = panel->findChild<QLabel*>(QStringLiteral("supportTherapist"));
    QVERIFY(therapist->text().endsWith(QLatin1Char('\n') + address));
    therapist->setSelection(0, int(therapist->text().size()));
    QCOMPARE(therapist->selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')),
             therapist->text());
    created->journal->lock();
}

// A keyboard user can reach the crisis numbers to select and copy them.
void tst_Guide::crisisLinesCanBeReachedWithTab()
{
    ui::SupportPanel panel;
    panel.setStore(nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto* lines = panel.findChild<QLabel*>(QStringLiteral("supportCrisisLines"));
    QVERIFY(lines);
    QStringList visited;
    for (int i = 0; i < 12 && QApplication::focusWidget() != lines; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &panel,
                        Qt::Key_Tab);
        if (QWidget* focused = QApplication::focusWidget())
            visited << focused->objectName();
    }
    QVERIFY2(QApplication::focusWidget() == lines, qPrintable(visited.join(u", ")));
    QVERIFY(lines->textInteractionFlags() & Qt::TextSelectableByKeyboard);
}

QTEST_MAIN(tst_Guide)
#include "tst_Guide.moc"
