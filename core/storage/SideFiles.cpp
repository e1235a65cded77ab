#include "core/storage/SideFiles.h"

#include <QFile>
#include <QFileInfo>

namespace aftercare::core {

SideFiles::SideFiles(const QString& databasePath)
    : m_wal(databasePath + QStringLiteral("-wal")), m_shm(databasePath + QStringLiteral("-shm")),
      m_hadWal(QFileInfo::exists(m_wal)), m_hadShm(QFileInfo::exists(m_shm))
{}

void SideFiles::removeOursIfEmpty() const
{
    if (!m_hadWal && QFileInfo(m_wal).exists() && QFileInfo(m_wal).size() == 0) {
        QFile::remove(m_wal);
        if (!m_hadShm)
            QFile::remove(m_shm);
    }
}

} // namespace aftercare::core
