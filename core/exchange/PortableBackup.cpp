#include "core/exchange/PortableBackup.h"

#include "core/crypto/PassphraseBox.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/SafeFile.h"

namespace aftercare::core::PortableBackup {

namespace {

const QByteArray magic = QByteArrayLiteral("AFTERCARE-BACKUP-1");

// The sealed file is the JSON plus a header and a tag per chunk; an eighth more is ample.
constexpr qint64 maxBackupBytes = JsonFormat::maxDocumentBytes + JsonFormat::maxDocumentBytes / 8;

} // namespace

Status write(const QString& path, const JournalDocument& document, const SecretBytes& passphrase,
             const KdfProfile& profile)
{
    // Fail before the deliberately slow key derivation when the file cannot be written anyway.
    if (Status target = SafeFile::checkTarget(path); !target)
        return target;
    // The JSON exists only in guarded memory; what reaches the disk is the sealed box.
    const SecretBytes plaintext = JsonFormat::writeDocumentToSecret(document);
    if (qint64(plaintext.size()) > JsonFormat::maxDocumentBytes)
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("This journal is too large for a portable backup (over %1 MB), "
                                   "so it could not be restored later. Export a date range as "
                                   "JSON instead.")
                        .arg(JsonFormat::maxDocumentBytes / (1024 * 1024)));
    auto sealed = PassphraseBox::seal(magic, plaintext, passphrase, profile);
    if (!sealed)
        return std::unexpected(sealed.error());
    return SafeFile::write(path, *sealed);
}

Result<JournalDocument> read(const QString& path, const SecretBytes& passphrase)
{
    auto sealed = SafeFile::read(path, maxBackupBytes);
    if (!sealed)
        return std::unexpected(sealed.error());
    return readSealed(*sealed, passphrase);
}

Result<JournalDocument> readSealed(const QByteArray& sealed, const SecretBytes& passphrase)
{
    auto plaintext = PassphraseBox::open(magic, sealed, passphrase);
    if (!plaintext)
        return std::unexpected(plaintext.error());
    // fromRawData: the parser reads the guarded buffer in place instead of copying it. Qt's
    // JSON objects still keep their own (unguarded) copies of the strings while they live.
    const QByteArray view = QByteArray::fromRawData(
        reinterpret_cast<const char*>(plaintext->data()), qsizetype(plaintext->size()));
    auto document = JsonFormat::readDocument(view);
    if (!document)
        return fail(document.error().kind(),
                    QStringLiteral("The backup opened, but its contents are not a journal this "
                                   "version can read: %1")
                        .arg(document.error().message()));
    return document;
}

} // namespace aftercare::core::PortableBackup
