#include "core/crypto/KeySlotFile.h"

#include "core/DiskSpace.h"

#include "core/crypto/KeyDerivation.h"
#include "core/crypto/KeySlotFormat.h"
#include "core/crypto/RecoveryCode.h"
#include "core/crypto/Sodium.h"
#include "core/storage/DurableFiles.h"

#include <sodium.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace aftercare::core {

namespace {

using SlotKind = KeySlotFile::SlotKind;
using Slot = KeySlotFile::Slot;
using namespace KeySlotFormat;

constexpr qint64 kMaxFileSize = 64 * 1024; // a real file is well under 2 KiB

const Slot* findSlot(const QList<Slot>& slots, SlotKind kind)
{
    for (const Slot& slot : slots) {
        if (slot.kind == kind)
            return &slot;
    }
    return nullptr;
}

QString restoreAdvice()
{
    // Each passphrase or recovery-code change gives the journal a new data key, so only a key
    // file saved since the last change fits the database; an older one fits only the database
    // copied with it.
    return QStringLiteral(
        "Without an intact key file the journal cannot be unlocked, not even with the recovery "
        "code. To get back in, copy a saved key file into its place: the journal's backups "
        "folder keeps one with each daily snapshot, and a copy of the journal folder (for "
        "example on a backup drive) has one too. A key file fits only the database it was "
        "saved with: one from before your last passphrase change opens only the copy of the "
        "journal made with it, with the passphrase of that time. A portable backup can also be "
        "restored into a new journal.");
}

QString damagedMessage(const QString& path, const QString& detail)
{
    const QString where = path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(path);
    return QStringLiteral("The journal's key file%1 is damaged: %2. %3")
        .arg(where, detail, restoreAdvice());
}

QString wrongSecretMessage(SlotKind kind)
{
    if (kind == SlotKind::Passphrase)
        return QStringLiteral("That passphrase does not unlock this journal. Check that Caps "
                              "Lock is off and the keyboard layout is the usual one, then try "
                              "again.");
    return QStringLiteral("That recovery code does not unlock this journal. Compare each group "
                          "of four with the code you saved, then try again.");
}

// `slot` with `dataKey` sealed anew to its public key (an ephemeral sender key each time).
Slot resealBox(Slot slot, const SecretBytes& dataKey)
{
    slot.sealedKey = QByteArray(qsizetype(boxSealedSize), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(slot.sealedKey.data()), dataKey.data(),
                    dataKey.size(),
                    reinterpret_cast<const unsigned char*>(slot.publicKey.constData()));
    return slot;
}

// What the key is derived from: recovery codes in their canonical form, passphrases as typed.
SecretBytes preparedSecret(SlotKind kind, const SecretBytes& secret)
{
    return kind == SlotKind::RecoveryCode ? RecoveryCode::normalize(secret) : secret;
}

Result<Slot> sealSlot(SlotKind kind, int fileVersion, const SecretBytes& dataKey,
                      const SecretBytes& secret, const KdfProfile& profile)
{
    if (dataKey.size() != KeySlotFile::dataKeySize)
        return fail(Error::Kind::Usage,
                    QStringLiteral("Internal error: the journal key has the wrong length."));
    if (!profile.isWithinLimits())
        return fail(
            Error::Kind::Usage,
            QStringLiteral("Internal error: the key-derivation settings are out of range."));
    const SecretBytes prepared = preparedSecret(kind, secret);
    if (prepared.isEmpty()) {
        if (kind == SlotKind::Passphrase)
            return fail(Error::Kind::InvalidInput, QStringLiteral("The passphrase is empty."));
        return fail(Error::Kind::Usage,
                    QStringLiteral("Internal error: the recovery code is malformed."));
    }

    Slot slot;
    slot.kind = kind;
    slot.kdf = profile;
    slot.salt = KeyDerivation::newSalt();
    if (isBoxSlot(fileVersion, kind)) {
        // The code only ever yields the key pair; the public half stays in the file so a later
        // re-key can seal a new data key for the same code without asking for it.
        auto seed = KeyDerivation::deriveKey(prepared, slot.salt, profile, crypto_box_SEEDBYTES);
        if (!seed)
            return std::unexpected(seed.error());
        SecretBytes secretKey(crypto_box_SECRETKEYBYTES);
        slot.publicKey = QByteArray(qsizetype(publicKeySize), Qt::Uninitialized);
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()),
                                secretKey.data(), seed->data());
        return resealBox(slot, dataKey);
    }
    auto wrappingKey = KeyDerivation::deriveKey(prepared, slot.salt, profile,
                                                crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());

    slot.nonce = QByteArray(qsizetype(nonceSize), Qt::Uninitialized);
    randombytes_buf(slot.nonce.data(), nonceSize);
    slot.sealedKey = QByteArray(qsizetype(sealedSize), Qt::Uninitialized);
    unsigned long long sealedLength = 0;
    const QByteArray ad = associatedData(kind, fileVersion);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealedKey.data()), &sealedLength, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char*>(ad.constData()),
        std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey->data());
    Q_ASSERT(sealedLength == sealedSize);
    return slot;
}

} // namespace

