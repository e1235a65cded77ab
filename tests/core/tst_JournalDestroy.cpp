// Journal::destroy: "delete all data" removes every file the journal wrote (keys, database with
// its WAL/SHM, drafts inside it, daily snapshots, the lock file), refuses while the journal is
// open, and leaves anything else in the folder alone.
#include "core/Clock.h"
#include "tests/support/TestJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

using namespace aftercare;
using namespace aftercare::core;
using aftercare::test::TestJournal;

namespace {

// Every file under `dir`, relative to it, sorted.
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    const QDir root(dir);
    const QFileInfoList infos =
        root.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& info : infos) {
        if (info.isDir()) {
            for (const QString& inner : filesUnder(info.filePath()))
                files << info.fileName() + u'/' + inner;
        } else {
            files << info.fileName();
        }
    }
    files.sort();
    return files;
}

// A journal with an entry, a draft and two daily snapshots, locked again.
void fillAndLock(TestJournal& t, ManualClock& clock)
{
    auto created = t.create();
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    Journal& journal = *created->journal;
    QVERIFY(journal.store().addEntry(test::sampleEntry()));
    QVERIFY(journal.store().saveDraft({test::sampleEntry(), 2, QDateTime::currentDateTime()}));
    QVERIFY(journal.takeDailySnapshot());
    clock.advanceMs(24 * 3600 * 1000);
    QVERIFY(journal.takeDailySnapshot());
    journal.lock();
}

} // namespace

class tst_JournalDestroy : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
        Clock::setInstance(m_clock.get());
    }
    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void removesEveryJournalFileAndTheFolder()
    {
        TestJournal t;
        fillAndLock(t, *m_clock);
        // The files really are there, so their absence below means something.
        const QStringList before = filesUnder(t.dir());
        QVERIFY2(before.contains(QStringLiteral("journal.db")), qPrintable(before.join(u' ')));
        QVERIFY(before.contains(QStringLiteral("journal.keys")));
        QCOMPARE(
            before.filter(QRegularExpression(QStringLiteral("^backups/journal-.*\\.db$"))).size(),
            2);
        // A leftover from an interrupted write counts as the journal's too.
        QFile leftover(Journal::keySlotPath(t.dir()) + QStringLiteral(".a1B2c3"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();

        const Status destroyed = Journal::destroy(t.dir());
        QVERIFY2(destroyed, qPrintable(destroyed ? QString() : destroyed.error().message()));
        QVERIFY(!Journal::exists(t.dir()));
        QVERIFY(!QFileInfo::exists(t.dir()));
        auto reopened = t.unlock();
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().kind(), Error::Kind::NotFound);
    }

    void keyFilesAreOverwrittenBeforeTheyGo()
    {
        // A hard link keeps each key file's inode alive after destroy() unlinks it: what the
        // link then reads is what was left in the file's blocks.
        TestJournal t;
        fillAndLock(t, *m_clock);
        QStringList keyFiles{Journal::keySlotPath(t.dir())};
        const QDir backups(Journal::backupsPath(t.dir()));
        for (const QString& name : backups.entryList({QStringLiteral("*.keys")}))
            keyFiles << backups.filePath(name);
        QCOMPARE(keyFiles.size(), 3);
        QStringList links;
        QList<QByteArray> originals;
        for (const QString& file : std::as_const(keyFiles)) {
            const QString link = t.root() + QStringLiteral("/link%1").arg(links.size());
            QCOMPARE(
                ::link(QFile::encodeName(file).constData(), QFile::encodeName(link).constData()),
                0);
            links << link;
            originals << test::fileBytes(file);
            QVERIFY(originals.last().contains("aftercare-keys"));
        }
        QVERIFY(Journal::destroy(t.dir()));
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QByteArray left = test::fileBytes(links.at(i));
            QCOMPARE(left.size(), originals.at(i).size());
            QVERIFY2(!left.contains("aftercare-keys") && !left.contains("sealed_key"),
                     qPrintable(keyFiles.at(i)));
        }
    }

    void leavesOtherFilesAlone()
    {
        TestJournal t;
        fillAndLock(t, *m_clock);
        QFile mine(t.dir() + QStringLiteral("/my-notes.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("not the journal's");
        mine.close();
        QFile kept(Journal::backupsPath(t.dir()) + QStringLiteral("/portable.backup"));
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.close();

        QVERIFY(Journal::destroy(t.dir()));
        QCOMPARE(filesUnder(t.dir()), QStringList({QStringLiteral("backups/portable.backup"),
                                                   QStringLiteral("my-notes.txt")}));
        QCOMPARE(test::fileBytes(mine.fileName()), QByteArray("not the journal's"));
    }

    void refusesWhileOpen()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        QVERIFY(created->journal->store().addEntry(test::sampleEntry()));
        const QStringList before = filesUnder(t.dir());
        const QByteArray keys = test::fileBytes(Journal::keySlotPath(t.dir()));

        const Status destroyed = Journal::destroy(t.dir());
        QVERIFY(!destroyed);
        QCOMPARE(destroyed.error().kind(), Error::Kind::InUse);
        QVERIFY(destroyed.error().message().contains(QStringLiteral("already open")));
        QCOMPARE(filesUnder(t.dir()), before);
        QCOMPARE(test::fileBytes(Journal::keySlotPath(t.dir())), keys);
        // Still perfectly usable.
        QCOMPARE(created->journal->store().countEntries().value_or(0), 1);
    }

    void missingFolderIsNotFound()
    {
        TestJournal t;
        const Status destroyed = Journal::destroy(t.dir());
        QVERIFY(!destroyed);
        QCOMPARE(destroyed.error().kind(), Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_JournalDestroy)
#include "tst_JournalDestroy.moc"
