// The journal's schema as an ordered list of upgrade steps, versioned with PRAGMA user_version.
// A new journal runs every step from version 0; an older one runs the steps it lacks.
#pragma once

#include "core/Error.h"

#include <functional>
#include <QList>

namespace aftercare::core {

class Database;

struct MigrationStep
{
    int version = 0; // the schema version this step produces
    const char* summary = "";
    std::function<Status(Database&)> apply;
};

class Migrations
{
public:
    static const QList<MigrationStep>& steps();
    static int currentVersion();

    // Applies every step above the file's user_version up to `targetVersion`, all in ONE
    // transaction with the new user_version, so a failure leaves the old schema and data intact.
    // Refuses a file newer than the steps know.
    static Status migrate(Database& db, int targetVersion = currentVersion());
    static Status migrate(Database& db, const QList<MigrationStep>& steps, int targetVersion);
};

} // namespace aftercare::core
