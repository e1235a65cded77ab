#include "core/crypto/SecretBytes.h"

#include <QTest>

using namespace aftercare::core;

namespace {

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

SecretBytes secretOf(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

} // namespace

class TestSecretBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultAndSizedConstruction()
    {
        const SecretBytes empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), std::size_t(0));
        QCOMPARE(empty.data(), nullptr);

        const SecretBytes zeros(16);
        QCOMPARE(zeros.size(), std::size_t(16));
        QCOMPARE(bytesOf(zeros), QByteArray(16, '\0'));
    }

    void randomFillsAndDiffers()
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
        QVERIFY(bytesOf(a) != QByteArray(32, '\0'));
        QVERIFY(SecretBytes::random(0).isEmpty());
    }

    void copyIsIndependent()
    {
        SecretBytes original = secretOf("tears");
        SecretBytes copy(original);
        QVERIFY(copy.equals(original));
        QVERIFY(copy.data() != original.data());
        copy.data()[0] = 'T';
        QCOMPARE(bytesOf(original), QByteArray("tears"));
        QCOMPARE(bytesOf(copy), QByteArray("Tears"));

        SecretBytes assigned = secretOf("something longer than before");
        assigned = original;
        QCOMPARE(bytesOf(assigned), QByteArray("tears"));
        assigned.data()[1] = 'E';
        QCOMPARE(bytesOf(original), QByteArray("tears"));

        SecretBytes& self = assigned;
        assigned = self;
        QCOMPARE(bytesOf(assigned), QByteArray("tEars"));
    }

    void moveLeavesSourceEmpty()
    {
        SecretBytes source = secretOf("moved");
        const unsigned char* buffer = source.data();
        SecretBytes target(std::move(source));
        QCOMPARE(target.data(), buffer);
        QCOMPARE(bytesOf(target), QByteArray("moved"));
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the state is the contract
        QCOMPARE(source.data(), nullptr);

        SecretBytes other = secretOf("old");
        other = std::move(target);
        QCOMPARE(bytesOf(other), QByteArray("moved"));
        QVERIFY(target.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void equalsComparesContentAndLength()
    {
        QVERIFY(secretOf("abc").equals(secretOf("abc")));
        QVERIFY(!secretOf("abc").equals(secretOf("abd")));
        QVERIFY(!secretOf("abc").equals(secretOf("abcd")));
        QVERIFY(!secretOf("abc").equals(SecretBytes()));
        QVERIFY(SecretBytes().equals(SecretBytes()));
        QVERIFY(SecretBytes().equals(SecretBytes(0)));
    }

    void toHexIsLowerCase()
    {
        QByteArray raw("\x00\x01\xab\xff\x7f", 5);
        const SecretBytes secret = SecretBytes::takeFrom(raw);
        const SecretBytes hex = secret.toHex();
        QCOMPARE(hex.size(), std::size_t(10));
        QCOMPARE(bytesOf(hex), QByteArray("0001abff7f"));
        QVERIFY(SecretBytes().toHex().isEmpty());

        // A copy of the hex keeps exactly the visible characters.
        const SecretBytes copy(hex);
        QCOMPARE(bytesOf(copy), QByteArray("0001abff7f"));
    }

    void fromUtf8EncodesText()
    {
        const SecretBytes secret = SecretBytes::fromUtf8(QStringLiteral("naïve ☂"));
        QCOMPARE(bytesOf(secret), QStringLiteral("naïve ☂").toUtf8());
        QVERIFY(SecretBytes::fromUtf8(QString()).isEmpty());
    }

    void takeFromWipesTheSourceButNotSharedCopies()
    {
        QByteArray own("private words");
        const SecretBytes taken = SecretBytes::takeFrom(own);
        QCOMPARE(bytesOf(taken), QByteArray("private words"));
        QVERIFY(own.isEmpty());

        QByteArray shared("shared words");
        shared.detach();
        const QByteArray otherOwner = shared; // implicitly shared buffer
        const SecretBytes fromShared = SecretBytes::takeFrom(shared);
        QCOMPARE(bytesOf(fromShared), QByteArray("shared words"));
        QVERIFY(shared.isEmpty());
        QCOMPARE(otherOwner, QByteArray("shared words"));
    }

    void clearEmpties()
    {
        SecretBytes secret = secretOf("gone");
        secret.clear();
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.data(), nullptr);
        secret.clear();
        QVERIFY(secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_SecretBytes.moc"
