// The RAII layer over SQLCipher: statements, transactions and errors a user can act on.
#include "core/crypto/SecretBytes.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/EntryRow.h"
#include "core/storage/Statement.h"
#include "core/storage/StoredTime.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace aftercare::core;

namespace {

std::unique_ptr<Database> keyedDatabase(const QString& path, const SecretBytes& key)
{
    auto db = Database::open(path, Database::Access::Create);
    if (!db || !DatabaseOpener::configure(**db, key))
        return nullptr;
    return std::move(*db);
}

int rowCount(Database& db)
{
    return int(db.queryInt("SELECT count(*) FROM t", u"count"_qs).value_or(-1));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.path() + u"/db"_qs; }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + u"-wal"_qs);
        QFile::remove(path() + u"-shm"_qs);
    }

    void bindsAndReadsEveryType()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto db = keyedDatabase(path(), key);
        QVERIFY(db);
        QVERIFY(db->exec("CREATE TABLE t (a TEXT, b INTEGER, c TEXT, d INTEGER)", u"create"_qs));
        auto insert = db->prepare("INSERT INTO t VALUES (?, ?, ?, ?)", u"insert"_qs);
        QVERIFY(insert);
        insert->bind(1, u"tränen 😢"_qs).bind(2, qint64(1) << 40).bindOptional(3, QString());
        insert->bindOptional(4, std::optional<int>());
        QVERIFY(insert->run());
        QCOMPARE(insert->changes(), 1);

        auto select = db->prepare("SELECT a, b, c, d FROM t", u"select"_qs);
        QVERIFY(select);
        QCOMPARE(select->step().value(), true);
        QCOMPARE(select->text(0), u"tränen 😢"_qs);
        QCOMPARE(select->int64(1), qint64(1) << 40);
        QVERIFY(select->isNull(2));
        QVERIFY(!select->optionalInt(3).has_value());
        QCOMPARE(select->step().value(), false);
    }

    void reusedStatementsStartFreshAndNeverShareACursor()
    {
        auto db = keyedDatabase(path(), SecretBytes::random(32));
        QVERIFY(db->exec("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2);", u"x"_qs));
        const char* sql = "SELECT a, ? FROM t ORDER BY a";
        {
            auto outer = db->prepare(sql, u"read"_qs);
            outer->bind(1, u"outer"_qs);
            QCOMPARE(outer->step().value(), true);
            QCOMPARE(outer->int64(0), 1);
            // The same SQL while the first is mid-way gets its own statement.
            auto inner = db->prepare(sql, u"read"_qs);
            QCOMPARE(inner->step().value(), true);
            QCOMPARE(inner->int64(0), 1);
            QVERIFY(inner->isNull(1));
            QCOMPARE(outer->step().value(), true);
            QCOMPARE(outer->int64(0), 2);
            QCOMPARE(outer->text(1), u"outer"_qs);
        }
        // Given back and taken again: from the first row, with no old bindings.
        auto again = db->prepare(sql, u"read"_qs);
        QCOMPARE(again->step().value(), true);
        QCOMPARE(again->int64(0), 1);
        QVERIFY(again->isNull(1));
    }

    void fileIsEncryptedWithSqlCipher()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto db = keyedDatabase(path(), key);
        QVERIFY(db);
        QVERIFY(db->requireSqlCipher());
        QVERIFY(db->exec("CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('visible?')", u"x"_qs));
        db->close();
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("visible?"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = keyedDatabase(path(), SecretBytes::random(32));
        QVERIFY(db->exec("CREATE TABLE t (a INTEGER)", u"create"_qs));
        {
            auto t = Transaction::begin(*db, u"test"_qs);
            QVERIFY(t);
            QVERIFY(db->exec("INSERT INTO t VALUES (1)", u"insert"_qs));
            QCOMPARE(rowCount(*db), 1);
        }
        QCOMPARE(rowCount(*db), 0);
        {
            auto t = Transaction::begin(*db, u"test"_qs);
            QVERIFY(db->exec("INSERT INTO t VALUES (2)", u"insert"_qs));
            QVERIFY(t->commit());
            QVERIFY(!t->commit()); // a second commit is a usage error, not a crash
        }
        QCOMPARE(rowCount(*db), 1);
    }

    void busyJournalReportsInUse()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto first = keyedDatabase(path(), key);
        QVERIFY(first->exec("CREATE TABLE t (a INTEGER)", u"create"_qs));
        auto second = Database::open(path(), Database::Access::ReadWrite);
        QVERIFY(second);
        QVERIFY(DatabaseOpener::configure(**second, key));
        (*second)->setBusyTimeout(0);
        auto holding = Transaction::begin(*first, u"hold"_qs);
        QVERIFY(holding);
        const auto blocked = Transaction::begin(**second, u"save the entry"_qs);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind(), Error::Kind::InUse);
        QVERIFY(blocked.error().message().startsWith(u"Could not save the entry: "));
        QVERIFY(blocked.error().message().contains(u"busy"));
    }

    void fullDiskIsReportedAndRolledBack()
    {
        auto db = keyedDatabase(path(), SecretBytes::random(32));
        QVERIFY(db->exec("CREATE TABLE t (a TEXT)", u"create"_qs));
        // A page limit makes SQLite behave exactly as on a full disk.
        const qint64 pages = db->queryInt("PRAGMA page_count", u"pages"_qs).value();
        const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages + 2);
        QVERIFY(db->exec(limit.constData(), u"limit"_qs));
        auto t = Transaction::begin(*db, u"save the entry"_qs);
        auto insert = db->prepare("INSERT INTO t VALUES (?)", u"save the entry"_qs);
        QVERIFY(insert);
        Status full;
        for (int i = 0; i < 100 && full; ++i) {
            insert->bind(1, QString(2000, QChar(u'a' + i % 26)));
            full = insert->run();
        }
        QVERIFY(!full);
        QCOMPARE(full.error().kind(), Error::Kind::Other);
        QVERIFY2(full.error().message().startsWith(
                     u"No space left on the disk that holds your journal, so Aftercare could "
                     "not save the entry."),
                 qPrintable(full.error().message()));
        t->rollback();
        QCOMPARE(rowCount(*db), 0);
    }

    void readOnlyConnectionSaysSo()
    {
        const SecretBytes key = SecretBytes::random(32);
        {
            auto db = keyedDatabase(path(), key);
            QVERIFY(db->exec("CREATE TABLE t (a INTEGER)", u"create"_qs));
        }
        auto ro = Database::open(path(), Database::Access::ReadOnly);
        QVERIFY(ro);
        QVERIFY((*ro)->applyKey(key));
        QVERIFY((*ro)->setCipherPageSize(DatabaseOpener::pageSize));
        const auto written = (*ro)->exec("INSERT INTO t VALUES (1)", u"save the entry"_qs);
        QVERIFY(!written);
        QVERIFY(written.error().message().contains(u"read-only"));
    }

    void failedBindIsReportedByStep()
    {
        auto db = keyedDatabase(path(), SecretBytes::random(32));
        QVERIFY(db->exec("CREATE TABLE t (a INTEGER)", u"create"_qs));
        auto insert = db->prepare("INSERT INTO t VALUES (?)", u"save the entry"_qs);
        insert->bind(1, 1).bind(7, 2); // there is no parameter 7
        const auto ran = insert->run();
        QVERIFY(!ran);
        QVERIFY(ran.error().message().startsWith(u"Could not save the entry"));
        QCOMPARE(rowCount(*db), 0);
    }

    void badSqlNamesTheProblem()
    {
        auto db = keyedDatabase(path(), SecretBytes::random(32));
        const auto prepared = db->prepare("SELEKT 1", u"read the entries"_qs);
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().kind(), Error::Kind::Other);
        QVERIFY(prepared.error().message().contains(u"syntax error"));
    }

    void storedTimeKeepsOffsetAndMilliseconds()
    {
        const QDateTime india(QDate(2025, 3, 9), QTime(23, 45, 12, 345), Qt::OffsetFromUTC, 19800);
        QCOMPARE(StoredTime::toText(india), u"2025-03-09T23:45:12.345+05:30"_qs);
        const QDateTime utc(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(StoredTime::toText(utc), u"2025-01-01T00:00:00.000Z"_qs);
        for (const QDateTime& t : {india, utc, india.toOffsetFromUtc(-9000)}) {
            const QString text = StoredTime::toText(t);
            const QDateTime back = StoredTime::fromText(text);
            QCOMPARE(back, t);
            QCOMPARE(back.offsetFromUtc(), t.offsetFromUtc());
            QCOMPARE(StoredTime::fromUtf8(text.toStdString()), t);
        }
        // Other ISO 8601 shapes still read, through Qt's general parser.
        QCOMPARE(StoredTime::fromText(u"2025-03-09T23:45:12+05:30"_qs), india.addMSecs(-345));
        QVERIFY(!StoredTime::fromText(u"2025-02-30T00:00:00.000Z"_qs).isValid());
        QVERIFY(!StoredTime::fromUtf8("not a time").isValid());
        QCOMPARE(StoredTime::utcMs(utc), qint64(1735689600000));
    }

    // Read as an instant, a stored time keeps its moment and milliseconds but not its offset.
    void storedTimeReadsAsUtcInstant()
    {
        const QDateTime india(QDate(2025, 3, 9), QTime(23, 45, 12, 345), Qt::OffsetFromUTC, 19800);
        const QDateTime west = india.toOffsetFromUtc(-9000);
        const QDateTime utc(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        for (const QDateTime& t : {india, west, utc}) {
            const QDateTime back =
                StoredTime::fromUtf8(StoredTime::toText(t).toStdString(), StoredTime::Offset::Utc);
            QCOMPARE(back.timeSpec(), Qt::UTC);
            QCOMPARE(back.toMSecsSinceEpoch(), t.toMSecsSinceEpoch());
        }
        QCOMPARE(
            StoredTime::fromUtf8("2025-03-09T23:45:12.345+05:30", StoredTime::Offset::Utc).time(),
            QTime(18, 15, 12, 345));
        // Shapes only Qt's general parser reads come back in UTC too; nonsense stays invalid.
        const QDateTime general =
            StoredTime::fromUtf8("2025-03-09T23:45:12+05:30", StoredTime::Offset::Utc);
        QCOMPARE(general.timeSpec(), Qt::UTC);
        QCOMPARE(general, india.addMSecs(-345));
        QVERIFY(
            !StoredTime::fromUtf8("2025-02-30T00:00:00.000Z", StoredTime::Offset::Utc).isValid());
        QVERIFY(!StoredTime::fromUtf8("not a time", StoredTime::Offset::Utc).isValid());
    }

    // Repeated values share one string; past its capacity it still reads every value right.
    void repeatedTextsShareStrings()
    {
        EntryRow::RepeatedTexts texts;
        const QString first = texts.get("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        const QString again = texts.get("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        QCOMPARE(again, u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_qs);
        QVERIFY(again.isSharedWith(first));
        QVERIFY(texts.get("").isEmpty());
        for (int i = 0; i < 40; ++i) {
            const std::string value = "partner " + std::to_string(i) + " é";
            QCOMPARE(texts.get(value), QString::fromStdString(value));
            QCOMPARE(texts.get(value), QString::fromStdString(value));
        }
        QVERIFY(texts.get("7c9e6679-7425-40de-944b-e07fc1f90ae7").isSharedWith(first));
    }

    // The allocation-free formatter writes exactly what Qt's ISO formatter writes, and leaves
    // the values it does not handle to Qt.
    void storedTimeFormatsLikeQt()
    {
        const QDate days[] = {QDate(1, 1, 1),     QDate(1969, 12, 31), QDate(1970, 1, 1),
                              QDate(2000, 2, 29), QDate(2026, 11, 26), QDate(9999, 12, 31)};
        const QTime times[] = {QTime(0, 0), QTime(23, 59, 59, 999), QTime(12, 30, 5, 7)};
        const int offsets[] = {0, 3600, -5 * 3600, 19800, -9000, 14 * 3600, -12 * 3600 - 45 * 60};
        int compared = 0;
        for (const QDate& day : days) {
            for (const QTime& time : times) {
                for (const int offset : offsets) {
                    const QDateTime t(day, time, Qt::OffsetFromUTC, offset);
                    const QString qt = t.toOffsetFromUtc(offset).toString(Qt::ISODateWithMs);
                    char text[StoredTime::maxTextSize];
                    const int size = StoredTime::toAscii(t, text);
                    QCOMPARE(QString::fromLatin1(text, size), qt);
                    QCOMPARE(StoredTime::toText(t), qt);
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 6 * 3 * 7);
        // Local and UTC values are written at their own offset.
        const QDateTime local = QDateTime::currentDateTime();
        QCOMPARE(StoredTime::toText(local),
                 local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs));
        // Left to Qt: an offset with seconds, a year outside 1–9999, an invalid value.
        char text[StoredTime::maxTextSize];
        const QDateTime seconds(QDate(1890, 1, 1), QTime(12, 0), Qt::OffsetFromUTC, 75);
        QCOMPARE(StoredTime::toAscii(seconds, text), 0);
        QCOMPARE(StoredTime::toText(seconds), seconds.toString(Qt::ISODateWithMs));
        QCOMPARE(StoredTime::toAscii(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), text), 0);
        QCOMPARE(StoredTime::toAscii(QDateTime(), text), 0);
        QCOMPARE(StoredTime::toText(QDateTime()), QString());
    }

    void resultCodesBecomeKinds_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("full") << SQLITE_FULL << int(Error::Kind::Other)
                              << u"No space left on the disk that holds your journal"_qs;
        QTest::newRow("busy") << SQLITE_BUSY << int(Error::Kind::InUse) << u"busy"_qs;
        QTest::newRow("locked") << SQLITE_LOCKED << int(Error::Kind::InUse) << u"busy"_qs;
        QTest::newRow("readonly") << SQLITE_READONLY << int(Error::Kind::Other) << u"read-only"_qs;
        QTest::newRow("corrupt") << SQLITE_CORRUPT << int(Error::Kind::Damaged) << u"backups"_qs;
        QTest::newRow("notadb") << SQLITE_NOTADB << int(Error::Kind::Damaged) << u"backups"_qs;
        QTest::newRow("ioerr") << SQLITE_IOERR_WRITE << int(Error::Kind::Other) << u"disk"_qs;
        QTest::newRow("constraint")
            << SQLITE_CONSTRAINT_UNIQUE << int(Error::Kind::InvalidInput) << u"rule"_qs;
    }

    void resultCodesBecomeKinds()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const Error e = Database::errorFor(code, u"save the entry"_qs, u"detail"_qs);
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.message().contains(u"save the entry"), qPrintable(e.message()));
        QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        QVERIFY(!e.message().contains(u"reset", Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
