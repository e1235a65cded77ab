// The SQL for questionnaire check-ins: answers stored as "0,1,2,…", listed oldest first.
#pragma once

#include "core/Error.h"
#include "core/model/CheckIn.h"

#include <QList>

namespace aftercare::core {

class Database;

class CheckInTable
{
public:
    static Result<QList<CheckIn>> list(Database& db);
    static Result<bool> exists(Database& db, const QString& id);
    // Expects a validated check-in; AlreadyExists when the id is taken.
    static Status insert(Database& db, const CheckIn& checkIn);
    static Status remove(Database& db, const QString& id); // NotFound when absent
};

} // namespace aftercare::core
