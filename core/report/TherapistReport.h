// The therapist summary as plain data, already worded and redacted the way it will be read:
// ui/report lays it out on pages, and nothing in it needs the journal any more.
#pragma once

#include "core/report/ReportOptions.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace aftercare::core {

struct ReportCover
{
    QString title;
    QString periodText;    // "1 September 2025 – 26 November 2025"
    QString generatedText; // "Made on 26 November 2025 at 21:30"
    QDateTime generatedAt;
    QString disclaimer;       // self-reported, not a diagnosis
    QString talkAbout;        // the user's own words; may be empty
    QStringList safetyPlan;   // "Section: item · item", only when the user chose to include it
    QStringList privacyNotes; // what the user chose to leave out, said plainly
};

struct ReportCount
{
    QString key; // the vocabulary key, e.g. "session"
    QString label;
    int count = 0;
};

// How the answers to one question were spread: `answered` entries gave an answer at all.
struct ReportMix
{
    QString title;
    QList<ReportCount> counts; // in vocabulary order, zeros included
    int answered = 0;
};

struct ReportOverview
{
    int episodes = 0;
    int distressing = 0;
    QString distressingMeaning; // what "distressing" means here, in one sentence
    ReportMix timing;
    ReportMix tears;
    ReportMix tension;
    ReportMix responseKind;
    ReportMix thoughts;
    ReportMix pain;                     // mild, moderate, severe (episodes with any pain)
    QList<ReportCount> reasons;         // most frequent first, only those mentioned
    QList<ReportCount> emotions;        // most frequent first, only those mentioned
    QList<ReportCount> depressionSigns; // how many reflections mentioned each sign
    int entriesWithDepressionSigns = 0;
    int painEpisodes = 0;   // pain 1 or more
    int traumaEpisodes = 0; // reliving trauma answered "yes"
    int traumaUnsure = 0;
    int postpartumEpisodes = 0;
    int botherAnswered = 0;
    double averageBother = 0.0; // over botherAnswered
};

struct ReportFinding
{
    QString id;
    QString severityKey; // "urgent", "talk", "consider", "info"
    QString severityLabel;
    QString title;
    QString explanation;        // what the app told the person, written about them
    QString windowText;         // "last 30 days before 26 Nov 2025"
    QList<QDate> evidenceDates; // oldest first, one per supporting entry or check-in
};

struct ReportCheckIn
{
    QDateTime takenAt;
    QString instrumentKey;  // "phq9", "gad7"
    QString instrumentName; // "PHQ-9"
    int total = 0;
    int maxTotal = 0;
    QString bandKey;
    QString bandLabel;
    bool selfHarmFlag = false; // PHQ-9 item 9 above 0
};

struct ReportPartner
{
    QString label; // "Partner A" unless real labels were chosen; "No partner recorded"
    bool isNoPartner = false;
    int episodes = 0;
    int distressing = 0;
    QList<ReportCount> responses; // how the partner responded, most frequent first
};

// One of the person's tags against the hard episodes of the period (core FactorAnalysis).
struct ReportTag
{
    QString label;   // the person's own label
    QString with;    // "7 of 9 distressing (78%)"; no percentage on fewer than 5
    QString without; // the same for the period's reflections without the tag
    QString verdict; // "Distress more common with it (p = 0.012)", "Not enough entries yet…"
    bool standsOut = false;
};

struct ReportEntryRow
{
    QDateTime occurredAt;
    QStringList cells; // one per TherapistReport::entryColumns
};

struct ReportNote
{
    QDateTime occurredAt;
    QString thoughts; // "what I was thinking"
    QString notes;
};

struct ReportLegendItem
{
    QString code;
    QString meaning;
};

struct ReportLegendGroup
{
    QString title;
    QList<ReportLegendItem> items;
};

struct ReportChartSeries
{
    QString key;           // stable, e.g. "relieved" or "phq9"
    QString name;          // shown in the legend
    QList<double> values;  // bars: one per category
    QList<QPointF> points; // lines: x = ms since the epoch, y = value
};

struct ReportChartMark
{
    double value = 0; // a horizontal reference line (a band's lower bound)
    QString label;
};

struct ReportChart
{
    enum class Kind
    {
        StackedBars,
        Lines
    };
    Kind kind = Kind::StackedBars;
    QString id;
    QString title;
    QString valueTitle;     // the y axis
    QStringList categories; // bars only
    QList<ReportChartSeries> series;
    QList<ReportChartMark> marks;
    double maxValue = 0; // y axis maximum
    double timeFrom = 0; // lines: the time axis, ms since the epoch
    double timeTo = 0;
    QString caption; // one sentence on how to read it
};

struct TherapistReport
{
    ReportOptions options;
    ReportCover cover;
    // True when the period holds no reflections and no check-ins: the report then says so
    // plainly and has no other sections.
    bool isEmpty = false;
    QString emptyText;

    ReportOverview overview;
    QList<ReportChart> charts;
    QString findingsIntro;
    QList<ReportFinding> findings; // most urgent first
    QList<ReportCheckIn> checkIns; // oldest first
    QString checkInsIntro;
    QList<ReportPartner> partners;
    // Only when the person chose the Tags section: one row per tag used in the period, and the
    // sentences that keep the numbers honest (what goes together, not what causes what).
    QList<ReportTag> tags;
    QStringList tagsNotes;
    QStringList entryColumns;
    QList<ReportEntryRow> entries; // oldest first
    QList<ReportNote> notes;       // only when options.includeNotes; oldest first
    QList<ReportLegendGroup> legend;

    bool has(ReportSection section) const { return !isEmpty && options.has(section); }
};

} // namespace aftercare::core
