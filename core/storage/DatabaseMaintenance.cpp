#include "core/storage/DatabaseMaintenance.h"

#include "core/crypto/SecretBytes.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <cstring>
#include <QFile>
#include <QFileInfo>

namespace aftercare::core {

namespace {

// "x'<64 hex>'": how SQLCipher takes a raw key, here as the value bound to ATTACH … KEY ?.
SecretBytes rawKeyText(const SecretBytes& key)
{
    const SecretBytes hex = key.toHex();
    SecretBytes text(hex.size() + 3);
    text.data()[0] = 'x';
    text.data()[1] = '\'';
    std::memcpy(text.data() + 2, hex.data(), hex.size());
    text.data()[hex.size() + 2] = '\'';
    return text;
}

std::unexpected<Error> notEncrypted(const QString& path)
{
    return fail(Error::Kind::Other,
                QStringLiteral("The database %1 is not encrypted, so Aftercare will not write "
                               "to it. This build may not be using SQLCipher; please use an "
                               "official build.")
                    .arg(path));
}

} // namespace

Status DatabaseMaintenance::requireEncryptedFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Other, QStringLiteral("Could not read %1 to check that it is "
                                                       "encrypted: %2")
                                            .arg(path, file.errorString()));
    static constexpr char plainHeader[16] = "SQLite format 3";
    const QByteArray head = file.read(16);
    if (head.size() == 16 && std::memcmp(head.constData(), plainHeader, 16) == 0)
        return notEncrypted(path);
    return {};
}

Status DatabaseMaintenance::requireEncrypted(Database& db, const char* schema, const QString& path)
{
    const QByteArray sql = QByteArray("PRAGMA ") + schema + ".cipher";
    const auto cipher = db.queryText(sql.constData(), QStringLiteral("check the encryption"));
    if (!cipher)
        return std::unexpected(cipher.error());
    if (cipher->isEmpty())
        return notEncrypted(path);
    return requireEncryptedFile(path);
}

Status DatabaseMaintenance::checkIntegrity(Database& db, bool thorough)
{
    auto s = db.prepare(thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check",
                        QStringLiteral("check the journal"));
    if (!s)
        return std::unexpected(s.error());
    QStringList problems;
    for (;;) {
        const auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        problems << s->text(0);
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return fail(Error::Kind::Damaged,
                QStringLiteral("The journal is damaged (%1). Nothing was changed. To get your "
                               "entries back, restore the newest copy from the backups folder "
                               "inside the journal folder.")
                    .arg(problems.value(0, QStringLiteral("the check gave no answer"))));
}

Status DatabaseMaintenance::writeEncryptedCopy(Database& db, const SecretBytes& key,
                                               const QString& path)
{
    const QString doing = QStringLiteral("write the encrypted copy");
    if (key.size() != 32)
        return fail(Error::Kind::Usage, QStringLiteral("The journal's data key must be 32 bytes."));
    if (QFileInfo::exists(path))
        return fail(Error::Kind::AlreadyExists,
                    QStringLiteral("There is already a file at %1; Aftercare will not overwrite "
                                   "it with the copy.")
                        .arg(path));
    {
        // ATTACH opens with the main database's flags, which lack SQLITE_OPEN_CREATE for an
        // existing journal: create the (empty, private) file first so ATTACH can open it.
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Error::Kind::Other, QStringLiteral("Could not create the copy at %1: %2")
                                                .arg(path, empty.errorString()));
    }
    {
        auto attach = db.prepare("ATTACH DATABASE ? AS snapshot KEY ?", doing);
        if (!attach)
            return std::unexpected(attach.error());
        const SecretBytes keyText = rawKeyText(key);
        attach->bind(1, path).bindSecret(2, keyText);
        const Status attached = attach->run();
        attach->clearBindings();
        if (!attached) {
            QFile::remove(path);
            return attached;
        }
    }
    const auto finish = [&](Status status) -> Status {
        (void)db.exec("DETACH DATABASE snapshot", doing);
        if (!status)
            QFile::remove(path);
        return status;
    };
    // An attached file starts with SQLCipher's default page size; the copy keeps the journal's,
    // so it opens exactly like the journal it was taken from.
    const auto pageSize = db.cipherPageSize();
    if (!pageSize)
        return finish(std::unexpected(pageSize.error()));
    const QByteArray setPageSize =
        "PRAGMA snapshot.cipher_page_size = " + QByteArray::number(*pageSize);
    if (auto sized = db.exec(setPageSize.constData(), doing); !sized)
        return finish(sized);
    // An empty KEY would make the attached file plaintext; make sure a codec is in place before
    // anything is exported into it.
    const auto cipher = db.queryText("PRAGMA snapshot.cipher", doing);
    if (!cipher)
        return finish(std::unexpected(cipher.error()));
    if (cipher->isEmpty())
        return finish(fail(Error::Kind::Other,
                           QStringLiteral("Could not write the encrypted copy: the copy would "
                                          "not have been encrypted, so nothing was written.")));
    if (auto sync = db.exec("PRAGMA snapshot.synchronous = FULL", doing); !sync)
        return finish(sync);
    if (auto exported = db.queryText("SELECT sqlcipher_export('snapshot')", doing); !exported)
        return finish(std::unexpected(exported.error()));
    const auto version = db.userVersion();
    if (!version)
        return finish(std::unexpected(version.error()));
    const QByteArray setVersion = "PRAGMA snapshot.user_version = " + QByteArray::number(*version);
    if (auto set = db.exec(setVersion.constData(), doing); !set)
        return finish(set);
    return finish(requireEncrypted(db, "snapshot", path));
}

} // namespace aftercare::core
