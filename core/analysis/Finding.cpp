#include "core/analysis/Finding.h"

#include <QJsonArray>

namespace aftercare::core {

namespace {
constexpr const char* severityKeys[] = {"info", "consider", "talk", "urgent"};
} // namespace

QString severityKey(Severity severity)
{
    return QLatin1StringView(severityKeys[int(severity)]);
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (int i = 0; i < int(std::size(severityKeys)); ++i) {
        if (key == QLatin1StringView(severityKeys[i]))
            return Severity(i);
    }
    return std::nullopt;
}

bool findingComesBefore(const Finding& a, const Finding& b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    return a.id < b.id;
}

QJsonObject toJson(const Finding& finding)
{
    const QJsonObject evidence{
        {QStringLiteral("entries"), QJsonArray::fromStringList(finding.evidenceEntryIds)},
        {QStringLiteral("check_ins"), QJsonArray::fromStringList(finding.evidenceCheckInIds)}};
    const QJsonObject window{{QStringLiteral("start"), finding.window.start.toString(Qt::ISODate)},
                             {QStringLiteral("end"), finding.window.end.toString(Qt::ISODate)},
                             {QStringLiteral("days"), finding.window.days}};
    return QJsonObject{
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("severity"), severityKey(finding.severity)},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("explanation"), finding.explanation},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("window"), window},
        {QStringLiteral("guide_topics"), QJsonArray::fromStringList(finding.guideTopics)}};
}

} // namespace aftercare::core
