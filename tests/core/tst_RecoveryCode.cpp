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

// A code of the earlier form (RFC 4648 base32, 8 groups of 4), as journals made before the
// current form hold them.
const QByteArray kCanonical = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// A code of the current form and the canonical form its bits have (worked out once from
// generate() and normalize(); it pins the alphabet, the bit order and the check).
const QByteArray kCurrent = "E5K77-10Y07-C4GBB-WPSZX-DDA7K-EV1SG-TGSMZ";
const QByteArray kCurrentCanonical = "OFTHHBA6AHMEQLL4WZ75NNKHTO3BZQ2Q";

// The current alphabet: Crockford's base32, no I, L, O or U.
const QRegularExpression kDisplayShape(u"^([0-9A-HJKMNP-TV-Z]{5}-){6}[0-9A-HJKMNP-TV-Z]{5}$"_qs);

} // namespace

class TestRecoveryCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedCodeHasDisplayShape()
    {
        const QByteArray code = bytesOf(RecoveryCode::generate());
        QVERIFY2(kDisplayShape.match(QString::fromLatin1(code)).hasMatch(), code.constData());
        QCOMPARE(code.size(), 41);
        for (char lookAlike : {'I', 'L', 'O', 'U'})
            QVERIFY(!code.contains(lookAlike));
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
        // 2,100 characters: missing any of the 32 by chance has a probability below 1e-20.
        QCOMPARE(seen.size(), 32);
    }

    void generatedCodeNormalizesToACanonicalForm()
    {
        const QByteArray code = bytesOf(RecoveryCode::generate());
        const QByteArray canonical = normalized(code);
        QCOMPARE(canonical.size(), qsizetype(RecoveryCode::canonicalLength));
        QVERIFY(QRegularExpression(u"^[A-Z2-7]{32}$"_qs)
                    .match(QString::fromLatin1(canonical))
                    .hasMatch());
        // The canonical form is itself accepted (as a code of the earlier form) unchanged, so
        // normalising twice is harmless.
        QCOMPARE(normalized(canonical), canonical);
    }

    void currentCodeIsPinned()
    {
        QVERIFY(kDisplayShape.match(QString::fromLatin1(kCurrent)).hasMatch());
        QCOMPARE(normalized(kCurrent), kCurrentCanonical);
    }

    void currentCodeAcceptsWhatPeopleType()
    {
        QByteArray loose = kCurrent.toLower();
        loose.replace('-', "  ");
        QCOMPARE(normalized(loose), kCurrentCanonical);
        QByteArray bare = kCurrent;
        bare.replace('-', "");
        QCOMPARE(normalized(bare), kCurrentCanonical);
        // Look-alikes: O for 0, I or L for 1, in either case.
        QByteArray lookAlikes = kCurrent;
        lookAlikes.replace('0', 'O').replace('1', 'l');
        QCOMPARE(normalized(lookAlikes), kCurrentCanonical);
        lookAlikes = kCurrent;
        lookAlikes.replace('0', 'o').replace('1', 'I');
        QCOMPARE(normalized(lookAlikes), kCurrentCanonical);
    }

    void currentCodeCatchesATypo()
    {
        // Every single changed character, and every swap of two neighbours that differ.
        QByteArray bare = kCurrent;
        bare.replace('-', "");
        const QByteArray alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int typos = 0;
        for (qsizetype i = 0; i < bare.size(); ++i) {
            QByteArray typo = bare;
            typo[i] = alphabet.at((alphabet.indexOf(bare.at(i)) + 7) % alphabet.size());
            QVERIFY2(normalized(typo).isEmpty(), typo.constData());
            ++typos;
            if (i + 1 < bare.size() && bare.at(i) != bare.at(i + 1)) {
                QByteArray swapped = bare;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(normalized(swapped).isEmpty(), swapped.constData());
            }
        }
        QCOMPARE(typos, 35);
    }

    void earlierCodesKeepWorking()
    {
        QCOMPARE(normalized(kCanonical), kCanonical);
        QCOMPARE(normalized("abcd-efgh-ijkl-mnop-qrst-uvwx-yz23-4567"), kCanonical);
        QCOMPARE(normalized("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"), kCanonical);
        QCOMPARE(normalized("  AbCd--eFgH ijklmnop\tQRST\r\nUVWX-YZ-23-45-67 "), kCanonical);
        QCOMPARE(normalized("A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T-U-V-W-X-Y-Z-2-3-4-5-6-7"),
                 kCanonical);
    }

    void earlierCodesFoldLookAlikeDigits()
    {
        // 0, 1 and 8 are not in that alphabet: they can only have been meant as O, I and B.
        QCOMPARE(normalized("ABCDEFGH1JKLMN0PQRSTUVWXYZ234567"), kCanonical);
        QCOMPARE(normalized("A8CDEFGHIJKLMNOPQRSTUVWXYZ234567"), kCanonical);
        QCOMPARE(normalized("a8cd-efgh-1jkl-mn0p-qrst-uvwx-yz23-4567"), kCanonical);
        // L is a real letter of that alphabet and stays L.
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
        QVERIFY(normalized(kCurrent.left(kCurrent.size() - 1)).isEmpty());
        QVERIFY(normalized(kCurrent + "0").isEmpty());
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
        QByteArray withU = kCurrent;
        withU[0] = 'U'; // not in Crockford's alphabet, and not a look-alike of anything in it
        QVERIFY(normalized(withU).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCode)
#include "tst_RecoveryCode.moc"
