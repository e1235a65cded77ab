#include "core/demo/DemoData.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/PortableBackup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace aftercare::core;

namespace {

const QDateTime end(QDate(2026, 11, 30), QTime(22, 0), Qt::OffsetFromUTC, 3600);

SecretBytes passphrase(const char* text = "a long backup passphrase")
{
    return SecretBytes::fromUtf8(QString::fromUtf8(text));
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool putFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

JournalDocument sample()
{
    JournalDocument doc = DemoData::generate(120, end, 200, 31);
    doc.entries[0].notes = u"A very recognisable private sentence."_qs;
    doc.entries[0].tags = {u"a recognisable tag"_qs, u"Ümlaut 🌙"_qs};
    doc.entries[5].tags = {u"a recognisable tag"_qs};
    return doc;
}

} // namespace

class TestPortableBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir* m_dir = nullptr;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_path = m_dir->filePath(u"journal.aftercare-backup"_qs);
    }
    void cleanup() { delete m_dir; }

    void roundTrip()
    {
        const JournalDocument doc = sample();
        QVERIFY(PortableBackup::write(m_path, doc, passphrase(), KdfProfile::fastForTests()));
        const auto back = PortableBackup::read(m_path, passphrase());
        QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->exportedAt, doc.exportedAt);
        QCOMPARE(back->partners, doc.partners);
        QCOMPARE(back->entries, doc.entries);
        QCOMPARE(back->checkIns, doc.checkIns);
        QCOMPARE(JsonFormat::writeDocument(*back), JsonFormat::writeDocument(doc));
    }

    void theFileHoldsNoPlaintext()
    {
        const JournalDocument doc = sample();
        QVERIFY(PortableBackup::write(m_path, doc, passphrase(), KdfProfile::fastForTests()));
        const QByteArray bytes = contents(m_path);
        QVERIFY(bytes.startsWith("AFTERCARE-BACKUP-1"));
        for (const QByteArray& secret :
             {QByteArray("A very recognisable private sentence."), QByteArray("aftercare-journal"),
              QByteArray("a recognisable tag"), QByteArray("occurred_at"),
              doc.partners[0].label.toUtf8(), doc.entries[5].id.toUtf8()})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        // Only the sealed file is there: no temporary or plaintext file was left beside it.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({u"journal.aftercare-backup"_qs}));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void anEmptyJournalRoundTrips()
    {
        QVERIFY(PortableBackup::write(m_path, JournalDocument{}, passphrase(),
                                      KdfProfile::fastForTests()));
        const auto back = PortableBackup::read(m_path, passphrase());
        QVERIFY(back);
        QVERIFY(back->entries.isEmpty() && back->partners.isEmpty());
    }

    void wrongPassphraseIsWrongSecret()
    {
        QVERIFY(PortableBackup::write(m_path, sample(), passphrase(), KdfProfile::fastForTests()));
        const QByteArray before = contents(m_path);
        const auto back = PortableBackup::read(m_path, passphrase("a long backup passphrasf"));
        QVERIFY(!back);
        QCOMPARE(back.error().kind(), Error::Kind::WrongSecret);
        QVERIFY(!back.error().message().isEmpty());
        QCOMPARE(contents(m_path), before); // nothing is "repaired" or rewritten
    }

    void aDamagedFileIsDamaged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut in half") << u"half"_qs;
        QTest::newRow("last byte missing") << u"minus1"_qs;
        QTest::newRow("only the header") << u"header"_qs;
        QTest::newRow("byte flipped in the data") << u"flip"_qs;
        QTest::newRow("bytes appended") << u"append"_qs;
        QTest::newRow("empty") << u"empty"_qs;
    }
    void aDamagedFileIsDamaged()
    {
        QFETCH(QString, damage);
        QVERIFY(PortableBackup::write(m_path, sample(), passphrase(), KdfProfile::fastForTests()));
        QByteArray bytes = contents(m_path);
        QVERIFY(bytes.size() > 200);
        if (damage == u"half")
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"minus1")
            bytes.chop(1);
        else if (damage == u"header")
            bytes.truncate(18 + 106);
        else if (damage == u"flip")
            bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x01);
        else if (damage == u"append")
            bytes.append(QByteArray(40, 'x'));
        else
            bytes.clear();
        QVERIFY(putFile(m_path, bytes));
        const auto back = PortableBackup::read(m_path, passphrase());
        QVERIFY(!back);
        QCOMPARE(back.error().kind(), Error::Kind::Damaged);
        QCOMPARE(contents(m_path), bytes);
    }

    void aJsonExportIsNotABackup()
    {
        QVERIFY(putFile(m_path, JsonFormat::writeDocument(sample())));
        const auto back = PortableBackup::read(m_path, passphrase());
        QVERIFY(!back);
        QCOMPARE(back.error().kind(), Error::Kind::Damaged);
    }

    void aHugeFileIsRefusedBeforeDecrypting()
    {
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(50ll * 1024 * 1024));
        }
        const auto back = PortableBackup::read(m_path, passphrase());
        QVERIFY(!back);
        QCOMPARE(back.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(back.error().message().contains(u"larger than the 36 MB Aftercare reads"),
                 qPrintable(back.error().message()));
    }

    void anUnwritableTargetFailsAndKeepsTheOldBackup()
    {
        // A missing folder fails at once, before the slow key derivation.
        const QString missing = m_dir->filePath(u"nowhere/backup"_qs);
        const auto written =
            PortableBackup::write(missing, sample(), passphrase(), KdfProfile::standard());
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::NotFound);
        QVERIFY(!QFile::exists(missing));

        // A backup that cannot be completed leaves the previous one byte for byte.
        QVERIFY(PortableBackup::write(m_path, sample(), passphrase(), KdfProfile::fastForTests()));
        const QByteArray old = contents(m_path);
        QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_qs));
        const auto onFolder = PortableBackup::write(m_dir->filePath(u"folder"_qs), sample(),
                                                    passphrase(), KdfProfile::fastForTests());
        QVERIFY(!onFolder);
        QCOMPARE(onFolder.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(contents(m_path), old);
    }
};

QTEST_GUILESS_MAIN(TestPortableBackup)
#include "tst_PortableBackup.moc"
