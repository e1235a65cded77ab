// Writes a file so that a failure (disk full, no permission, a crash) leaves any existing file
// intact: QSaveFile, fsync, then an atomic rename. New files get mode 0600.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace aftercare::core::SafeFile {

Status write(const QString& path, const QByteArray& bytes);
// The checks write() makes before it starts (not a folder, the folder exists), so a caller can
// fail fast before slow work such as key derivation.
Status checkTarget(const QString& path);
// Reads at most `maxBytes`; a larger file is refused with InvalidInput naming the limit.
Result<QByteArray> read(const QString& path, qint64 maxBytes);

} // namespace aftercare::core::SafeFile
