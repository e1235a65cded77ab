// The small file beside the database that holds the data key, only ever wrapped: one slot per
// way in (passphrase, recovery code), each an Argon2id salt + parameters, a nonce and the key
// sealed with XChaCha20-Poly1305. Written atomically with mode 0600.
#pragma once

#include "core/crypto/KdfProfile.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace aftercare::core {

class KeySlotFile
{
public:
    enum class SlotKind
    {
        Passphrase,
        RecoveryCode
    };

    struct Slot
    {
        SlotKind kind = SlotKind::Passphrase;
        KdfProfile kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray sealedKey; // ciphertext + tag
    };

    static constexpr std::size_t dataKeySize = 32;

    // Wraps `dataKey` under both secrets. Recovery codes are normalised here and in unwrap()
    // and rewrap(), so the display form and what a person types both work.
    static Result<KeySlotFile> create(const SecretBytes& dataKey, const SecretBytes& passphrase,
                                      const SecretBytes& recoveryCode, const KdfProfile& profile);

    // Damaged/NotFound errors say what is wrong with the file and how to recover.
    static Result<KeySlotFile> load(const QString& path);
    // Atomic replace (QSaveFile + fsync), mode 0600; on failure the old file stays intact.
    Status save(const QString& path) const;

    // WrongSecret when the secret does not open the slot (or a recovery code is malformed).
    Result<SecretBytes> unwrap(SlotKind kind, const SecretBytes& secret) const;
    // Re-seals the passphrase or recovery slot under a new secret (fresh salt and nonce).
    Status rewrap(SlotKind kind, const SecretBytes& dataKey, const SecretBytes& newSecret,
                  const KdfProfile& profile);

    // Not named slots(): Qt defines `slots` as a macro wherever QObject is included.
    const QList<Slot>& slotList() const { return m_slots; }

    QByteArray toJson() const;
    static Result<KeySlotFile> fromJson(const QByteArray& json);

private:
    // The reason is a phrase ("its checksum does not match …") that load() and fromJson()
    // wrap into a message saying what to do.
    static std::expected<KeySlotFile, QString> parse(const QByteArray& json);

    QList<Slot> m_slots;
};

} // namespace aftercare::core
