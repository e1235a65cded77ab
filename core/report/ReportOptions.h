// What the user chose for a therapist summary: the period, which sections to show, and what to
// keep private (notes and real partner labels stay out unless the user asks for them).
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace aftercare::core {

// The parts of the report after its cover, in the order they are printed.
enum class ReportSection
{
    Overview,
    Charts,
    Findings,
    CheckIns,
    Partners,
    Tags,
    Entries,
    Legend
};

// "overview", "charts", "findings", "checkins", "partners", "tags", "entries", "legend".
QString reportSectionKey(ReportSection section);
QList<ReportSection> allReportSections();
// Every section but Tags: the person's own labels ("during my period", "an argument before")
// are theirs to share, so that section is in a summary only when they ask for it.
QList<ReportSection> defaultReportSections();
// A comma-separated list of section keys (the command line's --sections); unknown keys are
// InvalidInput naming the key and listing the allowed ones. An empty list is refused too.
Result<QList<ReportSection>> parseReportSections(const QString& list);

struct ReportOptions
{
    // Calendar days in local time, both included. An invalid `from` means from the first
    // reflection; an invalid `to` means up to the day the report is made.
    QDate from;
    QDate to;
    QList<ReportSection> sections = defaultReportSections();
    // Off by default: notes and "what I was thinking" are the most private part of a journal.
    bool includeNotes = false;
    // Off by default: partners appear as "Partner A", "Partner B"… in order of first mention.
    bool realPartnerNames = false;
    // Off by default: a consent "no" is the person's to share, so the limits_not_respected
    // finding is in the summary only when they tick it for this export.
    bool includeConsentFinding = false;
    // Off by default: the safety plan is the user's own, for them; in the summary only when
    // ticked.
    bool includeSafetyPlan = false;
    // "What I would like to talk about", written by the user for this report only.
    QString talkAbout;

    bool has(ReportSection section) const { return sections.contains(section); }

    // The last `days` calendar days ending on `today` (today included).
    static ReportOptions lastDays(const QDate& today, int days);

    // The first and last instant the report covers: the start of `from`'s day (or an invalid
    // time when open) and the end of `to`'s day (or of `today` when `to` is unset).
    QDateTime periodStart() const;
    QDateTime periodEnd(const QDate& today) const;

    friend bool operator==(const ReportOptions&, const ReportOptions&) = default;
};

} // namespace aftercare::core
