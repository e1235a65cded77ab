#include "core/storage/DurableFiles.h"

#include <sodium.h>

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aftercare::core::DurableFiles {

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void syncFolder(const QString& folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool replace(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    syncFolder(QFileInfo(to).absolutePath());
    return true;
}

bool shredAndRemove(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0) {
        struct stat info = {};
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
            std::array<unsigned char, 4096> noise{};
            for (off_t done = 0; done < info.st_size;) {
                const auto chunk = std::min<off_t>(off_t(noise.size()), info.st_size - done);
                randombytes_buf(noise.data(), std::size_t(chunk));
                const ssize_t written = ::pwrite(fd, noise.data(), std::size_t(chunk), done);
                if (written <= 0)
                    break;
                done += written;
            }
            ::fsync(fd);
        }
        ::close(fd);
    }
    if (::unlink(name.constData()) != 0 && QFileInfo::exists(path))
        return false;
    syncFolder(QFileInfo(path).absolutePath());
    return true;
}

} // namespace aftercare::core::DurableFiles
