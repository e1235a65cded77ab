#include "core/report/ReportLegend.h"

#include "core/analysis/Distress.h"
#include "core/analysis/Questionnaire.h"
#include "core/analysis/Scoring.h"
#include "core/model/Entry.h"
#include "core/report/ReportLabels.h"

#include <algorithm>
#include <optional>

namespace aftercare::core::ReportLegend {

using ReportLabels::Text;

namespace {

// Only the codes the entries table shows: a short journal gets a short legend.
template <typename E>
void addCodesOf(QList<ReportLegendGroup>& groups, const QString& title, const QList<Entry>& entries,
                std::optional<E> (*answerOf)(const Entry&))
{
    ReportLegendGroup group{title, {}};
    for (E value : allValues<E>()) {
        if (std::ranges::any_of(entries, [&](const Entry& e) { return answerOf(e) == value; }))
            group.items << ReportLegendItem{ReportLabels::code(value), ReportLabels::label(value)};
    }
    if (!group.items.isEmpty())
        groups << group;
}

QString range(int from, int to)
{
    return QStringLiteral("%1–%2").arg(from).arg(to);
}

// A whole scale on one line ("0 No pain · 1 Mild pain · …"): every step, in little room.
ReportLegendGroup scale(const QString& title, int max, QString (*labelOf)(int))
{
    QStringList steps;
    for (int i = 0; i <= max; ++i)
        steps << Text::tr("%1\u00a0%2",
                          "a scale step: its number, then its meaning (kept on one line)")
                     .arg(i)
                     .arg(labelOf(i));
    return ReportLegendGroup{title,
                             {ReportLegendItem{range(0, max), steps.join(QStringLiteral(" · "))}}};
}

ReportLegendGroup scores()
{
    using namespace Scoring;
    ReportLegendGroup group{Text::tr("Check-in scores"), {}};
    group.items << ReportLegendItem{
        Text::tr("PHQ-9"),
        Text::tr("Patient Health Questionnaire, nine items about the last two weeks, each 0–3, "
                 "total 0–%1. Bands: %2 minimal, %3 mild, %4 moderate, %5 moderately severe, "
                 "%6 severe.")
            .arg(phq9MaxTotal)
            .arg(range(0, mildFrom - 1), range(mildFrom, moderateFrom - 1),
                 range(moderateFrom, phq9ModeratelySevereFrom - 1),
                 range(phq9ModeratelySevereFrom, phq9SevereFrom - 1),
                 range(phq9SevereFrom, phq9MaxTotal))};
    group.items << ReportLegendItem{
        Text::tr("Item 9"),
        Text::tr("The PHQ-9 question about thoughts of being better off dead or of self-harm. "
                 "\"FLAGGED\" means it was answered above 0, whatever the total.")};
    group.items << ReportLegendItem{
        Text::tr("GAD-7"),
        Text::tr("Generalized Anxiety Disorder scale, seven items about the last two weeks, each "
                 "0–3, total 0–%1. Bands: %2 minimal, %3 mild, %4 moderate, %5 severe.")
            .arg(gad7MaxTotal)
            .arg(range(0, mildFrom - 1), range(mildFrom, moderateFrom - 1),
                 range(moderateFrom, gad7SevereFrom - 1), range(gad7SevereFrom, gad7MaxTotal))};
    group.items << ReportLegendItem{
        Text::tr("Sources"), Questionnaire::of(Instrument::Phq9).citation + QLatin1Char(' ') +
                                 Questionnaire::of(Instrument::Gad7).citation};
    return group;
}

ReportLegendGroup severities(const QList<ReportFinding>& findings)
{
    ReportLegendGroup group{Text::tr("Findings"), {}};
    const QString meaning[] = {
        Text::tr("Background that helps read the rest; nothing to act on."),
        Text::tr("A pattern the person may want to reflect on."),
        Text::tr("A pattern worth raising with a health professional."),
        Text::tr("Something that asks for support soon, such as thoughts of self-harm."),
    };
    for (Severity s : {Severity::Urgent, Severity::Talk, Severity::Consider, Severity::Info}) {
        if (std::ranges::any_of(
                findings, [&](const ReportFinding& f) { return f.severityKey == severityKey(s); }))
            group.items << ReportLegendItem{ReportLabels::severityLabel(s), meaning[int(s)]};
    }
    group.items << ReportLegendItem{
        Text::tr("Evidence"),
        Text::tr("The dates of the entries a finding rests on, each one listed in this "
                 "summary.")};
    return group;
}

} // namespace

QList<ReportLegendGroup> build(const ReportOptions& options, const QList<Entry>& entries,
                               bool hasCheckIns, const QList<ReportFinding>& findings)
{
    QList<ReportLegendGroup> groups;

    ReportLegendGroup general{Text::tr("Reading this summary"), {}};
    general.items << ReportLegendItem{
        Text::tr("Episode"),
        Text::tr("One reflection the person wrote about tears, sadness or irritability that "
                 "came during or after sex.")};
    general.items << ReportLegendItem{
        Text::tr("Distressing"),
        Text::tr("An episode where tension got worse, thoughts were sad, it bothered the person "
                 "\"quite a lot\" or more (%1 or higher on the 0–4 scale), it felt like reliving "
                 "trauma, or limits were not respected.")
            .arg(Distress::botherFrom)};
    general.items << ReportLegendItem{ReportLabels::notAnswered(), Text::tr("Not answered.")};
    general.items << ReportLegendItem{
        Text::tr("Partner"),
        options.realPartnerNames
            ? Text::tr("The label the person gave the partner in their journal.")
            : Text::tr("Partners are shown as Partner A, Partner B… in the order they first "
                       "appear in this period; the person chose not to share their names.")};
    groups << general;

    addCodesOf<Timing>(groups, Text::tr("Timing: when it happened"), entries,
                       [](const Entry& e) { return e.timing; });
    addCodesOf<Tears>(groups, Text::tr("Tears (question 5): a few tears or a full session"),
                      entries, [](const Entry& e) { return e.tears; });
    addCodesOf<Tension>(groups, Text::tr("Tension (question 1): did the tears relieve tension?"),
                        entries, [](const Entry& e) { return e.tension; });
    addCodesOf<TraumaReliving>(
        groups, Text::tr("Trauma (question 2): did old hurt or abuse come back in the moment?"),
        entries, [](const Entry& e) { return e.traumaReliving; });
    addCodesOf<ResponseKind>(
        groups,
        Text::tr("Kind (question 3): felt as an emotion, or more as something in the body?"),
        entries, [](const Entry& e) { return e.responseKind; });
    addCodesOf<Thoughts>(
        groups, Text::tr("Thoughts (question 4): the mood of what was on the person's mind"),
        entries, [](const Entry& e) { return e.thoughts; });
    ReportLegendGroup reasons{
        Text::tr("Reasons: what the person felt may have played a part (several can apply)"), {}};
    for (Reason value : allValues<Reason>()) {
        if (std::ranges::any_of(entries, [&](const Entry& e) { return e.reasons.contains(value); }))
            reasons.items << ReportLegendItem{ReportLabels::code(value),
                                              ReportLabels::label(value)};
    }
    if (!reasons.items.isEmpty())
        groups << reasons;
    groups << scale(Text::tr("Pain during or after sex (0–3)"), Entry::maxPain,
                    &ReportLabels::painLabel);
    groups << scale(Text::tr("Bother: how much the episode bothered the person (0–4)"),
                    Entry::maxBother, &ReportLabels::botherLabel);
    if (hasCheckIns)
        groups << scores();
    if (!findings.isEmpty())
        groups << severities(findings);
    return groups;
}

} // namespace aftercare::core::ReportLegend
