// The entries, check-ins and partners prepared once for analysis: each entry's instant and
// distress decided a single time and ordered oldest first, so that every finding and series
// can take "the last N days" as a slice by binary search instead of rescanning or copying.
#pragma once

#include "core/analysis/Window.h"
#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"

#include <QList>
#include <QString>
#include <span>
#include <vector>

namespace aftercare::core {

struct EntryFact
{
    qint64 atMs = 0;              // occurred_at, ms since the epoch
    const Entry* entry = nullptr; // points into the list the context was built from
    bool distressing = false;
};

struct CheckInFact
{
    qint64 atMs = 0;
    const CheckIn* checkIn = nullptr; // scorable check-ins only
};

class AnalysisContext
{
public:
    // The lists must outlive the context: facts point into them. Entries without a valid
    // occurred_at and entries after asOf are left out; so are check-ins that cannot be scored.
    // An invalid asOf means now from the process Clock.
    AnalysisContext(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                    const QList<Partner>& partners, const QDateTime& asOf = {});

    const QDateTime& asOf() const { return m_asOf; }
    const QList<Partner>& partners() const { return m_partners; }

    // Every entry up to asOf, oldest first.
    std::span<const EntryFact> entries() const { return m_entries; }
    std::span<const EntryFact> entriesIn(const Window& window) const;
    Window lastDays(int days) const { return Window::lastDays(m_asOf, days); }

    // Scorable check-ins of one instrument up to asOf, oldest first.
    std::span<const CheckInFact> checkIns(Instrument instrument) const;
    std::span<const CheckInFact> checkInsIn(Instrument instrument, const Window& window) const;
    // The newest scorable check-in of `instrument` inside `window`, or nullptr.
    const CheckIn* latestCheckIn(Instrument instrument, const Window& window) const;
    // The newest scorable check-in of `instrument` at or before asOf, or nullptr.
    const CheckIn* latestCheckIn(Instrument instrument) const;

    // The user's label for a partner id; empty when the id is unknown.
    QString partnerLabel(const QString& partnerId) const;

private:
    template <typename Fact>
    static std::span<const Fact> slice(const std::vector<Fact>& facts, const Window& window);

    QDateTime m_asOf;
    QList<Partner> m_partners; // implicitly shared, so keeping a copy is cheap
    std::vector<EntryFact> m_entries;
    std::vector<CheckInFact> m_phq9;
    std::vector<CheckInFact> m_gad7;
};

} // namespace aftercare::core
