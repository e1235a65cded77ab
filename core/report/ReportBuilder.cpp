#include "core/report/ReportBuilder.h"

#include "core/analysis/Distress.h"
#include "core/analysis/FindingRules.h"
#include "core/analysis/Findings.h"
#include "core/analysis/Scoring.h"
#include "core/i18n/DateFormats.h"
#include "core/report/ReportLabels.h"
#include "core/report/ReportLegend.h"
#include "core/report/ReportParts.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

namespace aftercare::core::ReportBuilder {

using ReportLabels::Text;

namespace {

// Month names in the language the report is worded in.
QString longDate(const QDate& date)
{
    return QLocale().toString(date, DateFormats::longDate());
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, DateFormats::shortDate());
}

QString tableDateTime(const QDateTime& at)
{
    return QLocale::c().toString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
}

template <typename E> QString cell(const std::optional<E>& value)
{
    return value ? ReportLabels::code(*value) : ReportLabels::notAnswered();
}

QString numberCell(const std::optional<int>& value)
{
    return value ? QString::number(*value) : ReportLabels::notAnswered();
}

// Each partner's label as the report shows it: the user's own, or a letter in order of first
// appearance (entries are sorted oldest first), so "Partner A" is whoever came up first.
QHash<QString, QString> partnerLabels(const QList<Entry>& entries, const QList<Partner>& partners,
                                      bool realNames)
{
    QHash<QString, QString> real;
    for (const Partner& p : partners)
        real.insert(p.id, p.label);
    QHash<QString, QString> out;
    for (const Entry& e : entries) {
        if (e.partnerId.isEmpty() || out.contains(e.partnerId))
            continue;
        const QString own = real.value(e.partnerId);
        out.insert(e.partnerId, realNames && !own.isEmpty()
                                    ? own
                                    : ReportLabels::partnerPseudonym(int(out.size())));
    }
    return out;
}

ReportCover cover(const ReportOptions& options, const QDate& firstDay, const QDate& lastDay,
                  const QDateTime& generatedAt)
{
    ReportCover c;
    c.title = Text::tr("Reflections on crying or low mood around sex");
    c.periodText = firstDay.isValid()
                       ? Text::tr("%1 – %2").arg(longDate(firstDay), longDate(lastDay))
                       : Text::tr("Everything up to %1").arg(longDate(lastDay));
    c.generatedAt = generatedAt;
    c.generatedText = Text::tr("Made on %1 at %2")
                          .arg(longDate(generatedAt.date()),
                               QLocale::c().toString(generatedAt.time(), QStringLiteral("HH:mm")));
    c.disclaimer = Text::tr("Self-reported by the person with the Aftercare journal; not a "
                            "diagnosis. The patterns it notes are prompts for conversation.");
    c.talkAbout = options.talkAbout.trimmed();
    c.privacyNotes << (options.includeNotes
                           ? Text::tr("Includes the person's own notes and thoughts.")
                           : Text::tr("Private notes and thoughts are not included."));
    if (!options.realPartnerNames)
        c.privacyNotes << Text::tr("Partners are not named; they appear as Partner A, B…");
    return c;
}

QList<ReportCheckIn> checkInRows(const QList<CheckIn>& checkIns)
{
    QList<ReportCheckIn> out;
    for (const CheckIn& c : checkIns) {
        const auto score = Scoring::score(c);
        if (!score)
            continue;
        out << ReportCheckIn{c.takenAt,
                             keyOf(c.instrument),
                             ReportLabels::label(c.instrument),
                             score->total,
                             c.instrument == Instrument::Phq9 ? Scoring::phq9MaxTotal
                                                              : Scoring::gad7MaxTotal,
                             Scoring::bandKey(score->band),
                             ReportLabels::bandLabel(score->band),
                             score->selfHarmFlag};
    }
    return out;
}

QList<ReportPartner> partnerRows(const QList<Entry>& entries, const QHash<QString, QString>& labels)
{
    struct Tally
    {
        ReportPartner row;
        std::array<int, std::size_t(vocabularySize<PartnerResponse>())> responses{};
    };
    QList<Tally> tallies;
    QHash<QString, qsizetype> index;
    Tally none;
    none.row.label = Text::tr("No partner recorded");
    none.row.isNoPartner = true;
    for (const Entry& e : entries) {
        Tally* t = &none;
        if (!e.partnerId.isEmpty()) {
            auto it = index.constFind(e.partnerId);
            if (it == index.cend()) {
                it = index.insert(e.partnerId, tallies.size());
                tallies << Tally{};
                tallies.last().row.label = labels.value(e.partnerId);
            }
            t = &tallies[*it];
        }
        ++t->row.episodes;
        t->row.distressing += Distress::isDistressing(e) ? 1 : 0;
        if (e.partnerResponse)
            ++t->responses[std::size_t(*e.partnerResponse)];
    }
    if (none.row.episodes > 0 && !tallies.isEmpty())
        tallies << none;

    QList<ReportPartner> out;
    for (Tally& t : tallies) {
        for (PartnerResponse r : allValues<PartnerResponse>()) {
            if (const int n = t.responses[std::size_t(r)])
                t.row.responses << ReportCount{keyOf(r), ReportLabels::label(r), n};
        }
        std::ranges::stable_sort(t.row.responses, [](const ReportCount& a, const ReportCount& b) {
            return a.count > b.count;
        });
        out << t.row;
    }
    return out;
}

ReportEntryRow entryRow(const Entry& e, const QHash<QString, QString>& labels)
{
    QStringList reasons;
    for (Reason r : e.reasons.values())
        reasons << ReportLabels::code(r);
    return ReportEntryRow{
        e.occurredAt,
        {tableDateTime(e.occurredAt), cell(e.timing), cell(e.tears), cell(e.tension),
         cell(e.traumaReliving), cell(e.responseKind), cell(e.thoughts),
         reasons.isEmpty() ? ReportLabels::notAnswered() : reasons.join(QStringLiteral(" ")),
         numberCell(e.pain), numberCell(e.bother),
         e.partnerId.isEmpty() ? ReportLabels::notAnswered() : labels.value(e.partnerId)}};
}

QStringList entryColumns()
{
    return {Text::tr("Date"),   Text::tr("Timing"), Text::tr("Tears"),    Text::tr("Tension"),
            Text::tr("Trauma"), Text::tr("Kind"),   Text::tr("Thoughts"), Text::tr("Reasons"),
            Text::tr("Pain"),   Text::tr("Bother"), Text::tr("Partner")};
}

} // namespace

