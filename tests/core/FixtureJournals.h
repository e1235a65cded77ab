// The journal databases of older schema versions in tests/data (see its README) and the fixed
// test key they are encrypted with.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QFile>
#include <QTemporaryDir>

namespace aftercare::test {

// Test data, not a secret.
inline const char* const kFixtureKeyHex =
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
inline const char* const kFixtureV1 = "journal-v1.db";
inline const char* const kFixtureV2 = "journal-v2.db";
inline const char* const kFixtureV3 = "journal-v3.db";

inline core::SecretBytes fixtureKey()
{
    QByteArray raw = QByteArray::fromHex(kFixtureKeyHex);
    return core::SecretBytes::takeFrom(raw);
}

// A private copy of a fixture as `dir`/journal.db, so a test can never change tests/data;
// empty when the fixture is missing.
inline QString copyFixture(const QTemporaryDir& dir, const char* name)
{
    const QString source = QStringLiteral(AFTERCARE_TEST_DATA_DIR "/") + QLatin1StringView(name);
    const QString target = dir.path() + QStringLiteral("/journal.db");
    if (!QFile::copy(source, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace aftercare::test