Result<KeySlotFile> KeySlotFile::create(const SecretBytes& dataKey, const SecretBytes& passphrase,
                                        const SecretBytes& recoveryCode, const KdfProfile& profile)
{
    ensureSodium();
    KeySlotFile file;
    for (const auto& [kind, secret] : {std::pair{SlotKind::Passphrase, &passphrase},
                                       std::pair{SlotKind::RecoveryCode, &recoveryCode}}) {
        auto slot = sealSlot(kind, version, dataKey, *secret, profile);
        if (!slot)
            return std::unexpected(slot.error());
        file.m_slots.append(*slot);
    }
    return file;
}

Result<KeySlotFile> KeySlotFile::rekeyed(const SecretBytes& newDataKey,
                                         const SecretBytes& passphrase,
                                         const SecretBytes& newRecoveryCode,
                                         const KdfProfile& profile) const
{
    ensureSodium();
    if (!newRecoveryCode.isEmpty())
        return create(newDataKey, passphrase, newRecoveryCode, profile);
    const Slot* recovery = findSlot(m_slots, SlotKind::RecoveryCode);
    if (!recovery || !isBoxSlot(m_version, SlotKind::RecoveryCode))
        return fail(Error::Kind::Usage,
                    QStringLiteral("This journal's recovery code was set up by an earlier version "
                                   "of Aftercare and cannot be carried over to a new key. Make a "
                                   "new recovery code instead; that changes the key as well."));
    if (newDataKey.size() != dataKeySize)
        return fail(Error::Kind::Usage,
                    QStringLiteral("Internal error: the journal key has the wrong length."));
    KeySlotFile file;
    auto slot = sealSlot(SlotKind::Passphrase, version, newDataKey, passphrase, profile);
    if (!slot)
        return std::unexpected(slot.error());
    file.m_slots.append(*slot);
    file.m_slots.append(resealBox(*recovery, newDataKey));
    return file;
}

bool KeySlotFile::keepsRecoveryCodeOnRekey() const
{
    return isBoxSlot(m_version, SlotKind::RecoveryCode);
}

