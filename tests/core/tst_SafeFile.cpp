#include "core/exchange/JsonFormat.h"
#include "core/exchange/SafeFile.h"
#include "tests/support/TestJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace aftercare::core;
using aftercare::test::FileSizeLimit;

namespace {

QByteArray contents(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return f.readAll();
}

// The file's mode bits as the kernel sees them.
unsigned mode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 0777;
}

bool putFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Runs SafeFile::write in a child process that, when this test runs as root, becomes the
// unprivileged user "nobody" first: root ignores folder permissions, an ordinary user does not.
// Returns the error message ("" when the write succeeded), or a line starting with '!' when the
// child could not be set up.
QString writeAsOrdinaryUser(const QString& path, const QByteArray& bytes)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return u"!pipe failed"_qs;
    const pid_t child = ::fork();
    if (child < 0)
        return u"!fork failed"_qs;
    if (child == 0) {
        ::close(fds[0]);
        QByteArray answer;
        constexpr uid_t nobody = 65534;
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setresgid(nobody, nobody, nobody) != 0 ||
             ::setresuid(nobody, nobody, nobody) != 0)) {
            answer = "!could not become an ordinary user";
        } else {
            const Status written = SafeFile::write(path, bytes);
            answer = written ? QByteArray() : written.error().message().toUtf8();
        }
        const ssize_t sent = ::write(fds[1], answer.constData(), size_t(answer.size()));
        ::_exit(sent == answer.size() ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray answer;
    char buffer[512];
    for (ssize_t got; (got = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        answer.append(buffer, got);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return u"!the child process failed"_qs;
    return QString::fromUtf8(answer);
}

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesANewPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.json"_qs);
        const auto written = SafeFile::write(path, "hello\n");
        QVERIFY(written);
        QCOMPARE(contents(path), QByteArray("hello\n"));
        QCOMPARE(mode(path), 0600u);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({u"export.json"_qs}));
    }

    void replacesAnExistingFileKeepingItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_qs);
        QVERIFY(putFile(path, "old contents that are longer"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup));
        QCOMPARE(mode(path), 0640u);
        QVERIFY(SafeFile::write(path, "new"));
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(mode(path), 0640u);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void missingFolderFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/export.json"_qs);
        const auto written = SafeFile::write(path, "x");
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::NotFound);
        QCOMPARE(written.error().message(),
                 u"Could not save \"%1\": the folder \"%2\" does not exist."_qs.arg(
                     path, dir.filePath(u"no/such/folder"_qs)));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void aFolderIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"target"_qs);
        QVERIFY(QDir(dir.path()).mkdir(u"target"_qs));
        QVERIFY(putFile(path + u"/inside.txt"_qs, "keep"));
        const auto written = SafeFile::write(path, "x");
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(written.error().message(),
                 u"\"%1\" is a folder. Choose a file name inside it instead."_qs.arg(path));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(contents(path + u"/inside.txt"_qs), QByteArray("keep"));
    }

    void unwritableFolderFailsAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        // Readable and searchable by everyone, writable by nobody but its owner (root or this
        // user), so the write below, done as an ordinary user, is refused by the kernel.
        QVERIFY(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QString folder = dir.filePath(u"locked"_qs);
        QVERIFY(QDir(dir.path()).mkdir(u"locked"_qs));
        const QString path = folder + u"/export.json"_qs;
        QVERIFY(putFile(path, "precious old export"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QString message = writeAsOrdinaryUser(path, "new");
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
        QCOMPARE(message, u"Could not save \"%1\": there is no permission to create files in "
                          "\"%2\". Nothing was changed there."_qs.arg(path, folder));
        QCOMPARE(contents(path), QByteArray("precious old export"));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList({u"export.json"_qs}));
    }

    void aFolderNobodyCanWriteFailsClearly()
    {
        // /proc refuses new files even for root.
        const QString path = u"/proc/self/aftercare-export.json"_qs;
        const auto written = SafeFile::write(path, "x");
        QVERIFY(!written);
        QVERIFY2(written.error().message().startsWith(u"Could not save \"%1\": "_qs.arg(path)),
                 qPrintable(written.error().message()));
        QVERIFY(!QFile::exists(path));
    }

    void aFailedWriteLeavesTheOldFileByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.json"_qs);
        QByteArray old(1000, 'o');
        old[3] = '\0';
        QVERIFY(putFile(path, old));
        const QByteArray big(256 * 1024, 'n');
        Status written;
        {
            const FileSizeLimit limit(64 * 1024);
            written = SafeFile::write(path, big);
        }
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::Other);
        QVERIFY2(written.error().message().endsWith(u"Nothing was changed there."),
                 qPrintable(written.error().message()));
        QCOMPARE(contents(path), old);
        // No half-written temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({u"export.json"_qs}));
        // And once space is back, the same write succeeds.
        QVERIFY(SafeFile::write(path, big));
        QCOMPARE(contents(path), big);
    }

    void readsAFileWithinTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"in.json"_qs);
        QVERIFY(putFile(path, "0123456789"));
        const auto bytes = SafeFile::read(path, 10);
        QVERIFY(bytes);
        QCOMPARE(*bytes, QByteArray("0123456789"));
        const auto refused = SafeFile::read(path, 9);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(refused.error().message(),
                 u"\"%1\" is 10 bytes, larger than the 9 bytes Aftercare reads, so it was not "
                 "opened. It is probably not an Aftercare file."_qs.arg(path));
    }

    void aHugeFileIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.json"_qs);
        {
            // Sparse: 50 MB long without using the disk; it is not JSON at all, so a parse
            // attempt would have produced a different error.
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(50ll * 1024 * 1024));
        }
        const auto bytes = SafeFile::read(path, JsonFormat::maxDocumentBytes);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(bytes.error().message(),
                 u"\"%1\" is 50 MB, larger than the 32 MB Aftercare reads, so it was not opened. "
                 "It is probably not an Aftercare file."_qs.arg(path));
    }

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        const auto bytes = SafeFile::read(dir.filePath(u"nothing.json"_qs), 100);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind(), Error::Kind::NotFound);
        QVERIFY(bytes.error().message().contains(u"nothing.json"));
        const auto folder = SafeFile::read(dir.path(), 100);
        QVERIFY(!folder);
        QCOMPARE(folder.error().kind(), Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_SafeFile.moc"
