// The therapist summary as a PDF, read back with poppler's own tools: pages, text, fonts,
// images, paper size and greys — what a clinician's PDF reader will see.
#include "tests/core/tst_ReportFixture.h"

#include "core/demo/DemoData.h"
#include "core/report/ReportBuilder.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPageSize.h"
#include "ui/report/ReportPdfWriter.h"
#include "ui/report/ReportPrinter.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using namespace aftercare::core;
namespace Fixture = aftercare::test::ReportFixture;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Whitespace (line breaks from wrapping) folded into single spaces.
QString folded(const QString& text)
{
    return text.simplified();
}

// The findings section of a report's text: from its heading to the next section's.
QString findingsSection(const QString& text)
{
    const qsizetype start = text.indexOf(QStringLiteral("Patterns the journal noticed"));
    if (start < 0)
        return QString();
    qsizetype end = text.size();
    for (const QString& next :
         {QStringLiteral("Check-ins"), QStringLiteral("Partners"),
          QStringLiteral("Every reflection in this period"), QStringLiteral("How to read")}) {
        if (const qsizetype at = text.indexOf(next, start); at > 0)
            end = std::min(end, at);
    }
    return text.mid(start, end - start);
}

class Pdf
{
public:
    explicit Pdf(const QByteArray& bytes)
    {
        m_path = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
    const QString& path() const { return m_path; }
    QString info() const { return run(QStringLiteral("pdfinfo"), {m_path}); }
    int pages() const
    {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    QString text(int page = 0, bool layout = false) const
    {
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        return run(QStringLiteral("pdftotext"), args << m_path << QStringLiteral("-"));
    }
    QImage render(int page) const
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-singlefile"), m_path, prefix});
        return QImage(prefix + QStringLiteral(".png"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

TherapistReport reportWith(const ReportOptions& options)
{
    return ReportBuilder::build(Fixture::data().source(), options, Fixture::generatedAt());
}

QByteArray pdfOf(const TherapistReport& report, const QPageSize& size = QPageSize(QPageSize::A4))
{
    auto bytes = ui::ReportPdfWriter::write(report, size);
    return bytes ? *bytes : QByteArray();
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatTheReportSays()
    {
        const TherapistReport report = reportWith(Fixture::defaultOptions());
        const Pdf pdf(pdfOf(report));
        QVERIFY2(pdf.pages() >= 3, qPrintable(pdf.info()));
        const QString text = folded(pdf.text());

        QVERIFY(text.contains(QStringLiteral("2 April 2025 – 30 June 2025")));
        QVERIFY(text.contains(QStringLiteral("This summary covers 4 reflections and 2 "
                                             "questionnaire check-ins")));
        QVERIFY(text.contains(QStringLiteral("not a diagnosis")));
        QVERIFY(!report.findings.isEmpty());
        for (const ReportFinding& f : report.findings)
            QVERIFY2(text.contains(folded(f.title)), qPrintable(f.title));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pdf.pages())));
        QVERIFY(text.contains(QStringLiteral("Confidential")));

        // Each check-in reads on its day's line: date, then its total and band.
        const QString layout = pdf.text(0, true);
        for (const ReportCheckIn& c : report.checkIns) {
            const QRegularExpression row(
                QStringLiteral("%1\\s.*\\s%2 / %3\\s+%4\\b")
                    .arg(QLocale::c().toString(c.takenAt, QStringLiteral("d MMM yyyy")))
                    .arg(c.total)
                    .arg(c.maxTotal)
                    .arg(c.bandLabel));
            QVERIFY2(layout.contains(row), qPrintable(row.pattern()));
        }
        QVERIFY(layout.contains(QStringLiteral("FLAGGED: above 0")));
    }

    void notesOnlyWhenIncluded()
    {
        ReportOptions options = Fixture::defaultOptions();
        const QString withoutNotes = folded(Pdf(pdfOf(reportWith(options))).text());
        QVERIFY(withoutNotes.contains(QStringLiteral("Every reflection in this period")));
        QVERIFY(!withoutNotes.contains(Fixture::kNoteText));
        QVERIFY(!withoutNotes.contains(Fixture::kThoughtsText));

        options.includeNotes = true;
        const QString withNotes = folded(Pdf(pdfOf(reportWith(options))).text());
        QVERIFY(withNotes.contains(Fixture::kNoteText));
        QVERIFY(withNotes.contains(Fixture::kThoughtsText));
        QVERIFY(!withNotes.contains(Fixture::kOutsideNote));
    }

    void partnerLabelsOnlyWhenChosen()
    {
        ReportOptions options = Fixture::defaultOptions();
        const QString hidden = folded(Pdf(pdfOf(reportWith(options))).text());
        QVERIFY(!hidden.contains(Fixture::kFirstPartner));
        QVERIFY(!hidden.contains(Fixture::kSecondPartner));
        QVERIFY(hidden.contains(QStringLiteral("Partner A")));

        options.realPartnerNames = true;
        const QString shown = folded(Pdf(pdfOf(reportWith(options))).text());
        QVERIFY(shown.contains(Fixture::kFirstPartner));
        QVERIFY(shown.contains(Fixture::kSecondPartner));
    }

    void emptyPeriodGivesAShortHonestPdf()
    {
        ReportOptions options;
        options.from = QDate(2024, 1, 1);
        options.to = QDate(2024, 1, 31);
        const Pdf pdf(pdfOf(reportWith(options)));
        QCOMPARE(pdf.pages(), 1);
        const QString text = folded(pdf.text());
        QVERIFY(text.contains(QStringLiteral("No reflections or check-ins were recorded")));
        QVERIFY(text.contains(QStringLiteral("1 January 2024 – 31 January 2024")));
        QVERIFY(!text.contains(QStringLiteral("Every reflection")));
    }

    void longTablesRepeatTheirHeaderOnEveryPage()
    {
        Fixture::Data data;
        for (int day = 0; day < 120; ++day)
            data.entries << Fixture::entry(Fixture::at(2025, 3, 1).addDays(day), Tears::Few,
                                           Tension::Relieved, Thoughts::Happy);
        ReportOptions options = ReportOptions::lastDays(Fixture::generatedAt().date(), 365);
        options.sections = {ReportSection::Entries};
        const Pdf pdf(pdfOf(ReportBuilder::build(data.source(), options, Fixture::generatedAt())));
        QVERIFY2(pdf.pages() >= 3, qPrintable(pdf.info()));
        // The table follows the cover on page 1 (no page left mostly empty) and runs on.
        QVERIFY(pdf.text(1).contains(QStringLiteral("Every reflection in this period")));
        for (int page = 2; page <= pdf.pages(); ++page) {
            const QString text = pdf.text(page);
            QVERIFY2(text.contains(QStringLiteral("Every reflection (continued)")),
                     qPrintable(QString::number(page)));
            QVERIFY(text.contains(QStringLiteral("Tension")));
            QVERIFY(text.contains(QStringLiteral("Bother")));
        }
        // Every row made it, none twice.
        QCOMPARE(pdf.text().count(QRegularExpression(QStringLiteral("\\b2025-0\\d-\\d\\d 21:30"))),
                 120);
    }

    // Sections flow on from each other: a short journal is one or two pages, a year four to
    // eight, and no page but the last is less than a third full.
    void pagesAreFullAndFew_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("fewest");
        QTest::addColumn<int>("most");
        QTest::newRow("two reflections") << 2 << 0 << 1 << 2;
        QTest::newRow("three months of the demo") << 250 << 91 << 2 << 6;
        QTest::newRow("a year of the demo") << 250 << 365 << 4 << 8;
    }

    void pagesAreFullAndFew()
    {
        QFETCH(int, entries);
        QFETCH(int, days);
        QFETCH(int, fewest);
        QFETCH(int, most);
        const QDateTime now = Fixture::generatedAt();
        ReportBuilder::Source source;
        if (days == 0) {
            source = Fixture::twoReflections(now);
            days = 30;
        } else {
            const JournalDocument demo = DemoData::generate(entries, now, 540);
            source = {demo.entries, demo.checkIns, demo.partners, {}};
        }
        const TherapistReport report =
            ReportBuilder::build(source, ReportOptions::lastDays(now.date(), days), now);
        const ui::ReportDocument document(report, QPageSize(QPageSize::A4));
        const int pages = document.pageCount();
        qInfo("%d pages; filled: %s", pages, qPrintable([&] {
                  QStringList fill;
                  for (int i = 0; i < pages; ++i)
                      fill << QString::number(document.pageFill(i), 'f', 2);
                  return fill.join(QStringLiteral(" "));
              }()));
        QVERIFY2(pages >= fewest && pages <= most, qPrintable(QString::number(pages)));
        for (int i = 0; i + 1 < pages; ++i)
            QVERIFY2(document.pageFill(i) >= 1.0 / 3, qPrintable(QString::number(i + 1)));
        // The PDF a clinician opens has the same pages.
        const Pdf pdf(pdfOf(report));
        QCOMPARE(pdf.pages(), pages);
    }

    // The Tags section, when chosen: its heading, the honest sentence and the tag's counts.
    void tagsSectionWhenChosen()
    {
        ReportOptions options = Fixture::defaultOptions();
        const QString plain = folded(Pdf(pdfOf(reportWith(options))).text());
        QVERIFY(!plain.contains(Fixture::kTag));
        options.sections << ReportSection::Tags;
        const QString text = folded(Pdf(pdfOf(reportWith(options))).text());
        QVERIFY(text.contains(QStringLiteral("Tags the person used, and what came with them")));
        QVERIFY(text.contains(QStringLiteral("not what causes what")));
        QVERIFY2(
            text.contains(Fixture::kTag + QStringLiteral(" 1 of 1 distressing 2 of 3 distressing")),
            qPrintable(text));
    }

    // Counts always; a percentage only from five reflections on: "1 (50%)" of two reflections
    // says more than it knows. A longer period does get its percentages.
    void noPercentageOnFewerThanFiveReflections()
    {
        const QDateTime now = Fixture::generatedAt();
        ReportOptions options = ReportOptions::lastDays(now.date(), 30);
        options.includeConsentFinding = true;
        const Pdf two(pdfOf(ReportBuilder::build(Fixture::twoReflections(now), options, now)));
        const QString text = folded(two.text());
        QVERIFY2(text.contains(QStringLiteral("distressing, out of 2")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('%')),
                 qPrintable(text.mid(qMax(0, int(text.indexOf(QLatin1Char('%'))) - 80), 160)));

        const JournalDocument demo = DemoData::generate(250, now, 540);
        const Pdf year(pdfOf(ReportBuilder::build({demo.entries, demo.checkIns, demo.partners, {}},
                                                  ReportOptions::lastDays(now.date(), 365), now)));
        QVERIFY(QRegularExpression(QStringLiteral("distressing \\(\\d+% of all\\)"))
                    .match(folded(year.text()))
                    .hasMatch());
    }

    // One voice, about the person, for a clinician: no first-person labels from the app, no
    // words addressed to the person, the urgent finding in the app's calm words.
    void speaksAboutThePerson()
    {
        Fixture::Data data = Fixture::data();
        Entry comforted = Fixture::entry(Fixture::at(2025, 6, 28), Tears::Few, Tension::Relieved,
                                         Thoughts::Happy);
        comforted.partnerResponse = PartnerResponse::Comforted;
        comforted.partnerId = data.first.id;
        data.entries << comforted;
        ReportOptions options = Fixture::defaultOptions();
        options.talkAbout = QStringLiteral("Why it happens when things are good");
        const Pdf pdf(pdfOf(ReportBuilder::build(data.source(), options, Fixture::generatedAt())));
        const QString text = folded(pdf.text());
        QVERIFY2(text.contains(QStringLiteral("Support needed now")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Comforted the person")));
        QVERIFY(text.contains(QStringLiteral("What the person would like to talk about")));
        for (const QString& wrong :
             {QStringLiteral("NEEDS ATTENTION"), QStringLiteral("Needs attention now"),
              QStringLiteral("Comforted me"), QStringLiteral("Gave me space"),
              QStringLiteral("What I would like"), QStringLiteral("My safety plan"),
              QStringLiteral("Each reflection you add")})
            QVERIFY2(!text.contains(wrong), qPrintable(wrong));
        // No finding addresses the reader as "you": each is told about the person.
        const QString findings = findingsSection(text);
        QVERIFY2(!findings.isEmpty() && findings.contains(QStringLiteral("the person")),
                 qPrintable(findings));
        const QRegularExpression you(QStringLiteral("\\b(you|your|yours|yourself)\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!you.match(findings).hasMatch(), qPrintable(you.match(findings).captured()));
    }

    void fontsAreEmbeddedAndChartsAreVectors()
    {
        const Pdf pdf(pdfOf(reportWith(Fixture::defaultOptions())));
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {pdf.path()}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(fonts.size() > 2, qPrintable(fonts.join(u'\n'))); // two header lines, then fonts
        for (const QString& line : fonts.mid(2)) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            // name type [encoding] emb sub uni object ID: "emb" is the 5th column from the end.
            QVERIFY2(columns.size() >= 7 && columns[columns.size() - 5] == u"yes",
                     qPrintable(line));
        }
        const QStringList images =
            run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf.path()})
                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // only the header lines: no raster images at all
    }

    void pagesAreGreyscale()
    {
        const Pdf pdf(pdfOf(reportWith(Fixture::defaultOptions())));
        for (int page = 1; page <= qMin(3, pdf.pages()); ++page) {
            const QImage image = pdf.render(page).convertToFormat(QImage::Format_RGB32);
            QVERIFY(!image.isNull());
            int worst = 0;
            for (int y = 0; y < image.height(); ++y) {
                const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb p = line[x];
                    worst =
                        qMax(worst, qMax(qAbs(qRed(p) - qGreen(p)), qAbs(qGreen(p) - qBlue(p))));
                }
            }
            QVERIFY2(worst <= 6, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(worst)));
        }
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(
            ui::ReportPageSize::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
            QPageSize::Letter);
        QCOMPARE(ui::ReportPageSize::forLocale(QLocale(QLocale::French, QLocale::Canada)).id(),
                 QPageSize::Letter);
        QCOMPARE(ui::ReportPageSize::forLocale(QLocale(QLocale::German, QLocale::Germany)).id(),
                 QPageSize::A4);
        QCOMPARE(
            ui::ReportPageSize::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
            QPageSize::A4);

        const TherapistReport report = reportWith(Fixture::defaultOptions());
        QVERIFY(Pdf(pdfOf(report, QPageSize(QPageSize::Letter)))
                    .info()
                    .contains(QStringLiteral("612 x 792 pts (letter)")));
        QVERIFY(Pdf(pdfOf(report, QPageSize(QPageSize::A4)))
                    .info()
                    .contains(QStringLiteral("595 x 842 pts (A4)")));
    }

    void previewShowsTheFirstPages()
    {
        const ui::ReportDocument document(reportWith(Fixture::defaultOptions()),
                                          QPageSize(QPageSize::A4));
        const QList<QImage> pages = ui::ReportPrinter::preview(document, 2, 300);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].width(), 300);
        const QSizeF units = document.pageSizeUnits();
        QCOMPARE(pages[0].height(), qRound(300 * units.height() / units.width()));
        // Something was drawn: not every pixel is white.
        int ink = 0;
        for (int y = 0; y < pages[0].height(); ++y)
            for (int x = 0; x < pages[0].width(); ++x)
                ink += pages[0].pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        QVERIFY(ink > 1000);
    }

    void cancellingWritesNothing()
    {
        const TherapistReport report = reportWith(Fixture::defaultOptions());
        int calls = 0;
        const auto result = ui::ReportPdfWriter::write(report, QPageSize(QPageSize::A4),
                                                       [&](int, int) { return ++calls < 2; });
        QVERIFY(!result);
        QCOMPARE(calls, 2);
        QVERIFY(result.error().message().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_ReportPdf.moc"