std::expected<KeySlotFile, QString> KeySlotFile::parse(const QByteArray& json)
{
    if (json.trimmed().isEmpty())
        return std::unexpected(u"the file is empty"_qs);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(QStringLiteral("it is not readable JSON (%1 at byte %2); it may "
                                              "have been cut short or changed")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    const QJsonObject top = document.object();
    if (!document.isObject() || top.value(u"format").toString() != QLatin1String(format))
        return std::unexpected(u"it is not an Aftercare key file"_qs);
    const auto fileVersion = wholeNumber(top.value(u"version"));
    if (!fileVersion)
        return std::unexpected(u"its format version is unreadable"_qs);
    if (*fileVersion != version && *fileVersion != legacyVersion)
        return std::unexpected(
            QStringLiteral("it says it is format version %1, but this version of Aftercare "
                           "reads only versions 1 to %2 (if a newer Aftercare wrote it, open the "
                           "journal with that version instead)")
                .arg(*fileVersion)
                .arg(version));
    if (const QString extra = unexpectedField(top, topLevelFields()); !extra.isEmpty())
        return std::unexpected(QStringLiteral("it has an unknown field \"%1\"").arg(extra));
    if (!top.value(u"slots").isArray())
        return std::unexpected(u"its list of slots is missing"_qs);

    KeySlotFile file;
    file.m_version = int(*fileVersion);
    const QJsonArray slots = top.value(u"slots").toArray();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        auto slot = parseSlot(slots.at(i), i, file.m_version);
        if (!slot)
            return std::unexpected(slot.error());
        if (findSlot(file.m_slots, slot->kind))
            return std::unexpected(QStringLiteral("it has two %1 slots")
                                       .arg(kindName(slot->kind).replace(u'_', u' ')));
        file.m_slots.append(*slot);
    }
    if (!findSlot(file.m_slots, SlotKind::Passphrase))
        return std::unexpected(u"it has no passphrase slot"_qs);
    if (!findSlot(file.m_slots, SlotKind::RecoveryCode))
        return std::unexpected(u"it has no recovery code slot"_qs);

    const auto stored = decodeBase64(top.value(u"checksum"), checksumSize);
    if (!stored)
        return std::unexpected(u"its checksum is missing or unreadable"_qs);
    if (sodium_memcmp(stored->constData(), checksum(file.m_version, file.m_slots).constData(),
                      checksumSize) != 0)
        return std::unexpected(u"its checksum does not match its contents, so part of it has "
                               "changed since it was written"_qs);
    return file;
}

