#include "core/model/SafetyPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace aftercare::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SafetyPlan)
};

} // namespace

QString SafetyPlan::title(Section section)
{
    switch (section) {
    case Section::WarningSigns:
        return Text::tr("Signs that things are getting harder");
    case Section::Coping:
        return Text::tr("Things I can do on my own to feel calmer");
    case Section::Distractions:
        return Text::tr("People and places that take my mind off things");
    case Section::People:
        return Text::tr("People I can ask for help");
    case Section::Professionals:
        return Text::tr("Professionals and crisis lines");
    case Section::SafeEnvironment:
        return Text::tr("Making my surroundings safer");
    case Section::ReasonsForLiving:
        return Text::tr("What matters to me and keeps me going");
    }
    return {};
}

bool SafetyPlan::isEmpty() const
{
    for (const QStringList& list : items) {
        for (const QString& item : list) {
            if (!item.trimmed().isEmpty())
                return false;
        }
    }
    return true;
}

SafetyPlan SafetyPlan::tidied() const
{
    SafetyPlan out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (const QString& item : items[i]) {
            if (const QString t = item.trimmed(); !t.isEmpty())
                out.items[i] << t;
        }
    }
    return out;
}

QLatin1StringView SafetyPlan::key(Section section)
{
    switch (section) {
    case Section::WarningSigns:
        return QLatin1StringView("warning_signs");
    case Section::Coping:
        return QLatin1StringView("coping");
    case Section::Distractions:
        return QLatin1StringView("distractions");
    case Section::People:
        return QLatin1StringView("people");
    case Section::Professionals:
        return QLatin1StringView("professionals");
    case Section::SafeEnvironment:
        return QLatin1StringView("safe_environment");
    case Section::ReasonsForLiving:
        return QLatin1StringView("reasons_for_living");
    }
    return {};
}

QJsonObject SafetyPlan::toJson() const
{
    QJsonObject out;
    for (Section s : sections)
        out.insert(key(s), QJsonArray::fromStringList((*this)[s]));
    return out;
}

Result<SafetyPlan> SafetyPlan::fromJson(const QJsonObject& object, const QString& path)
{
    SafetyPlan plan;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (Section s : sections)
            known = known || it.key() == key(s);
        if (!known)
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("%1.%2: is not a section of a safety plan (allowed: "
                                       "warning_signs, coping, distractions, people, "
                                       "professionals, safe_environment, reasons_for_living)")
                            .arg(path, it.key()));
    }
    for (Section s : sections) {
        const QJsonValue value = object.value(key(s));
        if (value.isUndefined() || value.isNull())
            continue;
        const QString where = path + u'.' + key(s);
        if (!value.isArray())
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("%1: must be a list of strings").arg(where));
        const QJsonArray array = value.toArray();
        if (array.size() > maxItems)
            return fail(Error::Kind::InvalidInput,
                        QStringLiteral("%1: has %2 items; a section holds at most %3")
                            .arg(where)
                            .arg(array.size())
                            .arg(maxItems));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString())
                return fail(Error::Kind::InvalidInput,
                            QStringLiteral("%1[%2]: must be a string").arg(where).arg(i));
            const QString item = array[i].toString();
            if (item.size() > maxItemLength)
                return fail(Error::Kind::InvalidInput,
                            QStringLiteral("%1[%2]: is %3 characters long; an item holds at "
                                           "most %4")
                                .arg(where)
                                .arg(i)
                                .arg(item.size())
                                .arg(maxItemLength));
            plan[s] << item;
        }
    }
    return plan.tidied();
}

} // namespace aftercare::core
