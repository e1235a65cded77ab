#include "KeySlotFile.h"

#include "KeyDerivation.h"
#include "RecoveryCode.h"
#include "Sodium.h"

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

constexpr char kFormat[] = "aftercare-keys";
constexpr int kVersion = 1;
constexpr char kKdfName[] = "argon2id13";
constexpr qint64 kMaxFileSize = 64 * 1024; // a real file is well under 2 KiB
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kSealedSize =
    KeySlotFile::dataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kChecksumSize = 32;

static_assert(KeySlotFile::dataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

const QStringList kTopLevelFields = {u"format"_qs, u"version"_qs, u"slots"_qs, u"checksum"_qs};
const QStringList kSlotFields = {u"kind"_qs, u"kdf"_qs,   u"opslimit"_qs,  u"memlimit"_qs,
                                 u"salt"_qs, u"nonce"_qs, u"sealed_key"_qs};

QString kindName(SlotKind kind)
{
    return kind == SlotKind::Passphrase ? u"passphrase"_qs : u"recovery_code"_qs;
}

std::optional<SlotKind> kindFromName(const QString& name)
{
    if (name == u"passphrase")
        return SlotKind::Passphrase;
    if (name == u"recovery_code")
        return SlotKind::RecoveryCode;
    return std::nullopt;
}

// Binds each sealed key to its slot kind and the format version, so slots cannot be swapped
// or replayed into another version's file.
QByteArray associatedData(SlotKind kind)
{
    return QByteArray(kFormat) + '/' + QByteArray::number(kVersion) + '/' +
           kindName(kind).toLatin1();
}

void appendU32(QByteArray& out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void appendU64(QByteArray& out, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void appendField(QByteArray& out, const QByteArray& field)
{
    appendU32(out, std::uint32_t(field.size()));
    out.append(field);
}

// An unkeyed BLAKE2b over a canonical encoding of the contents. It does not stop a deliberate
// forger (who could only lock the owner out, which deleting the file does too); it lets
// accidental damage to a salt or parameter be reported as damage instead of as a wrong
// passphrase.
QByteArray checksum(const QList<Slot>& slots)
{
    QByteArray canonical(kFormat);
    canonical.append('\0');
    appendU32(canonical, kVersion);
    appendU32(canonical, std::uint32_t(slots.size()));
    for (const Slot& slot : slots) {
        appendField(canonical, kindName(slot.kind).toLatin1());
        appendField(canonical, kKdfName);
        appendU64(canonical, slot.kdf.opsLimit);
        appendU64(canonical, slot.kdf.memLimitBytes);
        appendField(canonical, slot.salt);
        appendField(canonical, slot.nonce);
        appendField(canonical, slot.sealedKey);
    }
    QByteArray digest(qsizetype(kChecksumSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), kChecksumSize,
                       reinterpret_cast<const unsigned char*>(canonical.constData()),
                       std::size_t(canonical.size()), nullptr, 0);
    return digest;
}

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
    // The data key never changes, so any earlier copy of the key file still fits the journal.
    return QStringLiteral(
        "Without an intact key file the journal cannot be unlocked, not even with the recovery "
        "code. To get back in, copy a saved key file into its place: the journal's backups "
        "folder keeps one with each daily snapshot, and a copy of the journal folder (for "
        "example on a backup drive) has one too. An older copy works: it opens with the "
        "passphrase or recovery code you had at the time. A portable backup can also be "
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

// What the key is derived from: recovery codes in their canonical form, passphrases as typed.
SecretBytes preparedSecret(SlotKind kind, const SecretBytes& secret)
{
    return kind == SlotKind::RecoveryCode ? RecoveryCode::normalize(secret) : secret;
}

Result<Slot> sealSlot(SlotKind kind, const SecretBytes& dataKey, const SecretBytes& secret,
                      const KdfProfile& profile)
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
    auto wrappingKey = KeyDerivation::deriveKey(prepared, slot.salt, profile,
                                                crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());

    slot.nonce = QByteArray(qsizetype(kNonceSize), Qt::Uninitialized);
    randombytes_buf(slot.nonce.data(), kNonceSize);
    slot.sealedKey = QByteArray(qsizetype(kSealedSize), Qt::Uninitialized);
    unsigned long long sealedLength = 0;
    const QByteArray ad = associatedData(kind);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealedKey.data()), &sealedLength, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char*>(ad.constData()),
        std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey->data());
    Q_ASSERT(sealedLength == kSealedSize);
    return slot;
}

// Strict: a base64 text that would not be written back identically (stray padding bits,
// whitespace) counts as damage, so every single changed bit in the file is noticed.
std::optional<QByteArray> decodeBase64(const QJsonValue& value, std::size_t expectedSize)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || std::size_t(decoded.decoded.size()) != expectedSize ||
        decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(-1);
    if (number < 0)
        return std::nullopt;
    return number;
}

