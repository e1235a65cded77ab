#include "core/DiskSpace.h"

#include <QFileDevice>

#include <cerrno>

// Qt's own wording for an errno value (QtCore exports it; QFile uses it for errorString()).
Q_CORE_EXPORT QString qt_error_string(int errorCode);

namespace aftercare::core::DiskSpace {

bool ranOut(const QFileDevice& file, int savedErrno)
{
    return savedErrno == ENOSPC || savedErrno == EDQUOT ||
           file.errorString() == qt_error_string(ENOSPC);
}

Error journalFull(const QString& doing)
{
    return Error(Error::Kind::Other,
                 QStringLiteral("No space left on the disk that holds your journal, so Aftercare "
                                "could not %1. Nothing in the journal was changed or lost. Free "
                                "up some space on that disk, then try again.")
                     .arg(doing));
}

Error fileDiskFull(const QString& shownPath)
{
    return Error(Error::Kind::Other,
                 QStringLiteral("No space left on the disk for \"%1\", so it was not written "
                                "and nothing was left half-written there. Free up some space on "
                                "that disk, or choose another place, then try again.")
                     .arg(shownPath));
}

} // namespace aftercare::core::DiskSpace