Result<KeySlotFile> KeySlotFile::fromJson(const QByteArray& json)
{
    ensureSodium();
    auto parsed = parse(json);
    if (!parsed)
        return fail(Error::Kind::Damaged, damagedMessage(QString(), parsed.error()));
    return std::move(*parsed);
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    ensureSodium();
    QFile file(path);
    if (!file.exists())
        return fail(Error::Kind::NotFound,
                    QStringLiteral("The journal's key file is missing (it should be at %1). %2")
                        .arg(path, restoreAdvice()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Other,
                    QStringLiteral("Could not read the journal's key file (%1): %2. Check that "
                                   "you are allowed to read it.")
                        .arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        return fail(Error::Kind::Damaged,
                    damagedMessage(path, QStringLiteral("it is %1 bytes long, far larger than "
                                                        "a key file can be")
                                             .arg(file.size())));
    const QByteArray json = file.read(kMaxFileSize + 1);
    auto parsed = parse(json);
    if (!parsed)
        return fail(Error::Kind::Damaged, damagedMessage(path, parsed.error()));
    return std::move(*parsed);
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slots;
    for (const Slot& slot : m_slots)
        slots.append(slotToJson(m_version, slot));
    const QJsonObject top{
        {u"format"_qs, QLatin1String(format)},
        {u"version"_qs, m_version},
        {u"slots"_qs, slots},
        {u"checksum"_qs, QString::fromLatin1(checksum(m_version, m_slots).toBase64())},
    };
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Status KeySlotFile::save(const QString& path) const
{
    ensureSodium();
    if (!findSlot(m_slots, SlotKind::Passphrase) || !findSlot(m_slots, SlotKind::RecoveryCode))
        return fail(Error::Kind::Usage, QStringLiteral("Internal error: refusing to save a key "
                                                       "file that lacks a slot."));
    const auto failed = [&path](const QString& reason) {
        return fail(Error::Kind::Other,
                    QStringLiteral("Could not save the journal's key file (%1): %2. The previous "
                                   "key file, if there was one, has not been changed.")
                        .arg(path, reason));
    };
    const QByteArray json = toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return failed(reason);
    }
    const auto full = [] {
        return std::unexpected(
            DiskSpace::journalFull(QStringLiteral("save the journal's key file")));
    };
    if (file.write(json) != json.size() || !file.flush()) {
        const bool noSpace = DiskSpace::ranOut(file, errno);
        const QString reason = file.errorString();
        file.cancelWriting();
        return noSpace ? full() : failed(reason);
    }
    if (::fsync(file.handle()) != 0) {
        const int error = errno;
        const QString reason = QString::fromLocal8Bit(std::strerror(error));
        file.cancelWriting();
        return error == ENOSPC ? full() : failed(reason);
    }
    if (!file.commit())
        return DiskSpace::ranOut(file, errno) ? full() : failed(file.errorString());
    // Makes the rename itself durable.
    DurableFiles::syncFolder(QFileInfo(path).absolutePath());
    return {};
}

Result<SecretBytes> KeySlotFile::unwrap(SlotKind kind, const SecretBytes& secret) const
{
    ensureSodium();
    const Slot* slot = findSlot(m_slots, kind);
    const bool box = isBoxSlot(m_version, kind);
    if (!slot || !slot->kdf.isWithinLimits() ||
        std::size_t(slot->salt.size()) != KeyDerivation::saltSize ||
        (box ? std::size_t(slot->publicKey.size()) != publicKeySize
             : std::size_t(slot->nonce.size()) != nonceSize) ||
        std::size_t(slot->sealedKey.size()) != (box ? boxSealedSize : sealedSize))
        return fail(Error::Kind::Damaged,
                    damagedMessage(QString(), QStringLiteral("its %1 slot is missing or "
                                                             "incomplete")
                                                  .arg(kindName(kind).replace(u'_', u' '))));
    const SecretBytes prepared = preparedSecret(kind, secret);
    if (prepared.isEmpty() && kind == SlotKind::RecoveryCode)
        return fail(Error::Kind::WrongSecret,
                    QStringLiteral("That does not look like a complete recovery code, or one "
                                   "character is not the one written down. A recovery code has 7 "
                                   "groups of 5 letters and digits (one made before December 2026 "
                                   "has 8 groups of 4); check each group again."));
    SecretBytes dataKey(dataKeySize);
    if (box) {
        auto seed = KeyDerivation::deriveKey(prepared, slot->salt, slot->kdf, crypto_box_SEEDBYTES);
        if (!seed)
            return std::unexpected(seed.error());
        SecretBytes secretKey(crypto_box_SECRETKEYBYTES);
        unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
        crypto_box_seed_keypair(publicKey, secretKey.data(), seed->data());
        if (crypto_box_seal_open(
                dataKey.data(), reinterpret_cast<const unsigned char*>(slot->sealedKey.constData()),
                std::size_t(slot->sealedKey.size()),
                reinterpret_cast<const unsigned char*>(slot->publicKey.constData()),
                secretKey.data()) != 0)
            return fail(Error::Kind::WrongSecret, wrongSecretMessage(kind));
        return dataKey;
    }
    auto wrappingKey = KeyDerivation::deriveKey(prepared, slot->salt, slot->kdf,
                                                crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());

    unsigned long long length = 0;
    const QByteArray ad = associatedData(kind, m_version);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &length, nullptr,
            reinterpret_cast<const unsigned char*>(slot->sealedKey.constData()),
            std::size_t(slot->sealedKey.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()),
            reinterpret_cast<const unsigned char*>(slot->nonce.constData()),
            wrappingKey->data()) != 0 ||
        length != dataKeySize)
        return fail(Error::Kind::WrongSecret, wrongSecretMessage(kind));
    return dataKey;
}

Status KeySlotFile::rewrap(SlotKind kind, const SecretBytes& dataKey, const SecretBytes& newSecret,
                           const KdfProfile& profile)
{
    ensureSodium();
    auto slot = sealSlot(kind, m_version, dataKey, newSecret, profile);
    if (!slot)
        return std::unexpected(slot.error());
    for (Slot& existing : m_slots) {
        if (existing.kind == kind) {
            existing = *slot;
            return {};
        }
    }
    m_slots.append(*slot);
    return {};
}

} // namespace aftercare::core
