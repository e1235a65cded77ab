// `aftercare-cli export --format pdf`: handed over to aftercare-report with the same private
// defaults as the Export page (no notes, Partner A/B), the passphrase passed on without ever
// being on a command line, and mistakes caught before anything is written.
#include "tests/cli/CliRunner.h"
#include "tests/cli/PdfTools.h"
#include "tests/core/tst_ReportFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace aftercare;
using namespace aftercare::test;
namespace Fixture = aftercare::test::ReportFixture;

namespace {

QString reportToolPath()
{
    return reportToolNextTo(QStringLiteral(AFTERCARE_CLI_PATH));
}

// A folder without write permission. Root ignores permissions through CAP_DAC_OVERRIDE, so the
// CLI (and the report tool it starts) run without that capability in their bounding set: dropped
// between fork and exec, it cannot come back, and no file system feature is needed for it.
class ReadOnlyFolder
{
public:
    ReadOnlyFolder(QString folder, CliRunner& cli) : m_folder(std::move(folder)), m_cli(cli)
    {
        m_readOnly = QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner);
        if (::geteuid() == 0)
            m_cli.setChildSetup([] {
                ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
                ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
            });
    }
    ~ReadOnlyFolder()
    {
        m_cli.setChildSetup({});
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;
    bool isReadOnly() const { return m_readOnly; }

private:
    QString m_folder;
    CliRunner& m_cli;
    bool m_readOnly = false;
};

const QStringList aprilToJune{QStringLiteral("--from"), QStringLiteral("2025-04-02"),
                              QStringLiteral("--to"), QStringLiteral("2025-06-30")};

} // namespace

class TestCliPdfExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;
    QString m_out;

    CliResult exportPdf(const QStringList& extra)
    {
        return m_cli->run(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("pdf")} +
                          extra);
    }

    void writeOld()
    {
        m_cli->writeFile(QStringLiteral("summary.pdf"), QByteArrayLiteral("last month's summary"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(reportToolPath()).isExecutable(),
                 qPrintable(QStringLiteral("build aftercare-report first: ") + reportToolPath()));
    }

    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        auto created = core::Journal::create(
            m_cli->journal(), core::SecretBytes::fromUtf8(QString::fromUtf8(kPassphrase)),
            core::KdfProfile::fastForTests());
        QVERIFY(created);
        const Fixture::Data data = Fixture::data();
        QVERIFY(created->journal->store().importAll({data.first, data.second}, data.entries,
                                                    data.checkIns));
        created->journal->lock();
        m_out = m_cli->path(QStringLiteral("summary.pdf"));
    }

    void cleanup() { m_cli.reset(); }

    void privateByDefault()
    {
        const CliResult r = exportPdf(QStringList{QStringLiteral("--output"), m_out} + aprilToJune);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(QStringLiteral("aftercare-cli: Wrote a")),
                 qPrintable(r.errText()));
        QVERIFY(r.errText().contains(QStringLiteral("not encrypted")));
        QVERIFY(pdfPages(m_out) >= 1);
        const QString text = pdfText(m_out);
        QVERIFY2(text.contains(QStringLiteral("2 April 2025 – 30 June 2025")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("This summary covers 4 reflections")));
        QVERIFY(text.contains(QStringLiteral("Partner A")));
        QVERIFY(!text.contains(Fixture::kFirstPartner));
        QVERIFY(!text.contains(Fixture::kSecondPartner));
        QVERIFY(!text.contains(Fixture::kNoteText));
        QVERIFY(!text.contains(Fixture::kOutsideNote));
    }

    void notesAndNamesOnRequest()
    {
        const CliResult r = exportPdf(QStringList{QStringLiteral("--output"), m_out,
                                                  QStringLiteral("--include-notes"),
                                                  QStringLiteral("--real-partner-names")} +
                                      aprilToJune);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QString text = pdfText(m_out);
        QVERIFY(text.contains(Fixture::kNoteText));
        QVERIFY(text.contains(Fixture::kFirstPartner));
        QVERIFY(!text.contains(Fixture::kOutsideNote)); // March is outside the period
    }

    void sectionsAreHandedOver()
    {
        const CliResult r =
            exportPdf(QStringList{QStringLiteral("--output"), m_out, QStringLiteral("--sections"),
                                  QStringLiteral("partners,entries")} +
                      aprilToJune);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QString text = pdfText(m_out);
        QVERIFY(text.contains(QStringLiteral("Partner A")));
        QVERIFY(!text.contains(QStringLiteral("This summary covers"))); // no overview
    }

    // The CLI's own ways to give the passphrase all reach the tool (which only reads its stdin).
    void passphraseFromTheEnvironment()
    {
        m_cli->setEnv(QStringLiteral("AFTERCARE_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        const CliResult r = m_cli->runRaw(
            {QStringLiteral("--journal"), m_cli->journal(), QStringLiteral("export"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), m_out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(pdfText(m_out).contains(QStringLiteral("This summary covers 5 reflections")));
    }

    void wrongPassphraseKeepsTheOldFile()
    {
        writeOld();
        const QString wrong =
            m_cli->writeFile(QStringLiteral("wrong.txt"), QByteArrayLiteral("not the one\n"));
        const CliResult r = m_cli->runRaw(
            {QStringLiteral("--journal"), m_cli->journal(), QStringLiteral("--passphrase-file"),
             wrong, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--output"), m_out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().startsWith(QStringLiteral("aftercare-cli: ")),
                 qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(QStringLiteral("aftercare-report:")));
        QCOMPARE(fileBytes(m_out), QByteArray("last month's summary"));
    }

    void pdfNeedsAnOutputFile()
    {
        const CliResult r = exportPdf({QStringLiteral("--include-notes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--format pdf needs --output FILE")),
                 qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(m_cli->root()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 0);
    }

    void badOptionsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown section")
            << QStringList{QStringLiteral("--sections"), QStringLiteral("overview,notes")} << 4
            << QStringLiteral("\"notes\"");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-06-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-05-01")}
            << 4 << QStringLiteral("is after --to");
        QTest::newRow("paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("a3")} << 2
                               << QStringLiteral("a4 or letter");
    }

    void badOptionsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        writeOld();
        const CliResult r = exportPdf(QStringList{QStringLiteral("--output"), m_out} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        QCOMPARE(fileBytes(m_out), QByteArray("last month's summary"));
    }

    void pdfOptionsAreRefusedForCsv()
    {
        const CliResult r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--include-notes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--include-notes is for --format pdf only")),
                 qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }

    // A copy of aftercare-cli in a folder without aftercare-report next to it.
    void missingToolIsAClearError()
    {
        writeOld();
        const QString bin = m_cli->path(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString copy = bin + QStringLiteral("/aftercare-cli");
        QVERIFY(QFile::copy(QStringLiteral(AFTERCARE_CLI_PATH), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFile::ExeOwner));
        QProcess process;
        process.setProcessEnvironment(m_cli->environment());
        process.start(copy, {QStringLiteral("--journal"), m_cli->journal(),
                             QStringLiteral("--passphrase-file"), m_cli->passphraseFile(),
                             QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("--output"), m_out});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("aftercare-report")), qPrintable(err));
        QVERIFY2(err.contains(bin), qPrintable(err));
        QCOMPARE(fileBytes(m_out), QByteArray("last month's summary"));
    }

    void unwritableOutputIsClearAndKeepsTheOldFile()
    {
        const QString folder = m_cli->path(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        const QString inside = folder + QStringLiteral("/summary.pdf");
        m_cli->writeFile(QStringLiteral("shared/summary.pdf"), QByteArrayLiteral("kept"));
        CliResult r;
        {
            const ReadOnlyFolder readOnly(folder, *m_cli);
            QVERIFY2(readOnly.isReadOnly(), "could not make the folder read-only");
            r = exportPdf(QStringList{QStringLiteral("--output"), inside} + aprilToJune);
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().startsWith(QStringLiteral("aftercare-cli: Could not save")),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(inside), qPrintable(r.errText()));
        QCOMPARE(fileBytes(inside), QByteArray("kept"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);

        writeOld();
        const CliResult missing = exportPdf(
            {QStringLiteral("--output"), m_cli->path(QStringLiteral("no/such/folder/out.pdf"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.errText().contains(QStringLiteral("no/such/folder")),
                 qPrintable(missing.errText()));
        QCOMPARE(fileBytes(m_out), QByteArray("last month's summary"));
    }
};

QTEST_GUILESS_MAIN(TestCliPdfExport)
#include "tst_CliPdfExport.moc"
