// The SQL for partners: labels are trimmed, non-empty and unique ignoring case.
#pragma once

#include "core/Error.h"
#include "core/model/Partner.h"

#include <QList>

namespace aftercare::core {

class Database;

class PartnerTable
{
public:
    static Result<QList<Partner>> list(Database& db);
    static Result<bool> exists(Database& db, const QString& id);
    // The label as it will be stored, or InvalidInput naming `label` when it is empty.
    static Result<QString> cleanLabel(const QString& label);
    // Expects a valid id and a clean label; refuses a label another partner already uses.
    static Status insert(Database& db, const Partner& partner);
    static Status rename(Database& db, const QString& id, const QString& label);
    // Returns how many entries lose their partner (the foreign key sets them to none).
    static Result<int> remove(Database& db, const QString& id);
};

} // namespace aftercare::core
