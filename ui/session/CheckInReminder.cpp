#include "ui/session/CheckInReminder.h"

#include "core/storage/JournalStore.h"

namespace aftercare::ui::CheckInReminder {

namespace {

const QString offValue = QStringLiteral("off");

bool dueSince(const QDateTime& last, const QDateTime& now)
{
    return !last.isValid() || last.addDays(intervalDays) <= now;
}

QDateTime newest(const QList<core::CheckIn>& checkIns)
{
    QDateTime last;
    for (const core::CheckIn& c : checkIns) {
        if (c.takenAt.isValid() && (!last.isValid() || c.takenAt > last))
            last = c.takenAt;
    }
    return last;
}

} // namespace

bool isDue(const QList<core::CheckIn>& checkIns, const QDateTime& now, bool enabled)
{
    return enabled && dueSince(newest(checkIns), now);
}

bool isDue(const core::JournalStore& store, const QDateTime& now)
{
    if (!isEnabled(store))
        return false;
    auto checkIns = store.checkIns();
    if (!checkIns)
        return false;
    QDateTime last = newest(*checkIns);
    const QDateTime dismissed = QDateTime::fromString(
        store.setting(QLatin1StringView(dismissedKey)).value_or(QString()), Qt::ISODate);
    if (dismissed.isValid() && (!last.isValid() || dismissed > last))
        last = dismissed;
    return dueSince(last, now);
}

bool isEnabled(const core::JournalStore& store)
{
    auto value = store.setting(QLatin1StringView(enabledKey));
    return value && value->trimmed() != offValue;
}

core::Status setEnabled(core::JournalStore& store, bool enabled)
{
    return store.setSetting(QLatin1StringView(enabledKey),
                            enabled ? QStringLiteral("on") : offValue);
}

core::Status dismiss(core::JournalStore& store, const QDateTime& now)
{
    return store.setSetting(QLatin1StringView(dismissedKey), now.toString(Qt::ISODate));
}

} // namespace aftercare::ui::CheckInReminder
