// One way of saying "the disk is full", for every write that can fail for lack of space (the
// database, its key file, snapshots, backups), and of recognising that a failed write meant it.
#pragma once

#include "core/Error.h"

#include <QString>

class QFileDevice;

namespace aftercare::core::DiskSpace {

// Whether the write that just failed on `file` failed because the disk is full. `savedErrno` is
// errno taken right after the failing call.
bool ranOut(const QFileDevice& file, int savedErrno);
// "No space left on the disk that holds your journal, so Aftercare could not <doing>. …"
Error journalFull(const QString& doing);
// The same for a file the person chose outside the journal (a backup, an export).
Error fileDiskFull(const QString& shownPath);

} // namespace aftercare::core::DiskSpace
