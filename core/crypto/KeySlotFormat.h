// The on-disk encoding of the key slot file: names, strict base64 and numbers, the checksum
// and the associated data. Internal to KeySlotFile; docs/SECURITY.md describes the format.
#pragma once

#include "core/crypto/KeySlotFile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace aftercare::core::KeySlotFormat {

using SlotKind = KeySlotFile::SlotKind;
using Slot = KeySlotFile::Slot;

inline constexpr char format[] = "aftercare-keys";
// Version 2 seals the recovery slot to a public key derived from the code, so a re-key can
// re-seal a new data key for the unchanged code without knowing it. Version 1 is still read.
inline constexpr int version = 2;
inline constexpr int legacyVersion = 1;
inline constexpr char kdfName[] = "argon2id13";
inline constexpr std::size_t nonceSize = 24;  // XChaCha20-Poly1305 nonce
inline constexpr std::size_t sealedSize = 48; // data key + 16-byte tag
inline constexpr std::size_t checksumSize = 32;
inline constexpr std::size_t publicKeySize = 32; // crypto_box_PUBLICKEYBYTES
inline constexpr std::size_t boxSealedSize = 80; // crypto_box_SEALBYTES + data key

// The top-level fields of a file (the same in both versions); anything else is damage.
const QStringList& topLevelFields();

QString kindName(SlotKind kind);
std::optional<SlotKind> kindFromName(const QString& name);
// Binds each sealed key to its slot kind and the format version, so slots cannot be swapped
// or replayed into another version's file.
QByteArray associatedData(SlotKind kind, int fileVersion = version);
QByteArray checksum(int fileVersion, const QList<Slot>& slots);
// Whether a slot is sealed to a public key (a version 2 recovery slot).
bool isBoxSlot(int fileVersion, SlotKind kind);

std::optional<QByteArray> decodeBase64(const QJsonValue& value, std::size_t expectedSize);
std::optional<qint64> wholeNumber(const QJsonValue& value);
// The first field of `object` not in `allowed`, or empty.
QString unexpectedField(const QJsonObject& object, const QStringList& allowed);

QJsonObject slotToJson(int fileVersion, const Slot& slot);
// The reason, when it fails, is a phrase such as "the salt of entry 1 … is unreadable".
std::expected<Slot, QString> parseSlot(const QJsonValue& value, qsizetype index, int fileVersion);

} // namespace aftercare::core::KeySlotFormat
