// The day's encrypted snapshot as a piece of work that may run on any thread: it holds its own
// copy of the data key (guarded memory, wiped with the job) and opens its own connection, so
// the journal's store stays free for the GUI while the copy is written.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <QDate>
#include <QString>

struct sqlite3;

namespace aftercare::core {

class SnapshotJob
{
public:
    struct Paths
    {
        QString database; // the journal's database
        QString keySlots; // the journal's key-slot file
        QString backups;  // the folder the snapshots live in
        QString stem;     // today's name, e.g. "journal-2026-11-26"
    };

    SnapshotJob(Paths paths, SecretBytes dataKey);
    ~SnapshotJob();
    SnapshotJob(const SnapshotJob&) = delete;
    SnapshotJob& operator=(const SnapshotJob&) = delete;

    // "journal-" + the date: the stem of that day's snapshot.
    static QString stemFor(const QDate& day);
    // What every snapshot's name starts with ("journal-").
    static QString namePrefix();
    // Whether the day's snapshot (database and key file) is already in `backups`.
    static bool exists(const QString& backups, const QString& stem);
    static constexpr int snapshotsToKeep = 7;

    // Writes <stem>.db (under a ".partial" name until complete) and <stem>.keys in the backups
    // folder, then keeps the newest snapshotsToKeep. Reads one consistent state of the journal
    // while other connections go on writing. Call once; safe on any thread.
    Status run();
    // Safe from any thread, before or during run(): run() stops as soon as it can, removes
    // what it wrote and reports that it was interrupted.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // For tests: called on the running thread every few SQLite steps while the copy is written.
    void setProgressHook(std::function<void()> hook) { m_progressHook = std::move(hook); }

private:
    Status write(const QString& partial);
    void setConnection(sqlite3* handle);
    Status interrupted() const;
    static int onProgress(void* job);

    Paths m_paths;
    SecretBytes m_dataKey;
    std::atomic<bool> m_cancelled{false};
    std::mutex m_connectionMutex; // guards m_connection against cancel() during close
    sqlite3* m_connection = nullptr;
    std::function<void()> m_progressHook;
};

} // namespace aftercare::core
