// The -wal and -shm files beside a journal's database. Any connection to a WAL database makes
// them if they are missing; when opening ends up refusing the file, they would be the only trace
// we left, so they are removed again (only when we made them and nothing was written to them).
#pragma once

#include <QString>

namespace aftercare::core {

class SideFiles
{
public:
    // Notes which of them exist now, before the first connection.
    explicit SideFiles(const QString& databasePath);

    // Removes those made since, when the WAL is empty; call with every connection closed.
    void removeOursIfEmpty() const;

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

} // namespace aftercare::core
