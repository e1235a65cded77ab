// The Export page, driven by its widgets' object names: the choices reach the report, files are
// written whole or not at all, JSON and CSV read back, printing goes through the printer, and
// locking empties the page, even while a file is being made in the background. The preview has
// its own tests (tst_ExportPreview).
#include "tests/ui/ExportPageTest.h"

using namespace aftercare;
using namespace aftercare::core;
using namespace aftercare::test;

class TestExportPage : public ExportPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void defaultsArePrivate()
    {
        const ReportOptions options = m_page->reportOptions();
        // The last 3 months, as the From and To fields show them.
        QCOMPARE(options.to, QDate(2025, 6, 30));
        QCOMPARE(options.from, QDate(2025, 3, 31));
        QCOMPARE(widget<QDateEdit>("exportFrom")->date(), options.from);
        QCOMPARE(widget<QDateEdit>("exportTo")->date(), options.to);
        QVERIFY(!options.includeNotes);
        QVERIFY(!options.realPartnerNames);
        // A consent "no" and the safety plan are the person's to share: off until ticked.
        QVERIFY(!options.includeConsentFinding);
        QVERIFY(!options.includeSafetyPlan);
        QVERIFY(!widget<QCheckBox>("exportIncludeConsentFinding")->isChecked());
        QVERIFY(!widget<QCheckBox>("exportIncludeSafetyPlan")->isChecked());
        // Every section but the person's own tags, which are theirs to add.
        QCOMPARE(options.sections, defaultReportSections());
        QVERIFY(!widget<QCheckBox>("exportSection_tags")->isChecked());
        QVERIFY(widget<QCheckBox>("exportSection_partners")->isChecked());
        QCOMPARE(m_page->format(), ui::ExportOptionsForm::Format::Pdf);
        QVERIFY(widget<QLabel>("exportWarning")->text().contains(QStringLiteral("not encrypted")));
    }

    // Each "the last …" choice shows its days in From and To, and the summary prints exactly
    // those days; a custom choice keeps the days picked.
    void thePrintedPeriodIsTheShownOne()
    {
        auto* period = widget<QComboBox>("exportPeriod");
        const QList<std::pair<int, QDate>> choices = {
            {int(ui::ExportOptionsForm::Last30Days), QDate(2025, 6, 1)},
            {int(ui::ExportOptionsForm::Last3Months), QDate(2025, 3, 31)},
            {int(ui::ExportOptionsForm::Last12Months), QDate(2024, 7, 1)}};
        for (const auto& [choice, first] : choices) {
            period->setCurrentIndex(period->findData(choice));
            const QDate from = widget<QDateEdit>("exportFrom")->date();
            const QDate to = widget<QDateEdit>("exportTo")->date();
            QCOMPARE(from, first);
            QCOMPARE(to, QDate(2025, 6, 30));
            const ReportOptions options = m_page->reportOptions();
            QCOMPARE(options.from, from);
            QCOMPARE(options.to, to);
            const auto report = m_page->buildReport();
            QVERIFY(report);
            QCOMPARE(report->cover.periodText,
                     QLocale().toString(from, QStringLiteral("d MMMM yyyy")) +
                         QStringLiteral(" – ") +
                         QLocale().toString(to, QStringLiteral("d MMMM yyyy")));
        }
        period->setCurrentIndex(period->findData(int(ui::ExportOptionsForm::Custom)));
        widget<QDateEdit>("exportFrom")->setDate(QDate(2025, 3, 6));
        const auto custom = m_page->buildReport();
        QVERIFY(custom);
        QVERIFY2(custom->cover.periodText.startsWith(QStringLiteral("6 March 2025 – ")),
                 qPrintable(custom->cover.periodText));
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
        toggle("exportIncludeConsentFinding");
        toggle("exportIncludeSafetyPlan");
        toggle("exportSection_partners");
        toggle("exportSection_tags");
        auto* talk = widget<QPlainTextEdit>("exportTalkAbout");
        talk->setFocus();
        QTest::keyClicks(talk, QStringLiteral("Crying when it was good"));

        const ReportOptions options = m_page->reportOptions();
        QCOMPARE(options.from, QDate(2025, 4, 1));
        QCOMPARE(options.to, QDate(2025, 5, 31));
        QVERIFY(options.includeNotes);
        QVERIFY(options.realPartnerNames);
        QVERIFY(options.includeConsentFinding);
        QVERIFY(options.includeSafetyPlan);
        QVERIFY(!options.has(ReportSection::Partners));
        QVERIFY(options.has(ReportSection::Entries));
        QVERIFY(options.has(ReportSection::Tags));

        const auto report = m_page->buildReport();
        QVERIFY(report);
        QCOMPARE(report->overview.episodes, 2); // 10 April and 5 May
        QCOMPARE(report->notes.size(), 1);
        QCOMPARE(report->notes.first().notes, Fixture::kNoteText);
        QCOMPARE(report->entries.first().cells.last(), Fixture::kFirstPartner);
        QCOMPARE(report->cover.talkAbout, QStringLiteral("Crying when it was good"));
        QVERIFY(!report->has(ReportSection::Partners));
        QCOMPARE(report->tags.size(), 1); // "an argument before", on 5 May
        QCOMPARE(report->tags.first().label, Fixture::kTag);
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
        // "The last 3 months", as the From and To fields showed them.
        QVERIFY2(printedText.contains(QStringLiteral("31 March 2025 – 30 June 2025")),
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

    // The note names the folder the save dialog really opens, and after saving, the file.
    void theNoteNamesTheFolderTheDialogOpensThenTheFile()
    {
        QString offered;
        const QString folder = m_out.filePath(QStringLiteral("summaries"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/summary.pdf");
        m_page->setFileChooser([&](const QString& suggested) {
            offered = suggested;
            return path;
        });
        auto* note = widget<QLabel>("exportWarning");
        m_page->save();
        waitUntilIdle();
        // Before the first save the dialog's folder exists, and it is the one the note named.
        QVERIFY(QFileInfo(QFileInfo(offered).absolutePath()).isDir());
        QVERIFY2(note->text().contains(QStringLiteral("The file you saved")) &&
                     note->text().contains(QDir::toNativeSeparators(path).toHtmlEscaped()) &&
                     !note->text().contains(QStringLiteral("folder")),
                 qPrintable(note->text()));

        // The next save starts where the last one went; the note says so before it opens.
        toggle("exportIncludeNotes");
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(folder).toHtmlEscaped()),
                 qPrintable(note->text()));
        m_page->save();
        waitUntilIdle();
        QCOMPARE(QFileInfo(offered).absolutePath(), folder);

        // That folder gone (a USB stick unplugged): the dialog and the note fall back together
        // to a folder that exists.
        QVERIFY(QDir(folder).removeRecursively());
        toggle("exportIncludeNotes");
        QVERIFY(!note->text().contains(QDir::toNativeSeparators(folder).toHtmlEscaped()));
        m_page->setFileChooser([&](const QString& suggested) {
            offered = suggested;
            return QString();
        });
        m_page->save();
        const QString opened = QFileInfo(offered).absolutePath();
        QVERIFY(QFileInfo(opened).isDir());
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(opened).toHtmlEscaped()),
                 qPrintable(note->text() + QStringLiteral(" / ") + opened));
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
