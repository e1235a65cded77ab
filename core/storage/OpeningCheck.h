// The integrity check (PRAGMA quick_check) of a journal opened with
// IntegrityCheckTiming::AlongsideReads: the store reads over its own connection while this
// checks every page over the read-only connection that first opened the file.
//
// It runs on whichever thread calls run() first; every other caller waits for that result, so
// a write can always ask "may I?" and never races the check. Until it has passed, JournalStore
// writes nothing. The reads meanwhile are safe to show: SQLCipher authenticates every page it
// decrypts, so a damaged page fails its read rather than showing altered text.
//
// When the check fails, the read-only connection stays open until the store has closed its
// own: the store's connection is then not the last one, so closing it cannot fold the WAL into
// a damaged file. Destroying this closes the read-only connection and removes the -wal/-shm
// files the open made, when nothing was written to them.
#pragma once

#include "core/Error.h"
#include "core/storage/SideFiles.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace aftercare::core {

class Database;

// When opening a journal runs its quick_check.
enum class IntegrityCheckTiming
{
    // Before anything reads it: the CLI, tools, and every journal that needs an upgrade.
    BeforeUse,
    // While the caller already reads it, with every write held until it has passed: the app's
    // unlock, so Home shows while a large journal is still being checked.
    AlongsideReads,
};

class OpeningCheck
{
public:
    // `readOnly` is keyed and has read the schema; `sideFiles` was taken before it opened.
    OpeningCheck(std::unique_ptr<Database> readOnly, SideFiles sideFiles);
    ~OpeningCheck();

    OpeningCheck(const OpeningCheck&) = delete;
    OpeningCheck& operator=(const OpeningCheck&) = delete;

    // The check's result: runs it on this thread, or waits for the thread running it.
    // Thread-safe.
    Status run();
    // For closing the store: the result when the check has run or is running (waiting for it),
    // nothing when it never started — and then it never will.
    std::optional<Status> settle();

private:
    enum class State
    {
        NotStarted,
        Running,
        Done,
        Abandoned
    };

    std::mutex m_mutex;
    std::condition_variable m_finished;
    State m_state = State::NotStarted;
    Status m_result;
    std::unique_ptr<Database> m_db; // the check's alone while Running
    SideFiles m_sideFiles;
};

} // namespace aftercare::core