QList<ReportFinding> findings(const QList<Entry>& entries, const QList<CheckIn>& checkIns,
                              const QList<Partner>& partners, const QDateTime& asOf)
{
    QHash<QString, QDate> dates;
    for (const Entry& e : entries)
        dates.insert(e.id, e.occurredAt.date());
    for (const CheckIn& c : checkIns)
        dates.insert(c.id, c.takenAt.date());

    QList<ReportFinding> out;
    for (const Finding& f : Findings::evaluate(entries, checkIns, partners, asOf)) {
        // In the summary's own voice, about the person (the app speaks to them as "you").
        ReportFinding row{f.id,
                          severityKey(f.severity),
                          ReportLabels::severityLabel(f.severity),
                          f.reportTitle,
                          f.reportExplanation,
                          {},
                          {}};
        if (f.window.days > 0)
            row.windowText = Text::tr("Looks at the %1 days up to %2")
                                 .arg(f.window.days)
                                 .arg(shortDate(f.window.end.date()));
        for (const QString& id : f.evidenceEntryIds + f.evidenceCheckInIds) {
            if (const QDate d = dates.value(id); d.isValid())
                row.evidenceDates << d;
        }
        std::ranges::sort(row.evidenceDates);
        out << row;
    }
    return out;
}

TherapistReport build(const Source& source, const ReportOptions& options,
                      const QDateTime& generatedAt)
{
    const QDateTime start = options.periodStart();
    const QDateTime end = options.periodEnd(generatedAt.date());
    const auto inPeriod = [&](const QDateTime& at) {
        return at.isValid() && (!start.isValid() || at >= start) && at <= end;
    };

    QList<Entry> entries;
    for (const Entry& e : source.entries) {
        if (inPeriod(e.occurredAt))
            entries << e;
    }
    std::ranges::stable_sort(
        entries, [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    QList<CheckIn> checkIns;
    for (const CheckIn& c : source.checkIns) {
        if (inPeriod(c.takenAt))
            checkIns << c;
    }
    std::ranges::stable_sort(
        checkIns, [](const CheckIn& a, const CheckIn& b) { return a.takenAt < b.takenAt; });

    // An open start begins at the first thing recorded, so the charts do not span empty years.
    QDate firstDay = options.from;
    if (!firstDay.isValid()) {
        if (!entries.isEmpty())
            firstDay = entries.first().occurredAt.date();
        if (!checkIns.isEmpty() &&
            (!firstDay.isValid() || checkIns.first().takenAt.date() < firstDay))
            firstDay = checkIns.first().takenAt.date();
    }
    const QDate lastDay = end.date();

    TherapistReport report;
    report.options = options;
    report.cover = cover(options, firstDay, lastDay, generatedAt);
    // Never in the summary unless the user ticked it for this export.
    if (options.includeSafetyPlan) {
        for (SafetyPlan::Section s : SafetyPlan::sections) {
            if (!source.safetyPlan[s].isEmpty())
                report.cover.safetyPlan << Text::tr("%1: %2").arg(
                    SafetyPlan::title(s), source.safetyPlan[s].join(QStringLiteral(" · ")));
        }
    }
    if (entries.isEmpty() && checkIns.isEmpty()) {
        report.isEmpty = true;
        report.emptyText = Text::tr("No reflections or check-ins were recorded in this period, so "
                                    "there is nothing to summarise. That is not a finding in "
                                    "itself: it only means the journal holds no entries for "
                                    "these dates.");
        return report;
    }

    const QHash<QString, QString> labels =
        partnerLabels(entries, source.partners, options.realPartnerNames);
    QList<Partner> shownPartners;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        shownPartners << Partner{it.key(), it.value()};

    report.overview = ReportParts::overview(entries);
    report.charts = ReportParts::charts(entries, checkIns, firstDay, lastDay);
    report.findingsIntro =
        Text::tr("Aftercare looks for patterns in the reflections and check-ins of this period. "
                 "They are prompts for a conversation, not diagnoses. Each one lists the dates of "
                 "the entries behind it; the app showed the person the same finding, addressed to "
                 "them.");
    report.findings = findings(entries, checkIns, shownPartners, qMin(end, generatedAt));
    if (!options.includeConsentFinding)
        report.findings.removeIf([](const ReportFinding& f) {
            return f.id == QLatin1StringView(FindingRules::limitsId);
        });
    report.checkInsIntro = Text::tr("Standard questionnaires the person filled in, scored with "
                                    "their published bands.");
    report.checkIns = checkInRows(checkIns);
    report.partners = partnerRows(entries, labels);
    // Only computed when asked for: the person's own labels stay out of a summary by default.
    if (options.has(ReportSection::Tags)) {
        const AnalysisContext context(entries, checkIns, shownPartners, qMin(end, generatedAt));
        const FactorAnalysis factors = FactorAnalysis::compute(context, 0);
        report.tags = ReportParts::tags(factors);
        report.tagsNotes = ReportParts::tagsNotes(factors);
    }
    report.entryColumns = entryColumns();
    for (const Entry& e : entries) {
        report.entries << entryRow(e, labels);
        if (options.includeNotes &&
            (!e.notes.trimmed().isEmpty() || !e.thoughtsText.trimmed().isEmpty()))
            report.notes << ReportNote{e.occurredAt, e.thoughtsText.trimmed(), e.notes.trimmed()};
    }
    report.legend = ReportLegend::build(
        options, entries, !report.checkIns.isEmpty() && options.has(ReportSection::CheckIns),
        options.has(ReportSection::Findings) ? report.findings : QList<ReportFinding>());
    return report;
}

} // namespace aftercare::core::ReportBuilder
