// Reads what the user hands a command — a file, or standard input for "-" — with a size limit.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace aftercare::cli::InputFile {

// A missing or unreadable file is InvalidInput (exit 4) naming the path.
core::Result<QByteArray> read(const QString& pathOrDash, qint64 maxBytes);

} // namespace aftercare::cli::InputFile
