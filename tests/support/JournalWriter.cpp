// A child process for the crash test: unlocks the journal given as argv[1] (passphrase in
// AFTERCARE_PASSPHRASE) and adds entries as fast as it can, printing each id only after the
// store has committed it. The test kills it at arbitrary moments.
#include "tests/support/ChildJournal.h"

#include <cstdio>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    using namespace aftercare;
    auto journal = test::unlockChildJournal(argc, argv, "aftercare_test_writer");
    if (!journal)
        return journal.error();
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
