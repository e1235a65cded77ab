// The small file beside the database that holds the data key, only ever wrapped: one slot per
// way in (passphrase, recovery code), each an Argon2id salt + parameters and the sealed key —
// under XChaCha20-Poly1305 for the passphrase, to a public key derived from the code for the
// recovery code (so a re-key needs only the new passphrase). Written atomically with mode 0600.
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
        QByteArray nonce;     // XChaCha20-Poly1305 slots
        QByteArray publicKey; // recovery slots of version 2 files (sealed box)
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

    // A file for a new data key: the passphrase slot sealed afresh; the recovery slot made for
    // `newRecoveryCode`, or, when that is empty, the current code's slot re-sealed to its public
    // key (Usage when this file is of version 1, whose recovery slot cannot be re-sealed).
    Result<KeySlotFile> rekeyed(const SecretBytes& newDataKey, const SecretBytes& passphrase,
                                const SecretBytes& newRecoveryCode,
                                const KdfProfile& profile) const;
    // Whether rekeyed() can keep the recovery code (false for version 1 files).
    bool keepsRecoveryCodeOnRekey() const;
    int formatVersion() const { return m_version; }

    // Not named slots(): Qt defines `slots` as a macro wherever QObject is included.
    const QList<Slot>& slotList() const { return m_slots; }

    QByteArray toJson() const;
    static Result<KeySlotFile> fromJson(const QByteArray& json);

private:
    // The reason is a phrase ("its checksum does not match …") that load() and fromJson()
    // wrap into a message saying what to do.
    static std::expected<KeySlotFile, QString> parse(const QByteArray& json);

    QList<Slot> m_slots;
    int m_version = 2;
};

} // namespace aftercare::core
