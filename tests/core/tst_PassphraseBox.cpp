#include "core/crypto/PassphraseBox.h"

#include <sodium.h>

#include <QTest>

using namespace aftercare::core;

namespace {

const QByteArray kMagic = "AFTERCARE-TEST-1";

// The layout from docs/SECURITY.md, restated here so the test notices if the code drifts.
constexpr qsizetype kVersionAt = 16; // right after the 16-byte magic
constexpr qsizetype kKdfAt = kVersionAt + 1;
constexpr qsizetype kOpsAt = kKdfAt + 1;
constexpr qsizetype kMemAt = kOpsAt + 8;
constexpr qsizetype kSaltAt = kMemAt + 8;
constexpr qsizetype kStreamHeaderAt = kSaltAt + 16;
constexpr qsizetype kMacAt = kStreamHeaderAt + 24;
constexpr qsizetype kChecksumAt = kMacAt + 32;
constexpr qsizetype kBodyAt = kChecksumAt + 16;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kOverhead = 17;

SecretBytes secretOf(const QByteArray& text)
{
    QByteArray copy = text;
    return SecretBytes::takeFrom(copy);
}

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

template <typename T> QString why(const std::expected<T, Error>& result)
{
    return result ? QString() : result.error().message();
}

QByteArray patterned(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 7) & 0xff);
    return data;
}

// Recomputes the unkeyed header checksum, as someone deliberately altering the file would.
QByteArray withChecksumFixed(QByteArray sealed)
{
    unsigned char sum[16];
    crypto_generichash(sum, sizeof sum, reinterpret_cast<const unsigned char*>(sealed.constData()),
                       std::size_t(kChecksumAt), nullptr, 0);
    sealed.replace(kChecksumAt, 16, reinterpret_cast<const char*>(sum), 16);
    return sealed;
}

QByteArray flipped(QByteArray data, qsizetype at, int bit = 0)
{
    data[at] = char(data[at] ^ (1 << bit));
    return data;
}

} // namespace

class TestPassphraseBox : public QObject
{
    Q_OBJECT

private:
    const KdfProfile m_profile = KdfProfile::fastForTests();
    const SecretBytes m_passphrase = secretOf("backup passphrase for the test");

    QByteArray sealed(const QByteArray& plaintext)
    {
        const auto result =
            PassphraseBox::seal(kMagic, secretOf(plaintext), m_passphrase, m_profile);
        if (!result)
            qFatal("seal failed: %s", qPrintable(result.error().message()));
        return *result;
    }

    Result<SecretBytes> opened(const QByteArray& box)
    {
        return PassphraseBox::open(kMagic, box, m_passphrase);
    }

