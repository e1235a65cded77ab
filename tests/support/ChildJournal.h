// For the child programs the crash tests start and kill (JournalWriter, JournalRekeyer): the
// journal named by argv[1], unlocked with AFTERCARE_PASSPHRASE.
#pragma once

#include "tests/support/TestJournal.h"

#include <cstdio>
#include <expected>
#include <memory>

namespace aftercare::test {

// The unlocked journal, or the exit code to leave with after saying why on stderr.
inline std::expected<std::unique_ptr<core::Journal>, int> unlockChildJournal(int argc, char* argv[],
                                                                             const char* program)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s JOURNAL_DIR\n", program);
        return std::unexpected(2);
    }
    auto journal = core::Journal::unlock(
        QString::fromLocal8Bit(argv[1]),
        core::SecretBytes::fromUtf8(qEnvironmentVariable("AFTERCARE_PASSPHRASE")));
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message()));
        return std::unexpected(journal.error().exitCode());
    }
    return std::move(*journal);
}

} // namespace aftercare::test
