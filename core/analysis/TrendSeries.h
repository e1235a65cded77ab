// The data behind the Trends charts, built in one pass over the entries of a range: episodes per
// week or month with their mixes, what the reflections mention, scores over time, distress per
// partner and a calendar of days.
#pragma once

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Scoring.h"
#include "core/model/Vocabulary.h"

#include <array>
#include <QDate>
#include <QList>

namespace aftercare::core {

enum class Period
{
    Week,
    Month
};
enum class DayKind
{
    NoEntry,
    Calm,
    Distressing
};

// "no_entry", "calm", "distressing".
QString dayKindKey(DayKind kind);

template <typename E>
using CountsBy = std::array<int, std::size_t(vocabularySize<E>())>; // indexed by the enum value

struct PeriodPoint
{
    QDate start; // Monday of the ISO week, or the 1st of the month
    int episodes = 0;
    int distressing = 0;
    CountsBy<Tears> tears{};
    CountsBy<Tension> tension{};
    CountsBy<Thoughts> thoughts{};
    CountsBy<ResponseKind> responseKinds{};

    double distressingShare() const { return episodes ? double(distressing) / episodes : 0.0; }
    friend bool operator==(const PeriodPoint&, const PeriodPoint&) = default;
};

struct SignPoint
{
    QDateTime at;
    QString entryId;
    int signs = 0; // how many depression signs the entry ticked
};

struct ScorePoint
{
    QDateTime at;
    QString checkInId;
    int total = 0;
    Band band = Band::Minimal;
};

struct PartnerShare
{
    QString partnerId; // empty: entries with no partner
    QString label;     // the user's label; empty for no partner or an unknown id
    int entries = 0;
    int distressing = 0;

    double distressingShare() const { return entries ? double(distressing) / entries : 0.0; }
};

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::NoEntry;
    int entries = 0;
};

struct TrendSeries
{
    Period period = Period::Week;
    Window window; // days == 0 and an invalid start: everything up to asOf
    QDate firstDay;
    QDate lastDay;
    QList<PeriodPoint> periods; // every period from firstDay to lastDay, empty ones included
    CountsBy<Thoughts> thoughts{};
    CountsBy<ResponseKind> responseKinds{};
    CountsBy<Reason> reasons{};
    CountsBy<Emotion> emotions{};
    QList<SignPoint> depressionSigns; // one per entry, oldest first
    QList<ScorePoint> phq9;           // oldest first
    QList<ScorePoint> gad7;
    QList<PartnerShare> partners; // in the journal's partner order, then unknown ids, then none
    QList<CalendarDay> calendar;  // every day from firstDay to lastDay

    // The first day of the week (Monday) or month that `date` falls in.
    static QDate periodStart(QDate date, Period period);

    // Entries and check-ins of the last `days` days (0: all up to asOf), bucketed by each
    // entry's own local date. The days run from asOf's date back `days` − 1 days, widened if an
    // entry's local date falls outside because of its UTC offset.
    static TrendSeries build(const AnalysisContext& context, Period period, int days = 0);
    static TrendSeries build(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                             const QList<Partner>& partners, const QDateTime& asOf, Period period,
                             int days = 0);
};

} // namespace aftercare::core
