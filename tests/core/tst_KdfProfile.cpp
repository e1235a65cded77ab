// The test profile is for test builds only: a Release build ignores AFTERCARE_KDF_PROFILE, so
// nothing in the environment can make an installed Aftercare seal a journal weakly.
#include "core/crypto/KdfProfile.h"

#include <QTest>

using namespace aftercare::core;

class TestKdfProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theVariableCountsOnlyOutsideReleaseBuilds()
    {
        qputenv("AFTERCARE_KDF_PROFILE", "fast-for-tests");
#ifdef NDEBUG
        QVERIFY(!KdfProfile::honoursTestEnvironment());
        QCOMPARE(KdfProfile::fromEnvironment(), KdfProfile::standard());
#else
        QVERIFY(KdfProfile::honoursTestEnvironment());
        QCOMPARE(KdfProfile::fromEnvironment(), KdfProfile::fastForTests());
#endif
        qunsetenv("AFTERCARE_KDF_PROFILE");
        QCOMPARE(KdfProfile::fromEnvironment(), KdfProfile::standard());
    }

    void receivedSettingsAreCappedBelowTheFormatsBounds()
    {
        QVERIFY(KdfProfile::standard().isBearable());
        QVERIFY((KdfProfile{10, std::size_t(1) << 30}).isBearable());
        QVERIFY(!(KdfProfile{11, 65536}).isBearable());
        QVERIFY(!(KdfProfile{1, (std::size_t(1) << 30) + 1}).isBearable());
        QVERIFY((KdfProfile{11, 65536}).isWithinLimits());
    }
};

QTEST_GUILESS_MAIN(TestKdfProfile)
#include "tst_KdfProfile.moc"
