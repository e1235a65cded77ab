#include "core/storage/SettingsTable.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace aftercare::core {

Result<QString> SettingsTable::value(Database& db, const QString& key, const QString& fallback)
{
    auto s =
        db.prepare("SELECT value FROM settings WHERE key = ?", QStringLiteral("read a setting"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, key);
    const auto row = s->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? s->text(0) : fallback;
}

Status SettingsTable::setValue(Database& db, const QString& key, const QString& value)
{
    auto s = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                        QStringLiteral("save the setting"));
    if (!s)
        return std::unexpected(s.error());
    s->bind(1, key).bind(2, value);
    return s->run();
}

} // namespace aftercare::core
