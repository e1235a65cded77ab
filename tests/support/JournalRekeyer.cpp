// A child process for the re-key crash test: unlocks the journal given as argv[1] with
// AFTERCARE_PASSPHRASE and re-keys it for AFTERCARE_NEW_PASSPHRASE, printing a line as it
// starts and after every step of the file dance. The test kills it after reading one of them.
#include "tests/support/ChildJournal.h"

#include <cstdio>
#include <QCoreApplication>

namespace {

void say(const char* line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    using namespace aftercare;
    auto journal = test::unlockChildJournal(argc, argv, "aftercare_test_rekeyer");
    if (!journal)
        return journal.error();
    say("unlocked");
    (*journal)->setRekeyHook([](core::RekeyStep step) -> core::Status {
        std::printf("step %d\n", int(step));
        std::fflush(stdout);
        return {};
    });
    auto plan = (*journal)->planRekey(
        core::SecretBytes::fromUtf8(qEnvironmentVariable("AFTERCARE_NEW_PASSPHRASE")),
        core::SecretBytes(), core::KdfProfile::fastForTests()); // in every build type
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().message()));
        return 1;
    }
    say("planned");
    if (const core::Status applied = (*journal)->applyRekey(*plan); !applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.error().message()));
        return 1;
    }
    say("done");
    return 0;
}
