// aftercare-report, the command-line PDF summary (what `aftercare-cli export --format pdf` hands
// over to): the same private defaults as the Export page, clear errors with the CLI's exit codes,
// and nothing written when anything is wrong.
#include "tests/cli/PdfTools.h"
#include "tests/core/tst_ReportFixture.h"
#include "tests/support/TestJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;
using namespace aftercare::core;
namespace Fixture = aftercare::test::ReportFixture;

namespace {

// Built next to the desktop app.
QString toolPath()
{
    return test::reportToolNextTo(QStringLiteral(AFTERCARE_GUI_PATH));
}

struct Run
{
    int exitCode = -1;
    QString err;
};

using test::pdfPages;
using test::pdfText;

} // namespace

class TestReportPdfCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestJournal> m_journal;
    QString m_passphraseFile;
    QString m_out;

    Run run(const QStringList& arguments, const QByteArray& environmentPassphrase = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AFTERCARE_PASSPHRASE"));
        if (!environmentPassphrase.isEmpty())
            env.insert(QStringLiteral("AFTERCARE_PASSPHRASE"),
                       QString::fromUtf8(environmentPassphrase));
        process.setProcessEnvironment(env);
        process.start(toolPath(),
                      QStringList{QStringLiteral("--journal"), m_journal->dir()} + arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList withPassphrase(QStringList arguments) const
    {
        return QStringList{QStringLiteral("--passphrase-file"), m_passphraseFile} + arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(toolPath()),
                 qPrintable(QStringLiteral("build aftercare-report first: ") + toolPath()));
    }

    void init()
    {
        m_journal = std::make_unique<test::TestJournal>();
        auto created = m_journal->create();
        QVERIFY(created);
        const Fixture::Data data = Fixture::data();
        QVERIFY(created->journal->store().importAll({data.first, data.second}, data.entries,
                                                    data.checkIns));
        created->journal->lock();
        m_passphraseFile = m_journal->root() + QStringLiteral("/passphrase");
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(test::kPassphrase) + '\n');
        m_out = m_journal->root() + QStringLiteral("/summary.pdf");
    }

    void cleanup() { m_journal.reset(); }

    void writesAPdfWithPrivateDefaults()
    {
        const Run r = run(withPassphrase({QStringLiteral("--output"), m_out,
                                          QStringLiteral("--from"), QStringLiteral("2025-04-02"),
                                          QStringLiteral("--to"), QStringLiteral("2025-06-30")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("not encrypted")), qPrintable(r.err));
        const QString text = pdfText(m_out);
        QVERIFY(text.contains(QStringLiteral("2 April 2025 – 30 June 2025")));
        QVERIFY(text.contains(QStringLiteral("This summary covers 4 reflections")));
        QVERIFY(text.contains(QStringLiteral("Partner A")));
        QVERIFY(!text.contains(Fixture::kFirstPartner));
        QVERIFY(!text.contains(Fixture::kNoteText));
        QVERIFY(!text.contains(Fixture::kTag));
        QCOMPARE(QFileInfo(m_out).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }

    void notesNamesAndSectionsOnRequest()
    {
        const Run r = run(withPassphrase(
            {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), m_out,
             QStringLiteral("--from"), QStringLiteral("2025-04-02"), QStringLiteral("--to"),
             QStringLiteral("2025-06-30"), QStringLiteral("--include-notes"),
             QStringLiteral("--real-partner-names"), QStringLiteral("--sections"),
             QStringLiteral("partners,tags,entries"), QStringLiteral("--paper"),
             QStringLiteral("letter")}));
        QCOMPARE(r.exitCode, 0);
        const QString text = pdfText(m_out);
        QVERIFY(text.contains(Fixture::kNoteText));
        QVERIFY(text.contains(Fixture::kFirstPartner));
        QVERIFY(text.contains(QStringLiteral("Tags the person used, and what came with them")));
        QVERIFY(text.contains(Fixture::kTag));
        QVERIFY(!text.contains(QStringLiteral("This summary covers")));      // no overview
        QVERIFY(!text.contains(QStringLiteral("How to read this summary"))); // no legend
    }

    void passphraseFromTheEnvironment()
    {
        const Run r = run({QStringLiteral("--output"), m_out}, QByteArray(test::kPassphrase));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(pdfText(m_out).contains(QStringLiteral("This summary covers 5 reflections")));
    }

    void emptyPeriodIsAShortHonestPdf()
    {
        const Run r = run(withPassphrase({QStringLiteral("--output"), m_out,
                                          QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                          QStringLiteral("--to"), QStringLiteral("2020-01-31")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(pdfPages(m_out), 1);
        QVERIFY(pdfText(m_out).contains(QStringLiteral("No reflections or check-ins")));
    }

    void demoNeedsNoJournal()
    {
        m_journal = std::make_unique<test::TestJournal>(); // an empty folder: no journal
        const QString out = m_journal->root() + QStringLiteral("/demo.pdf");
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(pdfPages(out) >= 4);
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("DEMO: made from generated example data")));
        QVERIFY(text.contains(QStringLiteral("Partner A")));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no output") << QStringList{QStringLiteral("--include-notes")} << 2
                                   << QStringLiteral("--output FILE is required");
        QTest::newRow("unknown section")
            << QStringList{QStringLiteral("--sections"), QStringLiteral("overview,notes")} << 4
            << QStringLiteral("\"notes\"");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("last tuesday")}
                                  << 4 << QStringLiteral("--from");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-06-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-05-01")}
            << 4 << QStringLiteral("--from is after --to");
        QTest::newRow("csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << 2
                             << QStringLiteral("not pdf");
        QTest::newRow("paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("a3")} << 2
                               << QStringLiteral("a4 or letter");
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        if (!says.contains(QStringLiteral("--output")))
            arguments << QStringLiteral("--output") << m_out;
        const Run r = run(withPassphrase(arguments));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_out));
    }

    void wrongPassphraseLeavesTheOldFile()
    {
        QFile old(m_out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last month's summary");
        old.close();
        const Run r =
            run({QStringLiteral("--output"), m_out}, QByteArrayLiteral("not the passphrase"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(test::fileBytes(m_out), QByteArray("last month's summary"));
    }

    void missingJournalAndFolderAreClear()
    {
        const Run missingFolder = run(withPassphrase(
            {QStringLiteral("--output"), m_journal->root() + QStringLiteral("/no/such/out.pdf")}));
        QCOMPARE(missingFolder.exitCode, Error(Error::Kind::NotFound, {}).exitCode());
        QVERIFY2(!missingFolder.err.isEmpty(), "says which folder is missing");
        m_journal = std::make_unique<test::TestJournal>(); // an empty folder: no journal
        const Run noJournal = run(withPassphrase({QStringLiteral("--output"), m_out}));
        QVERIFY2(noJournal.err.contains(QStringLiteral("no journal")), qPrintable(noJournal.err));
        QCOMPARE(noJournal.exitCode, Error(Error::Kind::NotFound, {}).exitCode());
    }
};

QTEST_GUILESS_MAIN(TestReportPdfCommand)
#include "tst_ReportPdfCommand.moc"
