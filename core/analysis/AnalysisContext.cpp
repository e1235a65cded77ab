#include "core/analysis/AnalysisContext.h"

#include "core/analysis/Distress.h"
#include "core/analysis/Scoring.h"

#include <algorithm>

namespace aftercare::core {

namespace {

template <typename Fact> void sortByTime(std::vector<Fact>& facts)
{
    // The store hands entries newest first; reversing first makes the sort a cheap check.
    if (facts.size() > 1 && facts.front().atMs > facts.back().atMs)
        std::ranges::reverse(facts);
    std::ranges::stable_sort(facts, {}, &Fact::atMs);
}

} // namespace

AnalysisContext::AnalysisContext(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                                 const QList<Partner>& partners, const QDateTime& asOf)
    : m_asOf(resolveAsOf(asOf)), m_partners(partners)
{
    const qint64 asOfMs = m_asOf.toMSecsSinceEpoch();
    m_entries.reserve(std::size_t(entries.size()));
    for (const Entry& e : entries) {
        if (!e.occurredAt.isValid())
            continue;
        const qint64 at = e.occurredAt.toMSecsSinceEpoch();
        if (at > asOfMs)
            continue;
        m_entries.push_back(EntryFact{at, &e, Distress::isDistressing(e)});
    }
    sortByTime(m_entries);

    for (const CheckIn& c : checkIns) {
        if (!c.takenAt.isValid() || !Scoring::isScorable(c))
            continue;
        const qint64 at = c.takenAt.toMSecsSinceEpoch();
        if (at > asOfMs)
            continue;
        (c.instrument == Instrument::Phq9 ? m_phq9 : m_gad7).push_back(CheckInFact{at, &c});
    }
    sortByTime(m_phq9);
    sortByTime(m_gad7);
}

template <typename Fact>
std::span<const Fact> AnalysisContext::slice(const std::vector<Fact>& facts, const Window& window)
{
    const qint64 startMs = window.start.toMSecsSinceEpoch();
    const qint64 endMs = window.end.toMSecsSinceEpoch();
    const auto first = std::ranges::upper_bound(facts, startMs, {}, &Fact::atMs);
    const auto last = std::ranges::upper_bound(facts, endMs, {}, &Fact::atMs);
    if (first >= last)
        return {};
    return {first, last};
}

std::span<const EntryFact> AnalysisContext::entriesIn(const Window& window) const
{
    return slice(m_entries, window);
}

std::span<const CheckInFact> AnalysisContext::checkIns(Instrument instrument) const
{
    return instrument == Instrument::Phq9 ? m_phq9 : m_gad7;
}

std::span<const CheckInFact> AnalysisContext::checkInsIn(Instrument instrument,
                                                         const Window& window) const
{
    return slice(instrument == Instrument::Phq9 ? m_phq9 : m_gad7, window);
}

const CheckIn* AnalysisContext::latestCheckIn(Instrument instrument, const Window& window) const
{
    const auto facts = checkInsIn(instrument, window);
    return facts.empty() ? nullptr : facts.back().checkIn;
}

const CheckIn* AnalysisContext::latestCheckIn(Instrument instrument) const
{
    const auto facts = checkIns(instrument);
    return facts.empty() ? nullptr : facts.back().checkIn;
}

QString AnalysisContext::partnerLabel(const QString& partnerId) const
{
    for (const Partner& p : m_partners) {
        if (p.id == partnerId)
            return p.label;
    }
    return {};
}

} // namespace aftercare::core
