// Shared by the key-slot file tests: a fixture that creates and saves key files with the cheap
// Argon2id profile, and helpers to take a saved file apart and damage it on purpose.
#pragma once

#include "core/crypto/KeySlotFile.h"
#include "core/crypto/RecoveryCode.h"

#include <sodium.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace aftercare::test {

using namespace aftercare::core;
using Kind = KeySlotFile::SlotKind;

inline SecretBytes secretOf(const QByteArray& text)
{
    QByteArray copy = text;
    return SecretBytes::takeFrom(copy);
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
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

inline QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

inline QByteArray bytesOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

inline void appendU32(QByteArray& out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

inline void appendU64(QByteArray& out, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

inline void appendField(QByteArray& out, const QByteArray& field)
{
    appendU32(out, quint32(field.size()));
    out.append(field);
}

// The checksum exactly as docs/SECURITY.md describes it, written independently of the code.
inline QByteArray documentedChecksum(const QJsonObject& top)
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
        // Version 2 recovery slots carry a public key where the others have a nonce.
        const bool box = top.value(u"version").toInteger() >= 2 &&
                         slot.value(u"kind").toString() == u"recovery_code";
        for (const char* field : {"salt", box ? "public_key" : "nonce", "sealed_key"})
            appendField(canonical, QByteArray::fromBase64(
                                       slot.value(QLatin1String(field)).toString().toLatin1()));
    }
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char*>(canonical.constData()),
                       std::size_t(canonical.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toBase64();
}

// A version 1 key file for `dataKey`, made by hand as docs/SECURITY.md describes it (both slots
// XChaCha20-Poly1305 under an Argon2id key, associated data "aftercare-keys/1/<kind>"), as
// Aftercare wrote them before re-keying existed.
inline QByteArray versionOneFile(const SecretBytes& dataKey, const QByteArray& passphrase,
                                 const QByteArray& canonicalCode, const KdfProfile& profile)
{
    QJsonArray slots;
    for (const auto& [kind, secret] :
         {std::pair{"passphrase", passphrase}, std::pair{"recovery_code", canonicalCode}}) {
        unsigned char salt[16], nonce[24], key[32], sealed[48];
        randombytes_buf(salt, sizeof salt);
        randombytes_buf(nonce, sizeof nonce);
        if (crypto_pwhash(key, sizeof key, secret.constData(), std::size_t(secret.size()), salt,
                          profile.opsLimit, profile.memLimitBytes,
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            qFatal("argon2id failed");
        const QByteArray ad = QByteArray("aftercare-keys/1/") + kind;
        unsigned long long length = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            sealed, &length, dataKey.data(), dataKey.size(),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
            nonce, key);
        const auto base64 = [](const unsigned char* bytes, int size) {
            return QString::fromLatin1(
                QByteArray(reinterpret_cast<const char*>(bytes), size).toBase64());
        };
        slots.append(QJsonObject{{u"kind"_qs, QLatin1String(kind)},
                                 {u"kdf"_qs, u"argon2id13"_qs},
                                 {u"opslimit"_qs, qint64(profile.opsLimit)},
                                 {u"memlimit"_qs, qint64(profile.memLimitBytes)},
                                 {u"salt"_qs, base64(salt, 16)},
                                 {u"nonce"_qs, base64(nonce, 24)},
                                 {u"sealed_key"_qs, base64(sealed, 48)}});
    }
    QJsonObject top{{u"format"_qs, u"aftercare-keys"_qs}, {u"version"_qs, 1}, {u"slots"_qs, slots}};
    top[u"checksum"_qs] = QString::fromLatin1(documentedChecksum(top));
    return bytesOf(top);
}

inline QJsonObject withChecksumFixed(QJsonObject top)
{
    top[u"checksum"_qs] = QString::fromLatin1(documentedChecksum(top));
    return top;
}

inline QJsonObject withSlotField(QJsonObject top, int index, const QString& field,
                                 const QJsonValue& value)
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

inline QString flipBitInBase64(const QJsonObject& top, int index, const QString& field, int bit)
{
    QByteArray decoded = QByteArray::fromBase64(
        top.value(u"slots").toArray().at(index).toObject().value(field).toString().toLatin1());
    decoded[bit / 8] = char(decoded[bit / 8] ^ (1 << (bit % 8)));
    return QString::fromLatin1(decoded.toBase64());
}

class KeySlotFixture
{
protected:
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
};

} // namespace aftercare::test
