// What the user would like to talk about, for the PDF's first page, never travels in argv: the
// CLI reads it from a file or standard input and hands it to aftercare-report through the pipe
// that is the tool's standard input. A stand-in tool records its own /proc cmdline, environ and
// stdin to prove it.
#include "tests/cli/CliRunner.h"
#include "tests/cli/PdfTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

namespace {

const QByteArray kWords = "Why I cry afterwards even when it was good, and item nine";

} // namespace

class TestCliTalkAbout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;
    QString m_out;

    CliResult exportPdf(const QStringList& extra, const QByteArray& input = {})
    {
        return m_cli->run(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("pdf"), QStringLiteral("--output"), m_out} +
                              extra,
                          input);
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        auto created = core::Journal::create(
            m_cli->journal(), core::SecretBytes::fromUtf8(QString::fromUtf8(kPassphrase)),
            core::KdfProfile::fastForTests());
        QVERIFY(created);
        QVERIFY(created->journal->store().addEntry(sampleEntry()));
        created->journal->lock();
        m_out = m_cli->path(QStringLiteral("summary.pdf"));
    }

    void cleanup() { m_cli.reset(); }

    void wordsFromStandardInputReachThePdf()
    {
        const CliResult r =
            exportPdf({QStringLiteral("--talk-about"), QStringLiteral("-")}, kWords);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(pdfText(m_out).contains(QString::fromUtf8(kWords)), qPrintable(pdfText(m_out)));
    }

    void wordsFromAFileReachThePdf()
    {
        const QString file = m_cli->writeFile(QStringLiteral("words.txt"), kWords + '\n');
        const CliResult r = exportPdf({QStringLiteral("--talk-about-file"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(pdfText(m_out).contains(QString::fromUtf8(kWords)));
    }

    void wordsOnTheCommandLineAreRefused()
    {
        const CliResult r = exportPdf({QStringLiteral("--talk-about"), QString::fromUtf8(kWords)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("--talk-about-file")));
        QVERIFY(!QFileInfo::exists(m_out));
    }

    void nothingPrivateInTheToolsArgumentsOrEnvironment()
    {
        // A copy of aftercare-cli beside a stand-in aftercare-report that records what it got.
        const QString bin = m_cli->path(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString cli = bin + QStringLiteral("/aftercare-cli");
        QVERIFY(QFile::copy(QStringLiteral(AFTERCARE_CLI_PATH), cli));
        QVERIFY(QFile::setPermissions(cli, QFile::permissions(cli) | QFile::ExeOwner));
        const QString tool =
            m_cli->writeFile(QStringLiteral("bin/aftercare-report"),
                             "#!/bin/sh\n"
                             "d=$(dirname \"$0\")\n"
                             "cat /proc/$$/cmdline > \"$d/cmdline\"\n"
                             "cat /proc/$$/environ > \"$d/environ\"\n"
                             "cat > \"$d/stdin\"\n"
                             "echo 'aftercare-report: Wrote a 1-page summary.' >&2\n");
        QVERIFY(QFile::setPermissions(tool, QFile::permissions(tool) | QFile::ExeOwner));

        QProcess process;
        QProcessEnvironment env = m_cli->environment();
        env.insert(QStringLiteral("AFTERCARE_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        process.setProcessEnvironment(env);
        process.start(cli, {QStringLiteral("--journal"), m_cli->journal(), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("--output"), m_out, QStringLiteral("--talk-about"),
                            QStringLiteral("-")});
        QVERIFY(process.waitForStarted());
        process.write(kWords);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        const QByteArray cmdline = fileBytes(bin + QStringLiteral("/cmdline"));
        const QByteArray environ = fileBytes(bin + QStringLiteral("/environ"));
        QVERIFY(cmdline.contains("--talk-about-file"));
        QVERIFY(!environ.isEmpty());
        for (const QByteArray& secret : {kWords, QByteArray(kPassphrase)}) {
            QVERIFY2(!cmdline.contains(secret), cmdline.constData());
            QVERIFY(!environ.contains(secret));
        }
        QCOMPARE(fileBytes(bin + QStringLiteral("/stdin")),
                 QByteArray(kPassphrase) + '\n' + kWords);
    }
};

QTEST_GUILESS_MAIN(TestCliTalkAbout)
#include "tst_CliTalkAbout.moc"
