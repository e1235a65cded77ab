// A child process for the crash test: unlocks the journal given as argv[1] (passphrase in
// AFTERCARE_PASSPHRASE) and adds entries as fast as it can, printing each id only after the
// store has committed it. The test kills it at arbitrary moments.
#include "tests/support/TestJournal.h"

#include <cstdio>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: aftercare_test_writer JOURNAL_DIR\n", stderr);
        return 2;
    }
    using namespace aftercare;
    auto journal = core::Journal::unlock(
        QString::fromLocal8Bit(argv[1]),
        core::SecretBytes::fromUtf8(qEnvironmentVariable("AFTERCARE_PASSPHRASE")));
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message()));
        return journal.error().exitCode();
    }
    for (int i = 0;; ++i) {
        auto added = (*journal)->store().addEntry(
            test::sampleEntry(QDateTime::currentDateTime(), QStringLiteral("written %1").arg(i)));
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message()));
            return 1;
        }
        std::printf("%s\n", qPrintable(added->id));
        std::fflush(stdout);
    }
}
