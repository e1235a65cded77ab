#include "core/storage/SafetyPlanStore.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace aftercare::core::SafetyPlanStore {

Result<SafetyPlan> load(const JournalStore& store)
{
    auto text = store.setting(settingKey);
    if (!text)
        return std::unexpected(text.error());
    if (text->trimmed().isEmpty())
        return SafetyPlan{};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::Kind::Damaged,
                    QStringLiteral("the saved safety plan could not be read; it has been left "
                                   "as it is"));
    return SafetyPlan::fromJson(doc.object());
}

Status save(JournalStore& store, const SafetyPlan& plan)
{
    const SafetyPlan tidy = plan.tidied();
    if (tidy.isEmpty())
        return store.setSetting(settingKey, QString());
    return store.setSetting(
        settingKey, QString::fromUtf8(QJsonDocument(tidy.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace aftercare::core::SafetyPlanStore
