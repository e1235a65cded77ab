// The key-slot file: both slots round-trip, the documented format, wrong secrets, re-wrapping
// one slot, and saving atomically and privately. Damaged files are in tst_KeySlotFileDamage.cpp.
#include "tests/core/KeySlotTestData.h"

#include <QDir>
#include <QFileInfo>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

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

class TestKeySlotFile : public QObject, protected KeySlotFixture
{
    Q_OBJECT

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
        QCOMPARE(top.value(u"version").toInteger(), 2);
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
        // The recovery slot is sealed to a public key derived from the code: no nonce.
        const QJsonObject recovery = slots.at(1).toObject();
        QVERIFY(!recovery.contains(u"nonce"));
        QCOMPARE(QByteArray::fromBase64(recovery.value(u"public_key").toString().toLatin1()).size(),
                 32);
        QCOMPARE(QByteArray::fromBase64(recovery.value(u"sealed_key").toString().toLatin1()).size(),
                 80);
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
        QVERIFY(result.error().message().contains(u"7 groups of 5 letters and digits"));
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

    void rekeyedKeepsTheRecoveryCodeWithoutKnowingIt()
    {
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const SecretBytes code = RecoveryCode::generate();
        const KeySlotFile file = created(dataKey, code);
        QVERIFY(file.keepsRecoveryCodeOnRekey());
        const SecretBytes newKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const auto next = file.rekeyed(newKey, secretOf("another one"), SecretBytes(), m_profile);
        QVERIFY2(next, qPrintable(why(next)));
        QVERIFY(next->unwrap(Kind::RecoveryCode, code)->equals(newKey));
        QVERIFY(next->unwrap(Kind::Passphrase, secretOf("another one"))->equals(newKey));
        QCOMPARE(next->unwrap(Kind::Passphrase, m_passphrase).error().kind(),
                 Error::Kind::WrongSecret);
        // The old file still opens only the old key.
        QVERIFY(file.unwrap(Kind::RecoveryCode, code)->equals(dataKey));
    }

    void versionOneFilesStillOpen()
    {
        const SecretBytes dataKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const SecretBytes code = RecoveryCode::generate();
        const SecretBytes canonical = RecoveryCode::normalize(code);
        const QByteArray json =
            versionOneFile(dataKey, "correct horse battery staple",
                           QByteArray(reinterpret_cast<const char*>(canonical.data()),
                                      qsizetype(canonical.size())),
                           m_profile);
        const auto file = KeySlotFile::fromJson(json);
        QVERIFY2(file, qPrintable(why(file)));
        QCOMPARE(file->formatVersion(), 1);
        QVERIFY(file->unwrap(Kind::Passphrase, m_passphrase)->equals(dataKey));
        QVERIFY(file->unwrap(Kind::RecoveryCode, code)->equals(dataKey));
        // Its recovery slot cannot be re-sealed without the code; with it, the result is v2.
        QVERIFY(!file->keepsRecoveryCodeOnRekey());
        const SecretBytes newKey = SecretBytes::random(KeySlotFile::dataKeySize);
        const auto without = file->rekeyed(newKey, m_passphrase, SecretBytes(), m_profile);
        QVERIFY(!without);
        QVERIFY(without.error().message().contains(u"new recovery code"));
        const auto with = file->rekeyed(newKey, m_passphrase, code, m_profile);
        QVERIFY(with);
        QCOMPARE(with->formatVersion(), 2);
        QVERIFY(with->unwrap(Kind::RecoveryCode, code)->equals(newKey));
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
