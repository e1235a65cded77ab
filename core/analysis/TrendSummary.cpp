#include "core/analysis/TrendSummary.h"

#include <cmath>
#include <QJsonValue>

namespace aftercare::core {

namespace {

std::optional<LatestScore> latest(const AnalysisContext& ctx, Instrument instrument)
{
    const CheckIn* c = ctx.latestCheckIn(instrument);
    if (!c)
        return std::nullopt;
    const auto score = Scoring::score(*c);
    if (!score)
        return std::nullopt;
    return LatestScore{c->id, c->takenAt, *score};
}

template <typename E> QJsonObject countsJson(const CountsBy<E>& counts)
{
    QJsonObject out;
    for (E v : allValues<E>())
        out.insert(keyOf(v), counts[std::size_t(v)]);
    return out;
}

QJsonValue scoreJson(const std::optional<LatestScore>& s)
{
    if (!s)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), s->checkInId},
                       {QStringLiteral("taken_at"), s->takenAt.toString(Qt::ISODate)},
                       {QStringLiteral("total"), s->score.total},
                       {QStringLiteral("band"), Scoring::bandKey(s->score.band)},
                       {QStringLiteral("self_harm_flag"), s->score.selfHarmFlag}};
}

} // namespace

TrendSummary TrendSummary::compute(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                                   const QDateTime& asOf, int days)
{
    return compute(AnalysisContext(entries, checkIns, {}, asOf), days);
}

TrendSummary TrendSummary::compute(const AnalysisContext& ctx, int days)
{
    TrendSummary s;
    s.asOf = ctx.asOf();
    s.windowDays = std::max(days, 0);
    const auto facts = days > 0 ? ctx.entriesIn(ctx.lastDays(days)) : ctx.entries();
    s.entries = int(facts.size());
    for (const EntryFact& f : facts) {
        s.distressing += f.distressing ? 1 : 0;
        if (f.entry->tears)
            ++s.tears[std::size_t(*f.entry->tears)];
        if (f.entry->tension)
            ++s.tension[std::size_t(*f.entry->tension)];
    }
    s.latestPhq9 = latest(ctx, Instrument::Phq9);
    s.latestGad7 = latest(ctx, Instrument::Gad7);
    return s;
}

QJsonObject toJson(const TrendSummary& s)
{
    return QJsonObject{
        {QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate)},
        {QStringLiteral("window_days"), s.windowDays},
        {QStringLiteral("entries"), s.entries},
        {QStringLiteral("distressing"), s.distressing},
        {QStringLiteral("distressing_share"), std::round(s.distressingShare() * 1000.0) / 1000.0},
        {QStringLiteral("tears"), countsJson<Tears>(s.tears)},
        {QStringLiteral("tension"), countsJson<Tension>(s.tension)},
        {QStringLiteral("latest_phq9"), scoreJson(s.latestPhq9)},
        {QStringLiteral("latest_gad7"), scoreJson(s.latestGad7)}};
}

} // namespace aftercare::core
