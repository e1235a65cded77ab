// Unlocking cost: Argon2id with the standard and the test profiles, and opening the store with
// an already-unwrapped key (what remains once the key derivation is done).
#include "core/crypto/KdfProfile.h"
#include "tests/support/TestJournal.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::core;

class BenchUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlock_data()
    {
        QTest::addColumn<bool>("standard");
        QTest::newRow("argon2id-standard") << true;
        QTest::newRow("argon2id-fast-for-tests") << false;
    }

    void unlock()
    {
        QFETCH(bool, standard);
        test::TestJournal t;
        const SecretBytes passphrase = SecretBytes::fromUtf8(QString::fromUtf8(test::kPassphrase));
        {
            auto created =
                Journal::create(t.dir(), passphrase,
                                standard ? KdfProfile::standard() : KdfProfile::fastForTests());
            QVERIFY(created);
        }
        QBENCHMARK
        {
            auto journal = Journal::unlock(t.dir(), passphrase);
            QVERIFY(journal);
        }
    }
};

QTEST_GUILESS_MAIN(BenchUnlock)
#include "bench_Unlock.moc"
