// "My safety plan" in the real window: reached from Getting help now, Settings and a check-in
// result with item 9 above 0; the professionals start from the saved contacts and the country's
// crisis line; saved encrypted in the journal; shown first in the support panel once it has
// content; the lock screen only says where to find it; one printed page and a PDF of its own.
#include "core/storage/SafetyPlanStore.h"
#include "core/support/CrisisLines.h"
#include "tests/cli/PdfTools.h"
#include "tests/ui/ShellFixture.h"
#include "ui/app/JournalScreen.h"
#include "ui/app/MainWindow.h"
#include "ui/safetyplan/SafetyPlanDocument.h"
#include "ui/safetyplan/SafetyPlanPage.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/SupportPanel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>

using namespace aftercare;
using namespace aftercare::test;
using Section = core::SafetyPlan::Section;

class tst_SafetyPlanPage : public QObject
{
    Q_OBJECT

private:
    ShellFixture* f = nullptr;

    QPlainTextEdit* edit(Section s)
    {
        return f->find<QPlainTextEdit>(QStringLiteral("safetyPlan_") +
                                       QString(core::SafetyPlan::key(s)));
    }

private Q_SLOTS:
    void init()
    {
        core::CrisisLines::setPreferredTerritory(QStringLiteral("GB"));
        f = new ShellFixture;
        f->createJournal();
        QVERIFY(f->pendingStore()->setSetting(ui::SupportPanel::therapistKey,
                                              QStringLiteral("Dr Lee, 020 7946 0000")));
        f->openWindow();
        // Preferences follow the system unless set: pin the country for these tests.
        f->preferences->setCrisisTerritory(QStringLiteral("GB"));
    }
    void cleanup()
    {
        delete f;
        f = nullptr;
        core::CrisisLines::setPreferredTerritory({});
    }

    void reachedFromGettingHelpNowAndSettings()
    {
        f->window->journal()->showHelpNow();
        auto* open = f->find<QWidget>(QStringLiteral("guideSupport"))
                         ->findChild<QAbstractButton*>(QStringLiteral("supportOpenSafetyPlan"));
        QVERIFY(open && open->isVisible());
        open->click();
        QCOMPARE(f->window->currentPage(), QStringLiteral("safety_plan"));

        f->window->showPage(QStringLiteral("settings"));
        f->find<QAbstractButton>(QStringLiteral("settingsSafetyPlan"))->click();
        QCOMPARE(f->window->currentPage(), QStringLiteral("safety_plan"));
        // No sidebar entry stays marked, so the page the person came from is one click away.
        auto* sidebar = f->find<QListWidget>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->currentRow(), -1);
        sidebar->setCurrentRow(7); // Settings
        QCOMPARE(f->window->currentPage(), QStringLiteral("settings"));
    }

    void professionalsStartFromContactsAndTheCrisisLine()
    {
        f->window->journal()->showSafetyPlan();
        const QString pros = edit(Section::Professionals)->toPlainText();
        QVERIFY2(pros.contains(QStringLiteral("Dr Lee, 020 7946 0000")), qPrintable(pros));
        QVERIFY2(pros.contains(QStringLiteral("Samaritans: call 116 123")), qPrintable(pros));
        // Nothing else is prefilled: the plan is the user's own words.
        QVERIFY(edit(Section::Coping)->toPlainText().isEmpty());
        // A suggestion only, until saved.
        QVERIFY(core::SafetyPlanStore::load(*f->session->store())->isEmpty());
    }

    void savedEncryptedAndShownFirstInTheSupportPanel()
    {
        f->window->journal()->showSafetyPlan();
        edit(Section::Coping)->setPlainText(QStringLiteral("A hot shower\n\n  Music  "));
        edit(Section::People)->setPlainText(QStringLiteral("Mia"));
        f->find<QAbstractButton>(QStringLiteral("safetyPlanSave"))->click();
        const auto saved = core::SafetyPlanStore::load(*f->session->store());
        QVERIFY(saved);
        QCOMPARE((*saved)[Section::Coping], (QStringList{u"A hot shower"_qs, u"Music"_qs}));
        QCOMPARE((*saved)[Section::People], QStringList{u"Mia"_qs});
        QVERIFY((*saved)[Section::Professionals].contains(u"Dr Lee, 020 7946 0000"_qs));

        f->window->journal()->showHelpNow();
        auto* support = f->find<QWidget>(QStringLiteral("guideSupport"));
        auto* plan = support->findChild<QWidget*>(QStringLiteral("supportSafetyPlan"));
        QVERIFY(plan->isVisible());
        const QString summary =
            support->findChild<QLabel*>(QStringLiteral("supportSafetyPlanSummary"))->text();
        QVERIFY2(summary.contains(u"A hot shower") && summary.contains(u"Mia"),
                 qPrintable(summary));
        // Above everything else in the panel.
        auto* lines = support->findChild<QLabel*>(QStringLiteral("supportCrisisLines"));
        QVERIFY(plan->mapTo(support, QPoint()).y() < lines->mapTo(support, QPoint()).y());
    }

    void lockingForgetsItAndTheLockScreenOnlySaysWhere()
    {
        f->window->journal()->showSafetyPlan();
        edit(Section::ReasonsForLiving)->setPlainText(QStringLiteral("My cat"));
        f->find<QAbstractButton>(QStringLiteral("safetyPlanSave"))->click();
        f->session->lock();
        QVERIFY(edit(Section::ReasonsForLiving)->toPlainText().isEmpty());
        QCOMPARE(f->window->screen(), ui::MainWindow::Screen::Unlock);
        f->find<QAbstractButton>(QStringLiteral("unlockHelpNow"))->click();
        auto* support = f->find<QWidget>(QStringLiteral("unlockSupport"));
        QVERIFY(support->isVisible());
        QVERIFY(support->findChild<QLabel*>(QStringLiteral("supportSafetyPlanHint"))->isVisible());
        QVERIFY(!support->findChild<QWidget*>(QStringLiteral("supportSafetyPlan"))->isVisible());
        for (QLabel* label : support->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(u"My cat"), qPrintable(label->text()));
    }

    void printsOnOnePageAndSavesAPdf()
    {
        core::SafetyPlan plan;
        for (Section s : core::SafetyPlan::sections)
            plan[s] = {u"Something fairly ordinary to write here"_qs, u"And a second line"_qs,
                       u"A third, to be generous"_qs};
        const auto doc = ui::SafetyPlanDocument::build(plan);
        doc->setPageSize(QSizeF(595, 842)); // A4 in points
        QCOMPARE(doc->pageCount(), 1);
        const auto pdf = ui::SafetyPlanDocument::pdf(plan);
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF"));
        const QString full = f->journal.root() + QStringLiteral("/full-plan.pdf");
        {
            QFile out(full);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(*pdf);
        }
        QCOMPARE(test::pdfPages(full), 1);
        QVERIFY(test::pdfText(full).contains(u"And a second line"));

        f->window->journal()->showSafetyPlan();
        edit(Section::Coping)->setPlainText(QStringLiteral("Walk"));
        const QString path = f->journal.root() + QStringLiteral("/plan.pdf");
        ui::Dialogs::queueFileName(path);
        f->find<QAbstractButton>(QStringLiteral("safetyPlanPdf"))->click();
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
    }
};

QTEST_MAIN(tst_SafetyPlanPage)
#include "tst_SafetyPlanPage.moc"
