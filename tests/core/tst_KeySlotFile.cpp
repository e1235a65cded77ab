#include "crypto/KeySlotFile.h"
#include "crypto/RecoveryCode.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace aftercare::core;
using Kind = KeySlotFile::SlotKind;

namespace {

SecretBytes secretOf(const QByteArray& text)
{
    QByteArray copy = text;
    return SecretBytes::takeFrom(copy);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The error message of a failed result, for test output; empty when it succeeded.
template <typename T> QString why(const std::expected<T, Error>& result)
{
    return result ? QString() : result.error().message();
}

QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray bytesOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void appendU32(QByteArray& out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void appendU64(QByteArray& out, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void appendField(QByteArray& out, const QByteArray& field)
{
    appendU32(out, quint32(field.size()));
    out.append(field);
}

// The checksum exactly as docs/SECURITY.md describes it, written independently of the code.
QByteArray documentedChecksum(const QJsonObject& top)
{
    QByteArray canonical("aftercare-keys");
    canonical.append('\0');
    appendU32(canonical, quint32(top.value(u"version").toInteger()));
    const QJsonArray slots = top.value(u"slots").toArray();
    appendU32(canonical, quint32(slots.size()));
    for (const QJsonValue& value : slots) {
        const QJsonObject slot = value.toObject();
        appendField(canonical, slot.value(u"kind").toString().toLatin1());
        appendField(canonical, slot.value(u"kdf").toString().toLatin1());
        appendU64(canonical, quint64(slot.value(u"opslimit").toInteger()));
        appendU64(canonical, quint64(slot.value(u"memlimit").toInteger()));
        for (const char* field : {"salt", "nonce", "sealed_key"})
            appendField(canonical, QByteArray::fromBase64(
                                       slot.value(QLatin1String(field)).toString().toLatin1()));
    }
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char*>(canonical.constData()),
                       std::size_t(canonical.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toBase64();
}

QJsonObject withChecksumFixed(QJsonObject top)
{
    top[u"checksum"_qs] = QString::fromLatin1(documentedChecksum(top));
    return top;
}

QJsonObject withSlotField(QJsonObject top, int index, const QString& field, const QJsonValue& value)
{
    QJsonArray slots = top.value(u"slots").toArray();
    QJsonObject slot = slots.at(index).toObject();
    if (value.isUndefined())
        slot.remove(field);
    else
        slot[field] = value;
    slots[index] = slot;
    top[u"slots"_qs] = slots;
    return top;
}

QString flipBitInBase64(const QJsonObject& top, int index, const QString& field, int bit)
{
    QByteArray decoded = QByteArray::fromBase64(
        top.value(u"slots").toArray().at(index).toObject().value(field).toString().toLatin1());
    decoded[bit / 8] = char(decoded[bit / 8] ^ (1 << (bit % 8)));
    return QString::fromLatin1(decoded.toBase64());
}

// Root ignores directory permissions; dropping the override capabilities from this thread
// makes "unwritable directory" mean the same for root as for everyone else.
class WithoutPermissionOverride
{
public:
    WithoutPermissionOverride()
    {
        if (::geteuid() != 0)
            return;
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            reduced[cap / 32].effective &= ~(1u << (cap % 32));
        m_active = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutPermissionOverride()
    {
        if (m_active)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    bool isEffective() const { return ::geteuid() != 0 || m_active; }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_active = false;
};

} // namespace

class TestKeySlotFile : public QObject
{
    Q_OBJECT

private:
    const KdfProfile m_profile = KdfProfile::fastForTests();
    const SecretBytes m_passphrase = secretOf("correct horse battery staple");

    KeySlotFile created(const SecretBytes& dataKey, const SecretBytes& code)
    {
        auto file = KeySlotFile::create(dataKey, m_passphrase, code, m_profile);
        if (!file)
            qFatal("create failed: %s", qPrintable(why(file)));
        return *file;
    }

    // A saved key file and the secrets that open it.
    struct Saved
    {
        QTemporaryDir dir;
        QString path;
        SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        SecretBytes code = RecoveryCode::generate();
        QByteArray bytes;
    };

    std::unique_ptr<Saved> saved()
    {
        auto s = std::make_unique<Saved>();
        s->path = s->dir.filePath(u"keys.json"_qs);
        const auto status = created(s->dataKey, s->code).save(s->path);
        if (!status)
            qFatal("save failed: %s", qPrintable(why(status)));
        s->bytes = readAll(s->path);
        return s;
    }

    static void verifyDamaged(const Result<KeySlotFile>& result, const char* expectedPhrase)
    {
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Damaged);
        QVERIFY2(result.error().message().contains(QLatin1String(expectedPhrase)),
                 qPrintable(why(result)));
        QVERIFY(result.error().message().contains(u"copy of the journal folder"));
        QVERIFY(!result.error().message().contains(u"reset", Qt::CaseInsensitive));
    }

private Q_SLOTS:
    void bothSlotsRoundTripThroughTheFile()
    {
        const auto s = saved();
        const auto loaded = KeySlotFile::load(s->path);
        QVERIFY2(loaded, qPrintable(why(loaded)));
        QCOMPARE(loaded->slotList().size(), 2);
        QCOMPARE(loaded->slotList().at(0).kdf, m_profile);
        QVERIFY(loaded->slotList().at(0).salt != loaded->slotList().at(1).salt);
        QVERIFY(loaded->slotList().at(0).nonce != loaded->slotList().at(1).nonce);

        const auto viaPassphrase = loaded->unwrap(Kind::Passphrase, m_passphrase);
        QVERIFY2(viaPassphrase, qPrintable(why(viaPassphrase)));
        QVERIFY(viaPassphrase->equals(s->dataKey));

        const auto viaCode = loaded->unwrap(Kind::RecoveryCode, s->code);
        QVERIFY2(viaCode, qPrintable(why(viaCode)));
        QVERIFY(viaCode->equals(s->dataKey));

        // The code as a person might type it back: lower case, spaces instead of dashes.
        QByteArray typed(reinterpret_cast<const char*>(s->code.data()), qsizetype(s->code.size()));
        typed = typed.toLower().replace('-', ' ');
        const auto viaTypedCode = loaded->unwrap(Kind::RecoveryCode, secretOf(typed));
        QVERIFY(viaTypedCode && viaTypedCode->equals(s->dataKey));
    }

    void fileFollowsTheDocumentedFormat()
    {
        const auto s = saved();
        const QJsonObject top = jsonOf(s->bytes);
        QCOMPARE(top.value(u"format").toString(), u"aftercare-keys"_qs);
        QCOMPARE(top.value(u"version").toInteger(), 1);
        const QJsonArray slots = top.value(u"slots").toArray();
        QCOMPARE(slots.size(), 2);
        QCOMPARE(slots.at(0).toObject().value(u"kind").toString(), u"passphrase"_qs);
        QCOMPARE(slots.at(1).toObject().value(u"kind").toString(), u"recovery_code"_qs);
        const QJsonObject slot = slots.at(0).toObject();
        QCOMPARE(slot.value(u"kdf").toString(), u"argon2id13"_qs);
        QCOMPARE(QByteArray::fromBase64(slot.value(u"salt").toString().toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(slot.value(u"nonce").toString().toLatin1()).size(), 24);
        QCOMPARE(QByteArray::fromBase64(slot.value(u"sealed_key").toString().toLatin1()).size(),
                 48);
        QCOMPARE(top.value(u"checksum").toString().toLatin1(), documentedChecksum(top));
        QVERIFY(!s->bytes.contains(
            QByteArray(reinterpret_cast<const char*>(s->code.data()), qsizetype(s->code.size()))));
    }

    void wrongSecretsAreRefusedRepeatedlyAndChangeNothing()
    {
        const auto s = saved();
        const auto loaded = KeySlotFile::load(s->path);
        QVERIFY(loaded);
        for (int attempt = 0; attempt < 5; ++attempt) {
            const auto wrongPassphrase =
                loaded->unwrap(Kind::Passphrase, secretOf("correct horse battery stapel"));
            QVERIFY(!wrongPassphrase);
            QCOMPARE(wrongPassphrase.error().kind(), Error::Kind::WrongSecret);
            QVERIFY(wrongPassphrase.error().message().contains(
                u"That passphrase does not unlock this journal"));

            const auto wrongCode = loaded->unwrap(Kind::RecoveryCode, RecoveryCode::generate());
            QVERIFY(!wrongCode);
            QCOMPARE(wrongCode.error().kind(), Error::Kind::WrongSecret);
            QVERIFY(wrongCode.error().message().contains(
                u"That recovery code does not unlock this journal"));
        }
        const auto emptyPassphrase = loaded->unwrap(Kind::Passphrase, SecretBytes());
        QVERIFY(!emptyPassphrase);
        QCOMPARE(emptyPassphrase.error().kind(), Error::Kind::WrongSecret);
        // The passphrase does not open the recovery slot, nor the code the passphrase slot.
        QCOMPARE(loaded->unwrap(Kind::RecoveryCode, m_passphrase).error().kind(),
                 Error::Kind::WrongSecret);
        QCOMPARE(loaded->unwrap(Kind::Passphrase, s->code).error().kind(),
                 Error::Kind::WrongSecret);

        QCOMPARE(readAll(s->path), s->bytes);
        const auto stillWorks = loaded->unwrap(Kind::Passphrase, m_passphrase);
        QVERIFY(stillWorks && stillWorks->equals(s->dataKey));
    }

    void malformedRecoveryCodeSaysWhatIsWrong()
    {
        const auto s = saved();
        const auto loaded = KeySlotFile::load(s->path);
        QVERIFY(loaded);
        QByteArray shortCode(reinterpret_cast<const char*>(s->code.data()),
                             qsizetype(s->code.size()));
        shortCode.chop(5);
        const auto result = loaded->unwrap(Kind::RecoveryCode, secretOf(shortCode));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::WrongSecret);
        QVERIFY(result.error().message().contains(u"32 letters and digits"));
        QCOMPARE(readAll(s->path), s->bytes);
    }

    void rewrapReplacesOnlyTheChosenSlot()
    {
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const SecretBytes code = RecoveryCode::generate();
        KeySlotFile file = created(dataKey, code);
        const KeySlotFile::Slot before = file.slotList().at(0);
        const KeySlotFile::Slot recoveryBefore = file.slotList().at(1);

        const SecretBytes newPassphrase = secretOf("a completely different passphrase");
        QVERIFY(file.rewrap(Kind::Passphrase, dataKey, newPassphrase, m_profile));
        QCOMPARE(file.slotList().size(), 2);
        QVERIFY(file.slotList().at(0).salt != before.salt);
        QVERIFY(file.slotList().at(0).nonce != before.nonce);
        QCOMPARE(file.slotList().at(1).sealedKey, recoveryBefore.sealedKey);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(file.save(path));
        const auto loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        const auto viaNew = loaded->unwrap(Kind::Passphrase, newPassphrase);
        QVERIFY(viaNew && viaNew->equals(dataKey));
        QCOMPARE(loaded->unwrap(Kind::Passphrase, m_passphrase).error().kind(),
                 Error::Kind::WrongSecret);
        const auto viaCode = loaded->unwrap(Kind::RecoveryCode, code);
        QVERIFY(viaCode && viaCode->equals(dataKey));

        const SecretBytes newCode = RecoveryCode::generate();
        QVERIFY(file.rewrap(Kind::RecoveryCode, dataKey, newCode, m_profile));
        QCOMPARE(file.unwrap(Kind::RecoveryCode, code).error().kind(), Error::Kind::WrongSecret);
        QVERIFY(file.unwrap(Kind::RecoveryCode, newCode)->equals(dataKey));
        QVERIFY(file.unwrap(Kind::Passphrase, newPassphrase)->equals(dataKey));
    }

    void rewrapWithBadInputChangesNothing()
    {
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        KeySlotFile file = created(dataKey, RecoveryCode::generate());
        const QByteArray before = file.toJson();

        const auto empty = file.rewrap(Kind::Passphrase, dataKey, SecretBytes(), m_profile);
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind(), Error::Kind::InvalidInput);
        const auto shortKey =
            file.rewrap(Kind::Passphrase, SecretBytes::random(16), m_passphrase, m_profile);
        QCOMPARE(shortKey.error().kind(), Error::Kind::Usage);
        const auto badCode =
            file.rewrap(Kind::RecoveryCode, dataKey, secretOf("not a code"), m_profile);
        QCOMPARE(badCode.error().kind(), Error::Kind::Usage);
        const auto absurd =
            file.rewrap(Kind::Passphrase, dataKey, m_passphrase, KdfProfile{1, 1024});
        QCOMPARE(absurd.error().kind(), Error::Kind::Usage);

        QCOMPARE(file.toJson(), before);
    }

    void createRejectsBadInput()
    {
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const SecretBytes code = RecoveryCode::generate();
        QCOMPARE(KeySlotFile::create(dataKey, SecretBytes(), code, m_profile).error().kind(),
                 Error::Kind::InvalidInput);
        QCOMPARE(
            KeySlotFile::create(dataKey, m_passphrase, secretOf("ABCD"), m_profile).error().kind(),
            Error::Kind::Usage);
        QCOMPARE(KeySlotFile::create(SecretBytes::random(31), m_passphrase, code, m_profile)
                     .error()
                     .kind(),
                 Error::Kind::Usage);
        const KdfProfile tooMuchMemory{1, KdfProfile::maxMemLimitBytes + 1};
        QCOMPARE(KeySlotFile::create(dataKey, m_passphrase, code, tooMuchMemory).error().kind(),
                 Error::Kind::Usage);
    }

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
        QTest::newRow("nonce") << 1 << u"nonce"_qs << 100;
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
        // Both slots sealed under the same secret: only the associated data (the kind) keeps
        // a relabelled slot from opening.
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const SecretBytes code = RecoveryCode::generate();
        const SecretBytes canonical = RecoveryCode::normalize(code);
        auto file = KeySlotFile::create(dataKey, canonical, code, m_profile);
        QVERIFY(file);
        QVERIFY(file->unwrap(Kind::Passphrase, canonical)->equals(dataKey));

        QJsonObject top = jsonOf(file->toJson());
        top = withSlotField(top, 0, u"kind"_qs, u"recovery_code"_qs);
        top = withSlotField(top, 1, u"kind"_qs, u"passphrase"_qs);
        const auto swapped = KeySlotFile::fromJson(bytesOf(withChecksumFixed(top)));
        QVERIFY2(swapped, qPrintable(why(swapped)));
        QCOMPARE(swapped->unwrap(Kind::Passphrase, canonical).error().kind(),
                 Error::Kind::WrongSecret);
        QCOMPARE(swapped->unwrap(Kind::RecoveryCode, code).error().kind(),
                 Error::Kind::WrongSecret);
    }

    void structuralProblemsAreDamaged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        const auto s = saved();
        const QJsonObject top = jsonOf(s->bytes);
        QJsonObject newer = top;
        newer[u"version"_qs] = 2;
        QTest::newRow("newer version")
            << bytesOf(withChecksumFixed(newer)) << u"format version 2"_qs;
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
        QJsonObject twoPassphrases = withSlotField(top, 1, u"kind"_qs, u"passphrase"_qs);
        QTest::newRow("duplicate slot") << bytesOf(twoPassphrases) << u"two passphrase slots"_qs;
        QTest::newRow("unknown kind")
            << bytesOf(withSlotField(top, 0, u"kind"_qs, u"pin"_qs)) << u"unknown kind"_qs;
        QTest::newRow("missing salt")
            << bytesOf(withSlotField(top, 0, u"salt"_qs, QJsonValue::Undefined))
            << u"salt of entry 1"_qs;
        QTest::newRow("short nonce")
            << bytesOf(withSlotField(top, 1, u"nonce"_qs, u"AAAA"_qs)) << u"nonce of entry 2"_qs;
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

    void savedFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(writeAll(path, "old"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const mode_t oldMask = ::umask(0);
        const auto status =
            created(SecretBytes::random(KeySlotFile::dataKeySize), RecoveryCode::generate())
                .save(path);
        ::umask(oldMask);
        QVERIFY2(status, qPrintable(why(status)));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        // Nothing but the key file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"keys.json"_qs});
    }

    void failedSaveLeavesTheOldFileByteIdentical()
    {
        const auto s = saved();
        KeySlotFile changed = *KeySlotFile::load(s->path);
        QVERIFY(changed.rewrap(Kind::Passphrase, s->dataKey, secretOf("new one"), m_profile));

        const QString dir = QFileInfo(s->path).absolutePath();
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Status status;
        {
            WithoutPermissionOverride guard;
            QVERIFY(guard.isEffective());
            status = changed.save(s->path);
        }
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
        QVERIFY(!status);
        QCOMPARE(status.error().kind(), Error::Kind::Other);
        QVERIFY2(status.error().message().contains(s->path) &&
                     status.error().message().contains(u"has not been changed"),
                 qPrintable(why(status)));
        QCOMPARE(readAll(s->path), s->bytes);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"keys.json"_qs});
    }

    void saveOverADirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(QDir(dir.path()).mkdir(u"keys.json"_qs));
        const auto status =
            created(SecretBytes::random(KeySlotFile::dataKeySize), RecoveryCode::generate())
                .save(path);
        QVERIFY(!status);
        QVERIFY(status.error().message().contains(path));
        QVERIFY(QFileInfo(path).isDir());
    }

    void emptyKeySlotFileIsNeverSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.json"_qs);
        QVERIFY(writeAll(path, "precious"));
        const auto status = KeySlotFile().save(path);
        QVERIFY(!status);
        QCOMPARE(status.error().kind(), Error::Kind::Usage);
        QCOMPARE(readAll(path), QByteArray("precious"));
    }

    void jsonRoundTripWithoutAFile()
    {
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const KeySlotFile file = created(dataKey, RecoveryCode::generate());
        const auto parsed = KeySlotFile::fromJson(file.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->toJson(), file.toJson());
        QVERIFY(parsed->unwrap(Kind::Passphrase, m_passphrase)->equals(dataKey));
        const auto damaged = KeySlotFile::fromJson("{");
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().kind(), Error::Kind::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "tst_KeySlotFile.moc"