QString unexpectedField(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

std::expected<Slot, QString> parseSlot(const QJsonValue& value, qsizetype index)
{
    const QString which = QStringLiteral("entry %1 in its list of slots").arg(index + 1);
    if (!value.isObject())
        return std::unexpected(QStringLiteral("%1 is not an object").arg(which));
    const QJsonObject object = value.toObject();
    if (const QString extra = unexpectedField(object, kSlotFields); !extra.isEmpty())
        return std::unexpected(QStringLiteral("%1 has an unknown field \"%2\"").arg(which, extra));

    Slot slot;
    const auto kind = kindFromName(object.value(u"kind").toString());
    if (!kind)
        return std::unexpected(QStringLiteral("%1 is of an unknown kind").arg(which));
    slot.kind = *kind;
    if (object.value(u"kdf").toString() != QLatin1String(kKdfName))
        return std::unexpected(
            QStringLiteral("%1 names an unknown key-derivation method").arg(which));
    const auto ops = wholeNumber(object.value(u"opslimit"));
    const auto mem = wholeNumber(object.value(u"memlimit"));
    if (!ops || !mem)
        return std::unexpected(
            QStringLiteral("%1 lacks readable key-derivation settings").arg(which));
    slot.kdf = {std::uint64_t(*ops), std::size_t(*mem)};
    if (!slot.kdf.isWithinLimits())
        return std::unexpected(
            QStringLiteral("%1 asks for key-derivation settings outside the safe range "
                           "(%2 passes over %3 bytes of memory)")
                .arg(which)
                .arg(*ops)
                .arg(*mem));

    const auto salt = decodeBase64(object.value(u"salt"), KeyDerivation::saltSize);
    const auto nonce = decodeBase64(object.value(u"nonce"), kNonceSize);
    const auto sealed = decodeBase64(object.value(u"sealed_key"), kSealedSize);
    if (!salt)
        return std::unexpected(QStringLiteral("the salt of %1 is unreadable").arg(which));
    if (!nonce)
        return std::unexpected(QStringLiteral("the nonce of %1 is unreadable").arg(which));
    if (!sealed)
        return std::unexpected(QStringLiteral("the sealed key of %1 is unreadable").arg(which));
    slot.salt = *salt;
    slot.nonce = *nonce;
    slot.sealedKey = *sealed;
    return slot;
}

void syncDirectoryOf(const QString& path)
{
    // Makes the rename itself durable; if this fails the data is still safe, only possibly
    // the old name after a power cut, so it is not an error.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<KeySlotFile> KeySlotFile::create(const SecretBytes& dataKey, const SecretBytes& passphrase,
                                        const SecretBytes& recoveryCode, const KdfProfile& profile)
{
    ensureSodium();
    KeySlotFile file;
    for (const auto& [kind, secret] : {std::pair{SlotKind::Passphrase, &passphrase},
                                       std::pair{SlotKind::RecoveryCode, &recoveryCode}}) {
        auto slot = sealSlot(kind, dataKey, *secret, profile);
        if (!slot)
            return std::unexpected(slot.error());
        file.m_slots.append(*slot);
    }
    return file;
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
    if (!document.isObject() || top.value(u"format").toString() != QLatin1String(kFormat))
        return std::unexpected(u"it is not an Aftercare key file"_qs);
    const auto version = wholeNumber(top.value(u"version"));
    if (!version)
        return std::unexpected(u"its format version is unreadable"_qs);
    if (*version != kVersion)
        return std::unexpected(
            QStringLiteral("it says it is format version %1, but this version of Aftercare "
                           "reads only version %2 (if a newer Aftercare wrote it, open the "
                           "journal with that version instead)")
                .arg(*version)
                .arg(kVersion));
    if (const QString extra = unexpectedField(top, kTopLevelFields); !extra.isEmpty())
        return std::unexpected(QStringLiteral("it has an unknown field \"%1\"").arg(extra));
    if (!top.value(u"slots").isArray())
        return std::unexpected(u"its list of slots is missing"_qs);

    KeySlotFile file;
    const QJsonArray slots = top.value(u"slots").toArray();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        auto slot = parseSlot(slots.at(i), i);
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

    const auto stored = decodeBase64(top.value(u"checksum"), kChecksumSize);
    if (!stored)
        return std::unexpected(u"its checksum is missing or unreadable"_qs);
    if (sodium_memcmp(stored->constData(), checksum(file.m_slots).constData(), kChecksumSize) != 0)
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
    for (const Slot& slot : m_slots) {
        slots.append(QJsonObject{
            {u"kind"_qs, kindName(slot.kind)},
            {u"kdf"_qs, QLatin1String(kKdfName)},
            {u"opslimit"_qs, qint64(slot.kdf.opsLimit)},
            {u"memlimit"_qs, qint64(slot.kdf.memLimitBytes)},
            {u"salt"_qs, QString::fromLatin1(slot.salt.toBase64())},
            {u"nonce"_qs, QString::fromLatin1(slot.nonce.toBase64())},
            {u"sealed_key"_qs, QString::fromLatin1(slot.sealedKey.toBase64())},
        });
    }
    const QJsonObject top{
        {u"format"_qs, QLatin1String(kFormat)},
        {u"version"_qs, kVersion},
        {u"slots"_qs, slots},
        {u"checksum"_qs, QString::fromLatin1(checksum(m_slots).toBase64())},
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
    if (file.write(json) != json.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (::fsync(file.handle()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    syncDirectoryOf(path);
    return {};
}

Result<SecretBytes> KeySlotFile::unwrap(SlotKind kind, const SecretBytes& secret) const
{
    ensureSodium();
    const Slot* slot = findSlot(m_slots, kind);
    if (!slot || !slot->kdf.isWithinLimits() ||
        std::size_t(slot->salt.size()) != KeyDerivation::saltSize ||
        std::size_t(slot->nonce.size()) != kNonceSize ||
        std::size_t(slot->sealedKey.size()) != kSealedSize)
        return fail(Error::Kind::Damaged,
                    damagedMessage(QString(), QStringLiteral("its %1 slot is missing or "
                                                             "incomplete")
                                                  .arg(kindName(kind).replace(u'_', u' '))));
    const SecretBytes prepared = preparedSecret(kind, secret);
    if (prepared.isEmpty() && kind == SlotKind::RecoveryCode)
        return fail(Error::Kind::WrongSecret,
                    QStringLiteral("That does not look like a complete recovery code. A recovery "
                                   "code has 32 letters and digits, shown as 8 groups of 4 "
                                   "(ABCD-EFGH-…); check for a missing or extra group."));
    auto wrappingKey = KeyDerivation::deriveKey(prepared, slot->salt, slot->kdf,
                                                crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());

    SecretBytes dataKey(dataKeySize);
    unsigned long long length = 0;
    const QByteArray ad = associatedData(kind);
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
    auto slot = sealSlot(kind, dataKey, newSecret, profile);
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
