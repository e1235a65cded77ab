#include "core/analysis/FindingSupport.h"

namespace aftercare::core::FindingSupport {

QString bandWords(Band band)
{
    switch (band) {
    case Band::Minimal:
        return Text::tr("minimal");
    case Band::Mild:
        return Text::tr("mild");
    case Band::Moderate:
        return Text::tr("moderate");
    case Band::ModeratelySevere:
        return Text::tr("moderately severe");
    case Band::Severe:
        return Text::tr("severe");
    }
    return {};
}

bool anyLimitsInDoubt(std::span<const EntryFact> facts, const QStringList& ids)
{
    for (const EntryFact& f : facts) {
        const auto limits = f.entry->limitsRespected;
        if (limits && *limits != LimitsRespected::Yes && ids.contains(f.entry->id))
            return true;
    }
    return false;
}

Finding makeFinding(const char* id, Severity severity, const Window& window, FindingWords title,
                    FindingWords explanation, QStringList entryIds, QStringList checkInIds,
                    QStringList guideTopics)
{
    Finding f;
    f.id = QLatin1StringView(id);
    f.severity = severity;
    f.title = std::move(title.app);
    f.explanation = std::move(explanation.app);
    f.reportTitle = std::move(title.report);
    f.reportExplanation = std::move(explanation.report);
    f.evidenceEntryIds = std::move(entryIds);
    f.evidenceCheckInIds = std::move(checkInIds);
    f.window = window;
    f.guideTopics = std::move(guideTopics);
    return f;
}

} // namespace aftercare::core::FindingSupport
