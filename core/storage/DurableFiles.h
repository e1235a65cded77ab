// Small file-system steps that survive a crash or power cut: fsync of a file or folder, an
// atomic rename made durable, and overwriting a secret file before it is unlinked.
#pragma once

#include <QString>

namespace aftercare::core::DurableFiles {

// fsync of the file at `path`; false when it cannot be opened or synced.
bool syncFile(const QString& path);
// fsync of the folder, which makes renames and removals in it durable; best effort.
void syncFolder(const QString& folder);
// rename(2) — atomic, replacing `to` if it exists — then fsync of the folder.
bool replace(const QString& from, const QString& to);
// Overwrites the file with random bytes and fsyncs before removing it, so its old contents are
// not left in the blocks it used (on a hard disk; SSDs and copy-on-write file systems may keep
// old blocks elsewhere). Returns whether the file is gone.
bool shredAndRemove(const QString& path);

} // namespace aftercare::core::DurableFiles
