// The overview of a therapist summary: how many episodes, how the five questions were answered,
// and which reasons, emotions and signs came up most.
#include "core/analysis/Distress.h"
#include "core/report/ReportLabels.h"
#include "core/report/ReportParts.h"

#include <algorithm>
#include <array>

namespace aftercare::core::ReportParts {

using ReportLabels::Text;

namespace {

template <typename E> struct Tally
{
    std::array<int, std::size_t(vocabularySize<E>())> counts{};
    int answered = 0;

    void add(const std::optional<E>& value)
    {
        if (!value)
            return;
        ++counts[std::size_t(*value)];
        ++answered;
    }
    void add(const EnumSet<E>& values)
    {
        for (E v : values.values())
            ++counts[std::size_t(v)];
    }

    ReportMix mix(const QString& title) const
    {
        ReportMix out{title, {}, answered};
        for (E v : allValues<E>())
            out.counts << ReportCount{keyOf(v), ReportLabels::label(v), counts[std::size_t(v)]};
        return out;
    }

    // Only what was mentioned, most frequent first; ties keep vocabulary order.
    QList<ReportCount> ranked() const
    {
        QList<ReportCount> out;
        for (E v : allValues<E>()) {
            if (counts[std::size_t(v)] > 0)
                out << ReportCount{keyOf(v), ReportLabels::label(v), counts[std::size_t(v)]};
        }
        std::ranges::stable_sort(
            out, [](const ReportCount& a, const ReportCount& b) { return a.count > b.count; });
        return out;
    }
};

} // namespace

ReportOverview overview(const QList<Entry>& entries)
{
    Tally<Timing> timing;
    Tally<Tears> tears;
    Tally<Tension> tension;
    Tally<ResponseKind> kind;
    Tally<Thoughts> thoughts;
    Tally<Reason> reasons;
    Tally<Emotion> emotions;
    Tally<DepressionSign> signs;
    std::array<int, Entry::maxPain + 1> pain{};
    int botherSum = 0;

    ReportOverview out;
    out.episodes = int(entries.size());
    for (const Entry& entry : entries) {
        out.distressing += Distress::isDistressing(entry) ? 1 : 0;
        timing.add(entry.timing);
        tears.add(entry.tears);
        tension.add(entry.tension);
        kind.add(entry.responseKind);
        thoughts.add(entry.thoughts);
        reasons.add(entry.reasons);
        emotions.add(entry.emotions);
        signs.add(entry.depressionSigns);
        out.entriesWithDepressionSigns += entry.depressionSigns.isEmpty() ? 0 : 1;
        if (entry.pain && *entry.pain >= 0 && *entry.pain <= Entry::maxPain)
            ++pain[std::size_t(*entry.pain)];
        out.traumaEpisodes += entry.traumaReliving == TraumaReliving::Yes ? 1 : 0;
        out.traumaUnsure += entry.traumaReliving == TraumaReliving::Unsure ? 1 : 0;
        out.postpartumEpisodes += entry.postpartum.value_or(false) ? 1 : 0;
        if (entry.bother) {
            ++out.botherAnswered;
            botherSum += *entry.bother;
        }
    }

    out.distressingMeaning =
        Text::tr("Distressing means tension got worse, thoughts were sad, it bothered the "
                 "person quite a lot or more, it felt like reliving trauma, or limits were not "
                 "respected.");
    out.timing = timing.mix(Text::tr("When it happened"));
    out.tears = tears.mix(Text::tr("Tears"));
    out.tension = tension.mix(Text::tr("Tension afterwards"));
    out.responseKind = kind.mix(Text::tr("Emotional or physical"));
    out.thoughts = thoughts.mix(Text::tr("Thoughts at the time"));
    out.reasons = reasons.ranked();
    out.emotions = emotions.ranked();
    out.depressionSigns = signs.ranked();

    out.pain.title = Text::tr("Pain");
    for (int level = 1; level <= Entry::maxPain; ++level) {
        out.pain.counts << ReportCount{QString::number(level), ReportLabels::painLabel(level),
                                       pain[std::size_t(level)]};
        out.painEpisodes += pain[std::size_t(level)];
    }
    out.pain.answered = out.painEpisodes + pain[0];
    out.averageBother = out.botherAnswered ? double(botherSum) / out.botherAnswered : 0.0;
    return out;
}

} // namespace aftercare::core::ReportParts
