#include "tests/support/SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>

#include <unistd.h>

namespace aftercare::test {

namespace {

bool runQuietly(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

SmallDisk::SmallDisk(int megabytes)
{
    if (::geteuid() != 0) {
        m_why = QStringLiteral("a full disk is simulated with a small tmpfs, and mounting one "
                               "needs root; run as root (CI does) to include this test");
        return;
    }
    if (!m_tmp.isValid() || !QDir().mkpath(path())) {
        m_why = QStringLiteral("no temporary folder for the small disk");
        return;
    }
    m_mounted =
        runQuietly(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1m").arg(megabytes), QStringLiteral("tmpfs"), path()});
    if (!m_mounted)
        m_why = QStringLiteral("this machine does not let even root mount a tmpfs, which the "
                               "disk-full tests need");
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        runQuietly(QStringLiteral("umount"), {QStringLiteral("-l"), path()});
}

bool SmallDisk::fill(const QString& name, qint64 leaveBytes)
{
    QFile filler(path() + u'/' + name);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size()) {
    }
    // What is left after the last whole block, byte by byte.
    while (filler.write("x", 1) == 1) {
    }
    return leaveBytes == 0 || filler.resize(std::max<qint64>(0, filler.size() - leaveBytes));
}

bool SmallDisk::makeReadOnly()
{
    return runQuietly(QStringLiteral("mount"),
                      {QStringLiteral("-o"), QStringLiteral("remount,ro"), path()});
}

bool SmallDisk::free(const QString& name)
{
    return QFile::remove(path() + u'/' + name);
}

} // namespace aftercare::test
