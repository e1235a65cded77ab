#include "core/crypto/KeySlotFormat.h"

#include "core/crypto/KeyDerivation.h"

#include <sodium.h>

namespace aftercare::core::KeySlotFormat {

static_assert(KeySlotFile::dataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(nonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(sealedSize == KeySlotFile::dataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(publicKeySize == crypto_box_PUBLICKEYBYTES);
static_assert(boxSealedSize == KeySlotFile::dataKeySize + crypto_box_SEALBYTES);

namespace {

const QStringList kSlotFields = {u"kind"_qs, u"kdf"_qs,   u"opslimit"_qs,  u"memlimit"_qs,
                                 u"salt"_qs, u"nonce"_qs, u"sealed_key"_qs};
const QStringList kBoxSlotFields = {u"kind"_qs, u"kdf"_qs,        u"opslimit"_qs,  u"memlimit"_qs,
                                    u"salt"_qs, u"public_key"_qs, u"sealed_key"_qs};

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

} // namespace

const QStringList& topLevelFields()
{
    static const QStringList fields = {u"format"_qs, u"version"_qs, u"slots"_qs, u"checksum"_qs};
    return fields;
}

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

QByteArray associatedData(SlotKind kind, int fileVersion)
{
    return QByteArray(format) + '/' + QByteArray::number(fileVersion) + '/' +
           kindName(kind).toLatin1();
}

bool isBoxSlot(int fileVersion, SlotKind kind)
{
    return fileVersion >= 2 && kind == SlotKind::RecoveryCode;
}

// An unkeyed BLAKE2b over a canonical encoding of the contents. It does not stop a deliberate
// forger (who could only lock the owner out, which deleting the file does too); it lets
// accidental damage to a salt or parameter be reported as damage instead of as a wrong
// passphrase.
QByteArray checksum(int fileVersion, const QList<Slot>& slots)
{
    QByteArray canonical(format);
    canonical.append('\0');
    appendU32(canonical, std::uint32_t(fileVersion));
    appendU32(canonical, std::uint32_t(slots.size()));
    for (const Slot& slot : slots) {
        appendField(canonical, kindName(slot.kind).toLatin1());
        appendField(canonical, kdfName);
        appendU64(canonical, slot.kdf.opsLimit);
        appendU64(canonical, slot.kdf.memLimitBytes);
        appendField(canonical, slot.salt);
        if (isBoxSlot(fileVersion, slot.kind))
            appendField(canonical, slot.publicKey);
        else
            appendField(canonical, slot.nonce);
        appendField(canonical, slot.sealedKey);
    }
    QByteArray digest(qsizetype(checksumSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), checksumSize,
                       reinterpret_cast<const unsigned char*>(canonical.constData()),
                       std::size_t(canonical.size()), nullptr, 0);
    return digest;
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

std::expected<Slot, QString> parseSlot(const QJsonValue& value, qsizetype index, int fileVersion)
{
    const QString which = QStringLiteral("entry %1 in its list of slots").arg(index + 1);
    if (!value.isObject())
        return std::unexpected(QStringLiteral("%1 is not an object").arg(which));
    const QJsonObject object = value.toObject();
    Slot slot;
    const auto kind = kindFromName(object.value(u"kind").toString());
    if (!kind)
        return std::unexpected(QStringLiteral("%1 is of an unknown kind").arg(which));
    slot.kind = *kind;
    const bool box = isBoxSlot(fileVersion, slot.kind);
    if (const QString extra = unexpectedField(object, box ? kBoxSlotFields : kSlotFields);
        !extra.isEmpty())
        return std::unexpected(QStringLiteral("%1 has an unknown field \"%2\"").arg(which, extra));
    if (object.value(u"kdf").toString() != QLatin1String(kdfName))
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
    if (!salt)
        return std::unexpected(QStringLiteral("the salt of %1 is unreadable").arg(which));
    slot.salt = *salt;
    if (box) {
        const auto publicKey = decodeBase64(object.value(u"public_key"), publicKeySize);
        if (!publicKey)
            return std::unexpected(QStringLiteral("the public key of %1 is unreadable").arg(which));
        slot.publicKey = *publicKey;
    } else {
        const auto nonce = decodeBase64(object.value(u"nonce"), nonceSize);
        if (!nonce)
            return std::unexpected(QStringLiteral("the nonce of %1 is unreadable").arg(which));
        slot.nonce = *nonce;
    }
    const auto sealed = decodeBase64(object.value(u"sealed_key"), box ? boxSealedSize : sealedSize);
    if (!sealed)
        return std::unexpected(QStringLiteral("the sealed key of %1 is unreadable").arg(which));
    slot.sealedKey = *sealed;
    return slot;
}

QJsonObject slotToJson(int fileVersion, const Slot& slot)
{
    QJsonObject object{
        {u"kind"_qs, kindName(slot.kind)},
        {u"kdf"_qs, QLatin1String(kdfName)},
        {u"opslimit"_qs, qint64(slot.kdf.opsLimit)},
        {u"memlimit"_qs, qint64(slot.kdf.memLimitBytes)},
        {u"salt"_qs, QString::fromLatin1(slot.salt.toBase64())},
        {u"sealed_key"_qs, QString::fromLatin1(slot.sealedKey.toBase64())},
    };
    if (isBoxSlot(fileVersion, slot.kind))
        object.insert(u"public_key"_qs, QString::fromLatin1(slot.publicKey.toBase64()));
    else
        object.insert(u"nonce"_qs, QString::fromLatin1(slot.nonce.toBase64()));
    return object;
}

} // namespace aftercare::core::KeySlotFormat
