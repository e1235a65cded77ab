#include "core/exchange/SafeFile.h"

#include "core/DiskSpace.h"
#include "core/storage/DurableFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace aftercare::core::SafeFile {

namespace {

QString sizeText(qint64 bytes)
{
    constexpr qint64 mb = 1024 * 1024;
    if (bytes >= mb) {
        const double value = double(bytes) / double(mb);
        return QStringLiteral("%1 MB").arg(value, 0, 'f', bytes % mb == 0 ? 0 : 1);
    }
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

std::unexpected<Error> saveFailed(const QString& path, const QString& why)
{
    return fail(Error::Kind::Other,
                QStringLiteral("Could not save \"%1\": %2. Nothing was changed there.")
                    .arg(shown(path), why));
}

} // namespace

Status checkTarget(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("\"%1\" is a folder. Choose a file name inside it instead.")
                        .arg(shown(path)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(Error::Kind::NotFound,
                    QStringLiteral("Could not save \"%1\": the folder \"%2\" does not exist.")
                        .arg(shown(path), shown(info.absolutePath())));
    return {};
}

Status write(const QString& path, const QByteArray& bytes)
{
    if (Status target = checkTarget(path); !target)
        return target;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString why = !folderInfo.isWritable()
                                ? QStringLiteral("there is no permission to create files in \"%1\"")
                                      .arg(shown(folder))
                                : file.errorString();
        return saveFailed(path, why);
    }
    // QSaveFile keeps an existing file's permissions; a new file holds private data, so only
    // its owner may read it.
    if (!info.exists() && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return saveFailed(
            path, QStringLiteral("its permissions could not be set (%1)").arg(file.errorString()));
    // QSaveFile removes its temporary file on failure: nothing half-written stays behind.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        if (DiskSpace::ranOut(file, errno))
            return std::unexpected(DiskSpace::fileDiskFull(shown(path)));
        return saveFailed(path, file.errorString());
    }
    if (::fsync(file.handle()) != 0) {
        if (errno == ENOSPC)
            return std::unexpected(DiskSpace::fileDiskFull(shown(path)));
        return saveFailed(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!file.commit()) {
        if (DiskSpace::ranOut(file, errno))
            return std::unexpected(DiskSpace::fileDiskFull(shown(path)));
        return saveFailed(path, file.errorString());
    }
    DurableFiles::syncFolder(folder);
    return {};
}

Result<QByteArray> read(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("\"%1\" is a folder, not a file.").arg(shown(path)));
    if (!info.exists())
        return fail(Error::Kind::NotFound,
                    QStringLiteral("There is no file \"%1\".").arg(shown(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error::Kind::Other,
            QStringLiteral("Could not open \"%1\": %2.").arg(shown(path), file.errorString()));
    const auto tooLarge = [&](const QString& size) {
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("\"%1\" is %2, larger than the %3 Aftercare reads, so it was "
                                   "not opened. It is probably not an Aftercare file.")
                        .arg(shown(path), size, sizeText(maxBytes)));
    };
    // Refuse by size before reading a byte; pipes and special files report no size, so the
    // read itself is bounded too.
    if (file.size() > maxBytes)
        return tooLarge(sizeText(file.size()));
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(
            Error::Kind::Other,
            QStringLiteral("Could not read \"%1\": %2.").arg(shown(path), file.errorString()));
    if (bytes.size() > maxBytes)
        return tooLarge(QStringLiteral("more than %1").arg(sizeText(maxBytes)));
    return bytes;
}

} // namespace aftercare::core::SafeFile