    void verifyDamaged(const QByteArray& box, const char* phrase = "")
    {
        const auto result = opened(box);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Damaged);
        QVERIFY2(result.error().message().contains(QLatin1String(phrase)),
                 qPrintable(result.error().message()));
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("chunks");
        QTest::newRow("empty") << qsizetype(0) << qsizetype(1);
        QTest::newRow("small") << qsizetype(5) << qsizetype(1);
        QTest::newRow("one full chunk") << kChunk << qsizetype(1);
        QTest::newRow("one chunk and a byte") << kChunk + 1 << qsizetype(2);
        QTest::newRow("two full chunks") << 2 * kChunk << qsizetype(2);
        QTest::newRow("several chunks") << 3 * kChunk + 123 << qsizetype(4);
    }

    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, chunks);
        const QByteArray plaintext = patterned(size);
        const QByteArray box = sealed(plaintext);
        QCOMPARE(box.size(), kBodyAt + size + chunks * kOverhead);
        QVERIFY(box.startsWith(kMagic));
        QCOMPARE(int(box[kVersionAt]), 1);
        QCOMPARE(int(box[kKdfAt]), 2);
        if (size >= 32)
            QVERIFY(!box.contains(plaintext.mid(size / 2, 32)));

        const auto result = opened(box);
        QVERIFY2(result, qPrintable(why(result)));
        QCOMPARE(bytesOf(*result), plaintext);
    }

    void sealingTwiceGivesDifferentFiles()
    {
        const QByteArray a = sealed("same words");
        const QByteArray b = sealed("same words");
        QVERIFY(a != b);
        QVERIFY(a.mid(kSaltAt, 16) != b.mid(kSaltAt, 16));
    }

    void storesTheProfile()
    {
        const QByteArray box = sealed("x");
        quint64 ops = 0;
        quint64 mem = 0;
        for (int i = 7; i >= 0; --i) {
            ops = (ops << 8) | quint8(box[kOpsAt + i]);
            mem = (mem << 8) | quint8(box[kMemAt + i]);
        }
        QCOMPARE(ops, m_profile.opsLimit);
        QCOMPARE(mem, quint64(m_profile.memLimitBytes));
    }

    void wrongPassphraseIsWrongSecretEveryTime()
    {
        const QByteArray box = sealed(patterned(2 * kChunk + 9));
        for (int attempt = 0; attempt < 3; ++attempt) {
            for (const QByteArray& guess :
                 {QByteArray("backup passphrase for the tesT"), QByteArray("b"), QByteArray()}) {
                const auto result = PassphraseBox::open(kMagic, box, secretOf(guess));
                QVERIFY(!result);
                QCOMPARE(result.error().kind(), Error::Kind::WrongSecret);
                QVERIFY(result.error().message().contains(u"That passphrase does not open"));
            }
        }
        QVERIFY(opened(box));
    }

    void refusesBadSealInput()
    {
        const auto empty = PassphraseBox::seal(kMagic, secretOf("x"), SecretBytes(), m_profile);
        QCOMPARE(empty.error().kind(), Error::Kind::InvalidInput);
        const auto noMagic = PassphraseBox::seal({}, secretOf("x"), m_passphrase, m_profile);
        QCOMPARE(noMagic.error().kind(), Error::Kind::Usage);
        const auto absurd =
            PassphraseBox::seal(kMagic, secretOf("x"), m_passphrase, KdfProfile{0, 65536});
        QCOMPARE(absurd.error().kind(), Error::Kind::Usage);
    }

    void wrongMagicIsAnotherKindOfFile()
    {
        const QByteArray box = sealed("hello");
        const auto other = PassphraseBox::open("AFTERCARE-OTHER1", box, m_passphrase);
        QVERIFY(!other);
        QCOMPARE(other.error().kind(), Error::Kind::Damaged);
        QVERIFY(other.error().message().contains(u"not the expected kind"));
        verifyDamaged(flipped(box, 0), "not the expected kind");
        verifyDamaged(QByteArray("%PDF-1.7 something else entirely"), "not the expected kind");
        verifyDamaged(QByteArray(), "not the expected kind");
    }

    void truncationIsDamaged_data()
    {
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<QString>("phrase");
        const qsizetype total = kBodyAt + 2 * kChunk + 2 * kOverhead;
        QTest::newRow("inside the magic") << qsizetype(7) << u"not the expected kind"_qs;
        QTest::newRow("after the magic") << qsizetype(16) << u"ends before"_qs;
        QTest::newRow("inside the parameters") << kSaltAt + 3 << u"ends before"_qs;
        QTest::newRow("inside the checksum") << kChecksumAt + 8 << u"ends before"_qs;
        QTest::newRow("right after the header") << kBodyAt << u"ends before"_qs;
        QTest::newRow("inside the first chunk") << kBodyAt + 1000 << u"part 1 of 1"_qs;
        QTest::newRow("after the first chunk")
            << kBodyAt + kChunk + kOverhead << u"ends too early"_qs;
        QTest::newRow("a few bytes into the last")
            << kBodyAt + kChunk + kOverhead + 10 << u"last part is cut short"_qs;
        QTest::newRow("one byte short") << total - 1 << u"part 2 of 2"_qs;
    }

    void truncationIsDamaged()
    {
        QFETCH(qsizetype, length);
        QFETCH(QString, phrase);
        const QByteArray box = sealed(patterned(2 * kChunk));
        verifyDamaged(box.left(length), qPrintable(phrase));
    }

    void flippedByteInEachRegionIsDamaged_data()
    {
        QTest::addColumn<qsizetype>("at");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("magic") << qsizetype(3) << u"not the expected kind"_qs;
        QTest::newRow("version") << kVersionAt << u"format version"_qs;
        QTest::newRow("kdf id") << kKdfAt << u"checksum"_qs;
        QTest::newRow("opslimit") << kOpsAt << u"checksum"_qs;
        QTest::newRow("memlimit") << kMemAt + 2 << u"checksum"_qs;
        QTest::newRow("salt") << kSaltAt + 5 << u"checksum"_qs;
        QTest::newRow("stream header") << kStreamHeaderAt + 20 << u"checksum"_qs;
        QTest::newRow("mac") << kMacAt + 31 << u"checksum"_qs;
        QTest::newRow("checksum") << kChecksumAt << u"checksum"_qs;
        QTest::newRow("first chunk") << kBodyAt + 4 << u"part 1 of 3"_qs;
        QTest::newRow("first chunk tag") << kBodyAt + kChunk + kOverhead - 1 << u"part 1 of 3"_qs;
        QTest::newRow("middle chunk") << kBodyAt + kChunk + kOverhead + 500 << u"part 2 of 3"_qs;
        QTest::newRow("final chunk") << kBodyAt + 2 * (kChunk + kOverhead) + 1 << u"part 3 of 3"_qs;
    }

    void flippedByteInEachRegionIsDamaged()
    {
        QFETCH(qsizetype, at);
        QFETCH(QString, phrase);
        const QByteArray box = sealed(patterned(2 * kChunk + 100));
        verifyDamaged(flipped(box, at, 3), qPrintable(phrase));
        QVERIFY(opened(box)); // the original still opens
    }

    void everySingleBitFlipOfASmallBoxIsDamaged()
    {
        const QByteArray box = sealed("a short note");
        for (qsizetype i = 0; i < box.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                const auto result = opened(flipped(box, i, bit));
                QVERIFY2(!result && result.error().kind() == Error::Kind::Damaged,
                         qPrintable(u"bit %1 of byte %2"_qs.arg(bit).arg(i)));
            }
        }
    }

    void trailingBytesAreDamaged()
    {
        const QByteArray partial = sealed(patterned(kChunk + 10));
        verifyDamaged(partial + '\0', "part 2 of 2");
        verifyDamaged(partial + QByteArray(kOverhead, 'x'), "part 2 of 2");

        // When the final chunk is full, anything after it is a chunk of its own.
        const QByteArray full = sealed(patterned(kChunk));
        verifyDamaged(full + QByteArray(kOverhead, '\0'), "extra data after its proper end");
        const QByteArray twice = full + full.mid(kBodyAt);
        verifyDamaged(twice, "extra data after its proper end");
    }

    void reorderedOrMissingChunksAreDamaged()
    {
        const QByteArray box = sealed(patterned(3 * kChunk + 1));
        const qsizetype full = kChunk + kOverhead;
        const QByteArray first = box.mid(kBodyAt, full);
        const QByteArray second = box.mid(kBodyAt + full, full);
        const QByteArray rest = box.mid(kBodyAt + 2 * full);
        verifyDamaged(box.left(kBodyAt) + second + first + rest, "part 1 of 4");
        verifyDamaged(box.left(kBodyAt) + first + rest, "part 2 of 3");
    }

    void alteredHeaderWithForgedChecksum()
    {
        const QByteArray box = sealed(patterned(100));
        // A changed salt or stream header can no longer be told apart from a wrong passphrase;
        // the message says so.
        for (qsizetype at : {kSaltAt, kStreamHeaderAt + 1, kMacAt + 7}) {
            const auto result = opened(withChecksumFixed(flipped(box, at)));
            QVERIFY(!result);
            QCOMPARE(result.error().kind(), Error::Kind::WrongSecret);
            QVERIFY(result.error().message().contains(u"the file has been altered"));
        }
        // Unknown KDF and absurd settings are refused before any key derivation.
        verifyDamaged(withChecksumFixed(flipped(box, kKdfAt, 0)), "key-derivation method");
        QByteArray greedy = box;
        greedy[kMemAt + 4] = char(2); // 8 GiB
        verifyDamaged(withChecksumFixed(greedy), "outside the safe range");
        QByteArray busy = box;
        busy[kOpsAt + 1] = char(1); // 257 passes
        verifyDamaged(withChecksumFixed(busy), "outside the safe range");
    }

    void settingsAboveWhatThisMachineBearsAreRefused()
    {
        const QByteArray box = sealed(patterned(100));
        QByteArray heavy = box;
        heavy[kMemAt + 3] = char(0x80); // 2 GiB: within the format's bounds, above 1 GiB
        QByteArray slow = box;
        slow[kOpsAt] = char(11);
        for (const QByteArray& demanding : {heavy, slow}) {
            const auto result = opened(withChecksumFixed(demanding));
            QVERIFY(!result);
            QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
            QVERIFY2(result.error().message().contains(u"at most 10 passes over 1024 MiB"),
                     qPrintable(result.error().message()));
        }
        QByteArray atTheLimit = box;
        atTheLimit[kOpsAt] = char(10);
        // Ten passes are allowed: it gets as far as the passphrase (the MAC no longer matches).
        QCOMPARE(opened(withChecksumFixed(atTheLimit)).error().kind(), Error::Kind::WrongSecret);
    }

    void newerVersionIsNamed()
    {
        QByteArray box = sealed("x");
        box[kVersionAt] = char(2);
        verifyDamaged(box, "format version 2");
    }
};

QTEST_GUILESS_MAIN(TestPassphraseBox)
#include "tst_PassphraseBox.moc"
