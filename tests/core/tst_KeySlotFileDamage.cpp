// A key-slot file that is missing, empty, truncated, bit-flipped, forged, reordered or absurd
// is reported as damaged (never "reset"), before any expensive key derivation where possible.
#include "tests/core/KeySlotTestData.h"

#include <QFileInfo>

using namespace aftercare::core;
using namespace aftercare::test;

class TestKeySlotFileDamage : public QObject, protected KeySlotFixture
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileExplainsWhatToDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        const auto result = KeySlotFile::load(path);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::NotFound);
        const QString message = result.error().message();
        QVERIFY2(message.contains(u"key file is missing") && message.contains(path) &&
                     message.contains(u"not even with the recovery code") &&
                     message.contains(u"backup"),
                 qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    void emptyFileIsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(writeAll(path, QByteArray()));
        const auto result = KeySlotFile::load(path);
        verifyDamaged(result, "the file is empty");
        QVERIFY(result.error().message().contains(path));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void everyTruncationIsDamaged()
    {
        const auto s = saved();
        // The last byte is the closing newline, which JSON does not need.
        QCOMPARE(s->bytes.back(), '\n');
        for (qsizetype length = 0; length < s->bytes.size() - 1; ++length) {
            const auto result = KeySlotFile::fromJson(s->bytes.left(length));
            QVERIFY2(!result && result.error().kind() == Error::Kind::Damaged,
                     qPrintable(u"truncated to %1 bytes"_qs.arg(length)));
        }
        // The same through the file, at a few points.
        for (qsizetype length : {qsizetype(1), s->bytes.size() / 2, s->bytes.size() - 2}) {
            const QByteArray truncated = s->bytes.left(length);
            QVERIFY(writeAll(s->path, truncated));
            verifyDamaged(KeySlotFile::load(s->path), "not readable JSON");
            QCOMPARE(readAll(s->path), truncated);
        }
    }

    void everySingleBitFlipIsDamaged()
    {
        const auto s = saved();
        for (qsizetype i = 0; i < s->bytes.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = s->bytes;
                flipped[i] = char(flipped[i] ^ (1 << bit));
                const auto result = KeySlotFile::fromJson(flipped);
                QVERIFY2(!result && result.error().kind() == Error::Kind::Damaged,
                         qPrintable(u"bit %1 of byte %2 ('%3')"_qs.arg(bit).arg(i).arg(
                             QChar(s->bytes[i]))));
            }
        }
    }

    void flippedKeyMaterialIsReportedAsDamage_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("bit");
        QTest::newRow("sealed key, first bit") << 0 << u"sealed_key"_qs << 0;
        QTest::newRow("sealed key, tag") << 0 << u"sealed_key"_qs << 47 * 8 + 7;
        QTest::newRow("salt") << 0 << u"salt"_qs << 70;
        QTest::newRow("recovery salt") << 1 << u"salt"_qs << 3;
        QTest::newRow("nonce") << 0 << u"nonce"_qs << 100;
        QTest::newRow("public key") << 1 << u"public_key"_qs << 100;
        QTest::newRow("sealed box") << 1 << u"sealed_key"_qs << 79 * 8;
    }

    void flippedKeyMaterialIsReportedAsDamage()
    {
        QFETCH(int, slot);
        QFETCH(QString, field);
        QFETCH(int, bit);
        const auto s = saved();
        const QJsonObject top = jsonOf(s->bytes);
        QVERIFY(writeAll(s->path, bytesOf(withSlotField(top, slot, field,
                                                        flipBitInBase64(top, slot, field, bit)))));
        verifyDamaged(KeySlotFile::load(s->path), "checksum does not match");
    }

    void forgedChecksumStillCannotUnlock()
    {
        // Someone who rewrites the checksum too gets past load(), but the sealed key is
        // authenticated: the slot then simply does not open.
        const auto s = saved();
        const QJsonObject top = jsonOf(s->bytes);
        const QJsonObject forged = withChecksumFixed(
            withSlotField(top, 0, u"sealed_key"_qs, flipBitInBase64(top, 0, u"sealed_key"_qs, 9)));
        const auto loaded = KeySlotFile::fromJson(bytesOf(forged));
        QVERIFY2(loaded, qPrintable(why(loaded)));
        QCOMPARE(loaded->unwrap(Kind::Passphrase, m_passphrase).error().kind(),
                 Error::Kind::WrongSecret);
        QVERIFY(loaded->unwrap(Kind::RecoveryCode, s->code)->equals(s->dataKey));
    }

    void slotsCannotBeSwapped()
    {
        // Both slots sealed under the same secret. The two kinds have different fields (a
        // nonce, a public key), so a relabelled slot is not even read as a slot.
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const SecretBytes code = RecoveryCode::generate();
        const SecretBytes canonical = RecoveryCode::normalize(code);
        auto file = KeySlotFile::create(dataKey, canonical, code, m_profile);
        QVERIFY(file);
        QVERIFY(file->unwrap(Kind::Passphrase, canonical)->equals(dataKey));

        QJsonObject top = jsonOf(file->toJson());
        top = withSlotField(top, 0, u"kind"_qs, u"recovery_code"_qs);
        top = withSlotField(top, 1, u"kind"_qs, u"passphrase"_qs);
        verifyDamaged(KeySlotFile::fromJson(bytesOf(withChecksumFixed(top))), "unknown field");
    }

    void structuralProblemsAreDamaged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        const auto s = saved();
        const QJsonObject top = jsonOf(s->bytes);
        QJsonObject newer = top;
        newer[u"version"_qs] = 3;
        QTest::newRow("newer version")
            << bytesOf(withChecksumFixed(newer)) << u"format version 3"_qs;
        QJsonObject other = top;
        other[u"format"_qs] = u"something-else"_qs;
        QTest::newRow("other format") << bytesOf(other) << u"not an Aftercare key file"_qs;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not an Aftercare key file"_qs;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << u"not readable JSON"_qs;
        QJsonObject extra = top;
        extra[u"hint"_qs] = u"x"_qs;
        QTest::newRow("unknown field") << bytesOf(extra) << u"unknown field \"hint\""_qs;
        QJsonObject noSlots = top;
        noSlots.remove(u"slots"_qs);
        QTest::newRow("no slots") << bytesOf(noSlots) << u"list of slots is missing"_qs;
        QJsonObject oneSlot = top;
        QJsonArray slots = top.value(u"slots").toArray();
        slots.removeAt(1);
        oneSlot[u"slots"_qs] = slots;
        QTest::newRow("no recovery slot")
            << bytesOf(withChecksumFixed(oneSlot)) << u"no recovery code slot"_qs;
        QJsonArray doubled = top.value(u"slots").toArray();
        doubled[1] = doubled[0];
        QJsonObject twoPassphrases = top;
        twoPassphrases[u"slots"_qs] = doubled;
        QTest::newRow("duplicate slot") << bytesOf(twoPassphrases) << u"two passphrase slots"_qs;
        QTest::newRow("unknown kind")
            << bytesOf(withSlotField(top, 0, u"kind"_qs, u"pin"_qs)) << u"unknown kind"_qs;
        QTest::newRow("missing salt")
            << bytesOf(withSlotField(top, 0, u"salt"_qs, QJsonValue::Undefined))
            << u"salt of entry 1"_qs;
        QTest::newRow("short nonce")
            << bytesOf(withSlotField(top, 0, u"nonce"_qs, u"AAAA"_qs)) << u"nonce of entry 1"_qs;
        QTest::newRow("short public key")
            << bytesOf(withSlotField(top, 1, u"public_key"_qs, u"AAAA"_qs))
            << u"public key of entry 2"_qs;
        QTest::newRow("non-canonical base64")
            << bytesOf(withSlotField(top, 0, u"salt"_qs,
                                     top.value(u"slots")[0][u"salt"].toString() + u"\n"_qs))
            << u"salt of entry 1"_qs;
        QJsonObject noChecksum = top;
        noChecksum.remove(u"checksum"_qs);
        QTest::newRow("no checksum") << bytesOf(noChecksum) << u"checksum is missing"_qs;
    }

    void structuralProblemsAreDamaged()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(writeAll(path, json));
        const auto result = KeySlotFile::load(path);
        verifyDamaged(result, qPrintable(phrase));
        QCOMPARE(readAll(path), json);
    }

    void absurdKdfParametersAreRefusedBeforeAnyWork_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("8 GiB") << u"memlimit"_qs << QJsonValue(qint64(8) << 30);
        QTest::newRow("4 GiB + 1") << u"memlimit"_qs << QJsonValue((qint64(4) << 30) + 1);
        QTest::newRow("below minimum") << u"memlimit"_qs << QJsonValue(4096);
        QTest::newRow("negative") << u"memlimit"_qs << QJsonValue(-65536);
        QTest::newRow("fraction") << u"memlimit"_qs << QJsonValue(65536.5);
        QTest::newRow("huge") << u"memlimit"_qs << QJsonValue(1e300);
        QTest::newRow("text") << u"memlimit"_qs << QJsonValue(u"65536"_qs);
        QTest::newRow("zero passes") << u"opslimit"_qs << QJsonValue(0);
        QTest::newRow("a million passes") << u"opslimit"_qs << QJsonValue(1000000);
    }

    void absurdKdfParametersAreRefusedBeforeAnyWork()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const auto s = saved();
        const QJsonObject top = withChecksumFixed(withSlotField(jsonOf(s->bytes), 0, field, value));
        const auto result = KeySlotFile::fromJson(bytesOf(top));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Damaged);
        QVERIFY2(result.error().message().contains(u"key-derivation settings"),
                 qPrintable(why(result)));
    }

    void oversizedFileIsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(writeAll(path, QByteArray(200 * 1024, ' ')));
        verifyDamaged(KeySlotFile::load(path), "far larger than a key file");
    }
};

QTEST_GUILESS_MAIN(TestKeySlotFileDamage)
#include "tst_KeySlotFileDamage.moc"
