#include "core/crypto/RecoveryCode.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace aftercare::core;

namespace {

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

SecretBytes secretOf(const QByteArray& text)
{
    QByteArray copy = text;
    return SecretBytes::takeFrom(copy);
}

QByteArray normalized(const QByteArray& typed)
{
    return bytesOf(RecoveryCode::normalize(secretOf(typed)));
}

const QByteArray kCanonical = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

class TestRecoveryCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedCodeHasDisplayShape()
    {
        const QByteArray code = bytesOf(RecoveryCode::generate());
        static const QRegularExpression shape(u"^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$"_qs);
        QVERIFY2(shape.match(QString::fromLatin1(code)).hasMatch(), code.constData());
        QCOMPARE(code.size(), 39);
    }

    void generatedCodesDifferAndUseTheWholeAlphabet()
    {
        QSet<QByteArray> codes;
        QSet<char> seen;
        for (int i = 0; i < 60; ++i) {
            const QByteArray code = bytesOf(RecoveryCode::generate());
            codes.insert(code);
            for (char c : code)
                seen.insert(c);
        }
        QCOMPARE(codes.size(), 60);
        seen.remove('-');
        // 1,920 characters: missing any of the 32 by chance has a probability below 1e-20.
        QCOMPARE(seen.size(), 32);
    }

    void generatedCodeNormalizesToItsCharacters()
    {
        const QByteArray code = bytesOf(RecoveryCode::generate());
        QByteArray expected = code;
        expected.replace('-', "");
        QCOMPARE(normalized(code), expected);
        QCOMPARE(normalized(normalized(code)), expected);
    }

    void acceptsWhatPeopleType()
    {
        QCOMPARE(normalized(kCanonical), kCanonical);
        QCOMPARE(normalized("abcd-efgh-ijkl-mnop-qrst-uvwx-yz23-4567"), kCanonical);
        QCOMPARE(normalized("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"), kCanonical);
        QCOMPARE(normalized("  AbCd--eFgH ijklmnop\tQRST\r\nUVWX-YZ-23-45-67 "), kCanonical);
        QCOMPARE(normalized("A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T-U-V-W-X-Y-Z-2-3-4-5-6-7"),
                 kCanonical);
    }

    void foldsLookAlikeDigits()
    {
        // 0, 1 and 8 are not base32 digits: they can only have been meant as O, I and B.
        QCOMPARE(normalized("ABCDEFGH1JKLMN0PQRSTUVWXYZ234567"), kCanonical);
        QCOMPARE(normalized("A8CDEFGHIJKLMNOPQRSTUVWXYZ234567"), kCanonical);
        QCOMPARE(normalized("a8cd-efgh-1jkl-mn0p-qrst-uvwx-yz23-4567"), kCanonical);
        // L is a real base32 letter and stays L.
        QCOMPARE(normalized("LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL"), QByteArray(32, 'L'));
    }

    void rejectsWrongLength()
    {
        QVERIFY(normalized("").isEmpty());
        QVERIFY(normalized("----  ----").isEmpty());
        QVERIFY(normalized(kCanonical.left(31)).isEmpty());
        QVERIFY(normalized(kCanonical + "A").isEmpty());
        QVERIFY(normalized("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23").isEmpty());
        QVERIFY(normalized("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD").isEmpty());
    }

    void rejectsCharactersOutsideTheAlphabet()
    {
        QByteArray withNine = kCanonical;
        withNine[5] = '9';
        QVERIFY(normalized(withNine).isEmpty());
        QVERIFY(normalized(kCanonical.left(31) + "=").isEmpty());
        QVERIFY(normalized(kCanonical.left(31) + "_").isEmpty());
        QVERIFY(normalized(kCanonical.left(31) + ".").isEmpty());
        QVERIFY(normalized(kCanonical.left(30) + QStringLiteral("Ä").toUtf8()).isEmpty());
        QVERIFY(normalized(kCanonical.left(31) + QByteArray(1, '\0')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCode)
#include "tst_RecoveryCode.moc"
