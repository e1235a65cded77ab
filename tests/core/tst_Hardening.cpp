#include "core/Hardening.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace aftercare::core;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

} // namespace

// hardenProcess() changes the whole process for good, which is fine: one test process each.
class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Start from a typical, more permissive state so the test proves hardenProcess() is
        // what changed it.
        ::umask(022);
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        if (core.rlim_max != 0) {
            core.rlim_cur = core.rlim_max;
            QCOMPARE(::setrlimit(RLIMIT_CORE, &core), 0);
        }
        QCOMPARE(::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

        hardenProcess();
    }

    void coreDumpsAreOffForGood()
    {
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }

    void processIsNotDumpable() { QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0); }

    void newFilesAndFoldersArePrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString plain = dir.filePath(u"plain.txt"_qs);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("x") == 1);
        file.close();
        QCOMPARE(modeOf(plain), mode_t(0600));

        const QString saved = dir.filePath(u"saved.txt"_qs);
        QSaveFile saveFile(saved);
        QVERIFY(saveFile.open(QIODevice::WriteOnly));
        saveFile.write("y");
        QVERIFY(saveFile.commit());
        QCOMPARE(modeOf(saved), mode_t(0600));

        QVERIFY(QDir(dir.path()).mkdir(u"folder"_qs));
        QCOMPARE(modeOf(dir.filePath(u"folder"_qs)), mode_t(0700));
    }

    void callingAgainIsHarmless()
    {
        hardenProcess();
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        const mode_t mask = ::umask(077);
        QCOMPARE(mask, mode_t(077));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_Hardening.moc"
