#include "core/analysis/TrendSeries.h"

#include <algorithm>
#include <QHash>
#include <vector>

namespace aftercare::core {

namespace {

template <typename E> void count(CountsBy<E>& counts, const std::optional<E>& value)
{
    if (value)
        ++counts[std::size_t(*value)];
}

template <typename E> void count(CountsBy<E>& counts, const EnumSet<E>& set)
{
    for (std::uint32_t bits = set.bits(); bits != 0; bits &= bits - 1)
        ++counts[std::size_t(std::countr_zero(bits))];
}

int monthNumber(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

// Index of the period that `date` falls in, counted from the period of `first`.
qsizetype periodIndex(QDate date, QDate first, Period period)
{
    if (period == Period::Week)
        return qsizetype(first.daysTo(TrendSeries::periodStart(date, period)) / 7);
    return monthNumber(date) - monthNumber(first);
}

QList<ScorePoint> scorePoints(std::span<const CheckInFact> facts)
{
    QList<ScorePoint> out;
    out.reserve(qsizetype(facts.size()));
    for (const CheckInFact& f : facts) {
        const int total = Scoring::total(f.checkIn->answers);
        out << ScorePoint{f.checkIn->takenAt, f.checkIn->id, total,
                          Scoring::band(f.checkIn->instrument, total)};
    }
    return out;
}

// Tallies per partner in the journal's order; ids it does not know and "no partner" follow.
class PartnerTally
{
public:
    explicit PartnerTally(const QList<Partner>& partners)
    {
        for (const Partner& p : partners)
            slotFor(p.id).label = p.label;
    }

    PartnerShare& slotFor(const QString& id)
    {
        if (id.isEmpty())
            return m_none;
        const auto it = m_index.constFind(id);
        if (it != m_index.cend())
            return m_rows[*it];
        m_index.insert(id, m_rows.size());
        m_rows.push_back(PartnerShare{id, {}, 0, 0});
        return m_rows.back();
    }

    QList<PartnerShare> rowsWithEntries() const
    {
        QList<PartnerShare> out;
        for (const PartnerShare& row : m_rows) {
            if (row.entries > 0)
                out << row;
        }
        if (m_none.entries > 0)
            out << m_none;
        return out;
    }

private:
    QHash<QString, qsizetype> m_index;
    std::vector<PartnerShare> m_rows;
    PartnerShare m_none;
};

} // namespace

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::NoEntry:
        return QStringLiteral("no_entry");
    case DayKind::Calm:
        return QStringLiteral("calm");
    case DayKind::Distressing:
        return QStringLiteral("distressing");
    }
    return {};
}

QDate TrendSeries::periodStart(QDate date, Period period)
{
    if (period == Period::Week)
        return date.addDays(1 - date.dayOfWeek());
    return QDate(date.year(), date.month(), 1);
}

TrendSeries TrendSeries::build(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                               const QList<Partner>& partners, const QDateTime& asOf, Period period,
                               int days)
{
    return build(AnalysisContext(entries, checkIns, partners, asOf), period, days);
}

TrendSeries TrendSeries::build(const AnalysisContext& ctx, Period period, int days)
{
    TrendSeries s;
    s.period = period;
    s.window = days > 0 ? ctx.lastDays(days) : Window{QDateTime(), ctx.asOf(), 0};
    const auto facts = days > 0 ? ctx.entriesIn(s.window) : ctx.entries();

    // Each entry's local date is needed twice (range, then buckets); work it out once.
    std::vector<QDate> dates;
    dates.reserve(facts.size());
    s.lastDay = ctx.asOf().date();
    s.firstDay = days > 0 ? s.lastDay.addDays(1 - days) : s.lastDay;
    for (const EntryFact& f : facts) {
        dates.push_back(f.entry->occurredAt.date());
        s.firstDay = std::min(s.firstDay, dates.back());
        s.lastDay = std::max(s.lastDay, dates.back());
    }

    const QDate firstPeriod = periodStart(s.firstDay, period);
    s.periods.resize(periodIndex(s.lastDay, firstPeriod, period) + 1);
    for (qsizetype i = 0; i < s.periods.size(); ++i)
        s.periods[i].start =
            period == Period::Week ? firstPeriod.addDays(7 * i) : firstPeriod.addMonths(int(i));
    s.calendar.resize(s.firstDay.daysTo(s.lastDay) + 1);
    for (qsizetype i = 0; i < s.calendar.size(); ++i)
        s.calendar[i].date = s.firstDay.addDays(i);

    PartnerTally partnerTally(ctx.partners());
    s.depressionSigns.reserve(qsizetype(facts.size()));
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const EntryFact& f = facts[i];
        const Entry& e = *f.entry;
        PeriodPoint& p = s.periods[periodIndex(dates[i], firstPeriod, period)];
        ++p.episodes;
        p.distressing += f.distressing ? 1 : 0;
        count(p.tears, e.tears);
        count(p.tension, e.tension);
        count(p.thoughts, e.thoughts);
        count(p.responseKinds, e.responseKind);
        count(s.thoughts, e.thoughts);
        count(s.responseKinds, e.responseKind);
        count(s.reasons, e.reasons);
        count(s.emotions, e.emotions);
        s.depressionSigns << SignPoint{e.occurredAt, e.id, e.depressionSigns.size()};

        PartnerShare& partner = partnerTally.slotFor(e.partnerId);
        ++partner.entries;
        partner.distressing += f.distressing ? 1 : 0;

        CalendarDay& day = s.calendar[s.firstDay.daysTo(dates[i])];
        ++day.entries;
        if (f.distressing)
            day.kind = DayKind::Distressing;
        else if (day.kind == DayKind::NoEntry)
            day.kind = DayKind::Calm;
    }
    s.partners = partnerTally.rowsWithEntries();

    const auto checkIns = [&](Instrument instrument) {
        return days > 0 ? ctx.checkInsIn(instrument, s.window) : ctx.checkIns(instrument);
    };
    s.phq9 = scorePoints(checkIns(Instrument::Phq9));
    s.gad7 = scorePoints(checkIns(Instrument::Gad7));
    return s;
}

} // namespace aftercare::core
