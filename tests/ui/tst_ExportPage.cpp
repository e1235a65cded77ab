// The Export page, driven by its widgets' object names: the choices reach the report, files are
// written whole or not at all, JSON and CSV read back, printing goes through the printer, and
// locking empties the page, even while a file is being made in the background.
#include "../cli/PdfTools.h"
#include "../core/tst_ReportFixture.h"
#include "TestJournal.h"

#include "app/Session.h"
#include "Clock.h"
#include "exchange/CsvFormat.h"
#include "exchange/JsonFormat.h"
#include "export/ExportPage.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"
#include "WidgetTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using namespace aftercare::core;
namespace Fixture = aftercare::test::ReportFixture;

namespace {

using test::pdfText;

} // namespace

class TestExportPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TestJournal> m_journal;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::ExportPage> m_page;
    Fixture::Data m_data;
    QTemporaryDir m_out;

    template <typename W> W* widget(const char* name)
    {
        auto* w = m_page->findChild<W*>(QLatin1StringView(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    // Clicks the box itself (a click in the empty space right of a short label does nothing).
    void toggle(const char* name)
    {
        QCheckBox* box = widget<QCheckBox>(name);
        QVERIFY(box);
        const bool was = box->isChecked();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QCOMPARE(box->isChecked(), !was);
    }

    void chooseFile(const QString& path)
    {
        m_page->setFileChooser([path](const QString&) { return path; });
    }

    // Saving runs in the background: waits until it has ended, one way or the other.
    void waitUntilIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 60000); }

    void writeOld(const QString& path, const QByteArray& bytes)
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(bytes);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(Fixture::generatedAt());
        Clock::setInstance(m_clock.get());
        m_journal = std::make_unique<test::TestJournal>();
        auto created = m_journal->create();
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        m_data = Fixture::data();
        auto imported = created->journal->store().importAll({m_data.first, m_data.second},
                                                            m_data.entries, m_data.checkIns);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        m_session = std::make_unique<ui::Session>(m_journal->dir());
        m_session->adopt(std::move(created->journal));
        m_page = std::make_unique<ui::ExportPage>(m_session.get());
        m_page->resize(1100, 800);
        m_page->show();
        QVERIFY(m_out.isValid());
    }

    void cleanup()
    {
        m_page.reset();
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        m_session.reset();
        m_journal.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void defaultsArePrivate()
    {
        const ReportOptions options = m_page->reportOptions();
        QCOMPARE(options.to, QDate(2025, 6, 30));
        QCOMPARE(options.from, QDate(2025, 6, 30).addDays(-90));
        QVERIFY(!options.includeNotes);
        QVERIFY(!options.realPartnerNames);
        QCOMPARE(options.sections, allReportSections());
        QCOMPARE(m_page->format(), ui::ExportOptionsForm::Format::Pdf);
        QVERIFY(widget<QLabel>("exportWarning")->text().contains(QStringLiteral("not encrypted")));
    }

    void optionsAreNeverCutOffBesideThePreview()
    {
        // The width the page gets beside the sidebar in a 1120-pixel window.
        m_page->resize(900, 700);
        auto* form = widget<QWidget>("exportOptions");
        auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->viewport()->width() >= form->minimumSizeHint().width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    // Beside the sidebar in a 1120-pixel window two pages would be too small side by side:
    // they stand one under the other and the preview scrolls down, never sideways. A wide
    // window shows them side by side.
    void previewPagesFitTheWidth_data()
    {
        QTest::addColumn<int>("pageWidth");
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("default window") << 900 << false;
        QTest::newRow("wide window") << 1700 << true;
    }

    void previewPagesFitTheWidth()
    {
        QFETCH(int, pageWidth);
        QFETCH(bool, sideBySide);
        m_page->resize(pageWidth, 800);
        auto* first = widget<QLabel>("exportPreviewPage1");
        auto* second = widget<QLabel>("exportPreviewPage2");
        // Pages made for an earlier size may show first; wait for the arrangement this size gets.
        const auto arranged = [&] {
            if (!first->isVisible() || !second->isVisible())
                return false;
            if (sideBySide)
                return second->y() == first->y() && second->x() >= first->x() + first->width();
            return second->x() == first->x() && second->y() >= first->y() + first->height();
        };
        QTRY_VERIFY_WITH_TIMEOUT(arranged(), 20000);
        auto* scroll = widget<QScrollArea>("exportPreview");
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        // Readable either way: wider than the smallest page the side-by-side layout allows.
        QVERIFY(first->pixmap().width() >= 300);
    }

    void optionsReachTheReport()
    {
        auto* period = widget<QComboBox>("exportPeriod");
        QVERIFY(period);
        period->setCurrentIndex(period->findData(int(ui::ExportOptionsForm::Custom)));
        QVERIFY(widget<QDateEdit>("exportFrom")->isEnabled());
        widget<QDateEdit>("exportFrom")->setDate(QDate(2025, 4, 1));
        widget<QDateEdit>("exportTo")->setDate(QDate(2025, 5, 31));
        toggle("exportIncludeNotes");
        toggle("exportRealPartnerNames");
        toggle("exportSection_partners");
        auto* talk = widget<QPlainTextEdit>("exportTalkAbout");
        talk->setFocus();
        QTest::keyClicks(talk, QStringLiteral("Crying when it was good"));

        const ReportOptions options = m_page->reportOptions();
        QCOMPARE(options.from, QDate(2025, 4, 1));
        QCOMPARE(options.to, QDate(2025, 5, 31));
        QVERIFY(options.includeNotes);
        QVERIFY(options.realPartnerNames);
        QVERIFY(!options.has(ReportSection::Partners));
        QVERIFY(options.has(ReportSection::Entries));

        const auto report = m_page->buildReport();
        QVERIFY(report);
        QCOMPARE(report->overview.episodes, 2); // 10 April and 5 May
        QCOMPARE(report->notes.size(), 1);
        QCOMPARE(report->notes.first().notes, Fixture::kNoteText);
        QCOMPARE(report->entries.first().cells.last(), Fixture::kFirstPartner);
        QCOMPARE(report->cover.talkAbout, QStringLiteral("Crying when it was good"));
        QVERIFY(!report->has(ReportSection::Partners));
    }

    void previewFollowsTheOptions()
    {
        QSignalSpy updated(m_page.get(), &ui::ExportPage::previewUpdated);
        QTRY_VERIFY(updated.count() >= 1); // shown: the first preview is drawn right away
        QCOMPARE(m_page->previewPages().size(), 2);
        const QImage before = m_page->previewPages().first();

        // The user's words appear on the first page as soon as the preview catches up.
        const int seen = int(updated.count());
        widget<QPlainTextEdit>("exportTalkAbout")->setPlainText(QStringLiteral("Why now?"));
        QTRY_VERIFY(updated.count() > seen);
        QCOMPARE(m_page->previewPages().size(), 2);
        QVERIFY(m_page->previewPages().first() != before);
        QCOMPARE(m_page->previewPages().last().size(), before.size());

        QTest::mouseClick(widget<QRadioButton>("exportFormatCsv"), Qt::LeftButton);
        QTRY_VERIFY(m_page->previewPages().isEmpty());
        QTRY_VERIFY(widget<QLabel>("exportPreviewMessage")
                        ->text()
                        .startsWith(QStringLiteral("4 reflections")));
        QVERIFY(!widget<QPushButton>("exportPrintButton")->isEnabled());
    }

    void savesAPdfWithPrivateDefaults()
    {
        const QString path = m_out.filePath(QStringLiteral("summary.pdf"));
        chooseFile(path);
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        QTest::mouseClick(widget<QPushButton>("exportSaveButton"), Qt::LeftButton);
        // While the file is made: progress shows and Save cannot be pressed twice.
        QVERIFY(m_page->isBusy());
        QVERIFY(!widget<QPushButton>("exportSaveButton")->isEnabled());
        QVERIFY(widget<QProgressBar>("exportProgress")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        QCOMPARE(saved.first().first().toString(), path);
        QVERIFY(widget<QPushButton>("exportSaveButton")->isEnabled());
        QVERIFY(!widget<QProgressBar>("exportProgress")->isVisible());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("This summary covers 4 reflections")));
        QVERIFY(text.contains(QStringLiteral("Partner A")));
        QVERIFY(!text.contains(Fixture::kFirstPartner));
        QVERIFY(!text.contains(Fixture::kNoteText));
        QVERIFY(m_page->statusText().contains(QStringLiteral("not encrypted")));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }

    void failedWriteSaysWhyAndKeepsTheOldFile()
    {
        const QString path = m_out.filePath(QStringLiteral("summary.pdf"));
        writeOld(path, "the previous summary");
        chooseFile(path);
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        {
            const test::FileSizeLimit full(1024); // the disk is "full" after 1 KB
            m_page->save();
            waitUntilIdle();
        }
        QCOMPARE(saved.count(), 0);
        QCOMPARE(test::fileBytes(path), QByteArray("the previous summary"));
        QVERIFY2(m_page->statusText().contains(QStringLiteral("Nothing was saved")),
                 qPrintable(m_page->statusText()));
        QVERIFY(m_page->statusText().contains(QStringLiteral("unchanged")));

        chooseFile(m_out.filePath(QStringLiteral("no/such/folder/summary.pdf")));
        m_page->save();
        QCOMPARE(saved.count(), 0);
        QVERIFY(m_page->statusText().contains(QStringLiteral("Nothing was saved")));
    }

    void usesTheAppDialogHooksByDefault()
    {
        ui::Dialogs::setTestMode(true);
        const QString path = m_out.filePath(QStringLiteral("hooked.pdf"));
        ui::Dialogs::queueFileName(path);
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        m_page->save();
        ui::Dialogs::setTestMode(false);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        QVERIFY(QFileInfo::exists(path));
    }

    void cancellingTheFileDialogDoesNothing()
    {
        chooseFile(QString());
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        m_page->save();
        QCOMPARE(saved.count(), 0);
        QVERIFY(m_page->statusText().isEmpty());
    }

    void jsonIsACompleteReimportableCopy()
    {
        auto* period = widget<QComboBox>("exportPeriod");
        period->setCurrentIndex(period->findData(int(ui::ExportOptionsForm::Everything)));
        QTest::mouseClick(widget<QRadioButton>("exportFormatJson"), Qt::LeftButton);
        QCOMPARE(m_page->format(), ui::ExportOptionsForm::Format::Json);
        // Even a reflection dated after today belongs in a complete copy.
        QVERIFY(m_session->store()->addEntry(Fixture::entry(Fixture::at(2025, 7, 2), Tears::Few,
                                                            Tension::Relieved, Thoughts::Happy)));
        const QString path = m_out.filePath(QStringLiteral("copy")); // no suffix: added
        chooseFile(path);
        m_page->save();
        waitUntilIdle();
        const auto document =
            JsonFormat::readDocument(test::fileBytes(path + QStringLiteral(".json")));
        QVERIFY2(document, qPrintable(document ? QString() : document.error().message()));
        QCOMPARE(document->entries.size(), m_data.entries.size() + 1);
        QCOMPARE(document->checkIns.size(), m_data.checkIns.size());
        QCOMPARE(document->partners.size(), 2);
        bool notesKept = false;
        for (const Entry& e : document->entries)
            notesKept |= e.notes == Fixture::kNoteText;
        QVERIFY(notesKept);
    }

    void csvParsesBackToTheSameRows()
    {
        QTest::mouseClick(widget<QRadioButton>("exportFormatCsv"), Qt::LeftButton);
        const QString path = m_out.filePath(QStringLiteral("rows.csv"));
        chooseFile(path);
        m_page->save();
        waitUntilIdle();
        const QList<QStringList> rows = CsvFormat::parse(test::fileBytes(path));
        QCOMPARE(rows.size(), 1 + 4); // header and the four reflections of the last 3 months
        const qsizetype idColumn = rows.first().indexOf(QStringLiteral("id"));
        QVERIFY(idColumn >= 0);
        QStringList ids;
        for (const QStringList& row : rows.mid(1))
            ids << row.value(idColumn);
        for (int i = 1; i < m_data.entries.size(); ++i) // entries[0] is outside the period
            QVERIFY(ids.contains(m_data.entries[i].id));
    }

    void printsThroughThePrinter()
    {
        const QString path = m_out.filePath(QStringLiteral("printed.pdf"));
        int pagesOffered = 0;
        m_page->setPrintChooser([&](QPrinter& printer) {
            pagesOffered = printer.toPage();
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            return true;
        });
        QSignalSpy printed(m_page.get(), &ui::ExportPage::printed);
        QTest::mouseClick(widget<QPushButton>("exportPrintButton"), Qt::LeftButton);
        // The pages are laid out in the background first; the window stays responsive.
        QVERIFY(m_page->isBusy());
        QVERIFY(!widget<QPushButton>("exportPrintButton")->isEnabled());
        QTRY_COMPARE(printed.count(), 1);
        QVERIFY(!m_page->isBusy());
        QVERIFY(pagesOffered >= 3);
        const QString printedText = pdfText(path);
        QVERIFY2(printedText.contains(QStringLiteral("1 April 2025 – 30 June 2025")),
                 qPrintable(printedText.left(400)));

        bool asked = false;
        m_page->setPrintChooser([&](QPrinter&) { // cancelled in the dialog
            asked = true;
            return false;
        });
        QTest::mouseClick(widget<QPushButton>("exportPrintButton"), Qt::LeftButton);
        QTRY_VERIFY(asked && !m_page->isBusy());
        QCOMPARE(printed.count(), 1);
    }

    // Stopping, or locking, while the pages are made ready to print: no printer is ever asked
    // for, and nothing of the journal stays on the page.
    void stoppingOrLockingBeforePrintingPrintsNothing()
    {
        int asked = 0;
        m_page->setPrintChooser([&](QPrinter&) {
            ++asked;
            return false;
        });
        QSignalSpy printed(m_page.get(), &ui::ExportPage::printed);
        m_page->print();
        QVERIFY(m_page->isBusy());
        QTest::mouseClick(widget<QPushButton>("exportCancelButton"), Qt::LeftButton);
        QVERIFY(!m_page->isBusy());
        QVERIFY(m_page->statusText().contains(QStringLiteral("Nothing was printed")));
        QVERIFY(widget<QPushButton>("exportPrintButton")->isEnabled());

        m_page->print();
        QVERIFY(m_page->isBusy());
        m_session->lock();
        QVERIFY(!m_page->isBusy());
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        QCoreApplication::processEvents(); // deliver whatever the workers sent back
        QCOMPARE(asked, 0);
        QCOMPARE(printed.count(), 0);
        QVERIFY(m_page->statusText().isEmpty());
    }

    void lockingEmptiesThePage()
    {
        auto* talk = widget<QPlainTextEdit>("exportTalkAbout");
        talk->setPlainText(QStringLiteral("Something private"));
        toggle("exportIncludeNotes");
        m_page->refreshPreview();
        QTRY_COMPARE(m_page->previewPages().size(), 2);

        m_session->lock();
        QVERIFY(m_page->previewPages().isEmpty());
        QVERIFY(talk->toPlainText().isEmpty());
        QVERIFY(!widget<QCheckBox>("exportIncludeNotes")->isChecked());
        QVERIFY(!widget<QPushButton>("exportSaveButton")->isEnabled());
        QVERIFY(!m_page->buildReport());
    }

    // Everything chosen on the page (period, notes, real names, sections) is in the saved PDF.
    void chosenOptionsReachTheSavedPdf()
    {
        auto* period = widget<QComboBox>("exportPeriod");
        period->setCurrentIndex(period->findData(int(ui::ExportOptionsForm::Custom)));
        widget<QDateEdit>("exportFrom")->setDate(QDate(2025, 4, 1));
        widget<QDateEdit>("exportTo")->setDate(QDate(2025, 5, 31));
        toggle("exportIncludeNotes");
        toggle("exportRealPartnerNames");
        toggle("exportSection_legend");
        const QString path = m_out.filePath(QStringLiteral("chosen.pdf"));
        chooseFile(path);
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        m_page->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("1 April 2025 – 31 May 2025")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("This summary covers 2 reflections")));
        QVERIFY(text.contains(Fixture::kNoteText));
        QVERIFY(text.contains(Fixture::kFirstPartner));
        QVERIFY(!text.contains(QStringLiteral("How to read this summary"))); // no legend
    }

    // The folder goes away while the file is being made: the reason is on the page, and the
    // file saved there before (elsewhere) is untouched.
    void failedSaveSaysWhyAndKeepsTheOldFile()
    {
        const QString old = m_out.filePath(QStringLiteral("summary.pdf"));
        writeOld(old, "the previous summary");
        const QString folder = m_out.filePath(QStringLiteral("usb-stick"));
        QVERIFY(QDir().mkpath(folder));
        chooseFile(folder + QStringLiteral("/summary.pdf"));
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        m_page->save();
        QVERIFY(m_page->isBusy());
        QVERIFY(QDir(folder).removeRecursively()); // unplugged before the file was ready
        waitUntilIdle();
        QCOMPARE(saved.count(), 0);
        QVERIFY2(m_page->statusText().contains(QStringLiteral("Nothing was saved")),
                 qPrintable(m_page->statusText()));
        QVERIFY(m_page->statusText().contains(QStringLiteral("unchanged")));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(test::fileBytes(old), QByteArray("the previous summary"));
    }

    void cancelStopsTheSave()
    {
        const QString path = m_out.filePath(QStringLiteral("summary.pdf"));
        writeOld(path, "the previous summary");
        chooseFile(path);
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        m_page->save();
        auto* cancel = widget<QPushButton>("exportCancelButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!m_page->isBusy());
        QVERIFY(m_page->statusText().contains(QStringLiteral("Nothing was saved")));
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(test::fileBytes(path), QByteArray("the previous summary"));
        QVERIFY(widget<QPushButton>("exportSaveButton")->isEnabled());
    }

    // Locking while the report is still being made: the page empties at once, and what the
    // background work finishes later is thrown away, never shown or written.
    void lockingWhileMakingTheFileLeavesNothing()
    {
        toggle("exportIncludeNotes");
        toggle("exportRealPartnerNames");
        QTRY_COMPARE(m_page->previewPages().size(), 2);
        const QString path = m_out.filePath(QStringLiteral("made-while-locking.pdf"));
        chooseFile(path);
        QSignalSpy saved(m_page.get(), &ui::ExportPage::saved);
        m_page->refreshPreview(); // a preview on its way too
        m_page->save();
        QVERIFY(m_page->isBusy());

        m_session->lock();
        QVERIFY(!m_page->isBusy());
        QVERIFY(m_page->previewPages().isEmpty());
        QVERIFY(!widget<QProgressBar>("exportProgress")->isVisible());
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(m_page->previewPages().isEmpty());
        const QStringList texts = test::widgetTexts(m_page.get());
        for (const QString& secret : {Fixture::kFirstPartner, Fixture::kNoteText})
            QVERIFY2(!texts.join(u'\n').contains(secret), qPrintable(secret));
    }
};

QTEST_MAIN(TestExportPage)
#include "tst_ExportPage.moc"
