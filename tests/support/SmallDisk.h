// A small tmpfs mounted in a temporary folder, for tests of what happens when the disk is full:
// fill() takes every free byte, free() gives them back. Mounting needs root; when it is not
// possible, isMounted() is false and why() says so, for a clear QSKIP.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace aftercare::test {

class SmallDisk
{
public:
    explicit SmallDisk(int megabytes = 6);
    ~SmallDisk(); // unmounts
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_tmp.path() + QStringLiteral("/disk"); }

    // Writes a file (named `name`, in the disk's root) until a write fails for lack of space,
    // then gives back `leaveBytes` (so there is room to open a journal, but not to write much).
    bool fill(const QString& name = QStringLiteral("filler"), qint64 leaveBytes = 0);
    bool free(const QString& name = QStringLiteral("filler"));
    // Remounts the disk read-only (root ignores file permissions, a read-only mount it cannot).
    bool makeReadOnly();

private:
    QTemporaryDir m_tmp;
    bool m_mounted = false;
    QString m_why;
};

} // namespace aftercare::test
