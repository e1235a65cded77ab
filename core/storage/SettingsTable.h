// The SQL for the small key/value settings kept inside the encrypted database (private
// preferences, trusted contacts) rather than in a plain settings file.
#pragma once

#include "core/Error.h"

#include <QString>

namespace aftercare::core {

class Database;

class SettingsTable
{
public:
    static Result<QString> value(Database& db, const QString& key, const QString& fallback);
    static Status setValue(Database& db, const QString& key, const QString& value);
};

} // namespace aftercare::core
