// A fresh journal folder in a temporary directory for one test, made with the cheap Argon2id
// profile, plus a few helpers every journal test needs.
#pragma once

#include "core/model/Entry.h"
#include "core/storage/Journal.h"

#include <QString>
#include <QTemporaryDir>

namespace aftercare::test {

inline const char* const kPassphrase = "correct horse battery staple";

class TestJournal
{
public:
    TestJournal();
    // Where the journal lives (not created until create() is called).
    QString dir() const { return m_tmp.path() + QStringLiteral("/journal"); }
    QString root() const { return m_tmp.path(); }
    bool isValid() const { return m_tmp.isValid(); }

    core::Result<core::Journal::Created>
    create(const QString& passphrase = QString::fromUtf8(kPassphrase));
    core::Result<std::unique_ptr<core::Journal>>
    unlock(const QString& passphrase = QString::fromUtf8(kPassphrase));

private:
    QTemporaryDir m_tmp;
};

// A complete entry (the five answers set) with a new id.
core::Entry sampleEntry(const QDateTime& occurredAt = QDateTime::currentDateTime(),
                        const QString& notes = {});

// While alive, no file this process writes may grow beyond `bytes` (RLIMIT_FSIZE, SIGXFSZ
// ignored): writes fail as on a full disk, even for root. Child processes inherit it.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    qint64 m_previousSoft = 0;
    qint64 m_previousHard = 0;
};

// Every byte of a file, for "nothing was changed" assertions.
QByteArray fileBytes(const QString& path);

} // namespace aftercare::test
