#include "ui/report/ReportContent.h"

#include "core/analysis/Share.h"
#include "core/i18n/DateFormats.h"
#include "ui/report/ReportBarList.h"
#include "ui/report/ReportChartBlock.h"
#include "ui/report/ReportGroupBlock.h"
#include "ui/report/ReportStatsBlock.h"
#include "ui/report/ReportTextBlock.h"

#include <QLocale>

namespace aftercare::ui {

using namespace core;

namespace {

// Long free text is cut into line blocks beyond this many lines, so pages can break inside it.
constexpr int keepTogetherLines = 8;
// Reasons and emotions: the most frequent few tell the story; the table has the rest.
constexpr int topCount = 6;

QList<ReportBarList::Row> rowsOf(const QList<ReportCount>& counts, int limit = -1)
{
    QList<ReportBarList::Row> rows;
    for (const ReportCount& c : counts) {
        if (limit >= 0 && rows.size() >= limit)
            break;
        rows << ReportBarList::Row{c.label, c.count};
    }
    return rows;
}

} // namespace

ReportContent::ReportContent(const ReportStyle& style, qreal width) : m_style(style), m_width(width)
{}

QList<ReportBlockPtr> ReportContent::build(const TherapistReport& report)
{
    m_blocks.clear();
    cover(report);
    if (report.isEmpty) {
        ReportTextBlock::Look look;
        look.padding = m_style.pt(10);
        look.frame = m_style.rule;
        look.frameWidth = m_style.pt(0.75);
        add(std::make_shared<ReportTextBlock>(report.emptyText, m_style.body, m_width, look))
            .setSpaceBefore(m_style.sectionGap);
        return m_blocks;
    }
    if (report.has(ReportSection::Overview))
        overview(report.overview, int(report.checkIns.size()));
    if (report.has(ReportSection::Charts) && !report.charts.isEmpty())
        charts(report.charts);
    if (report.has(ReportSection::Findings))
        findings(report);
    if (report.has(ReportSection::CheckIns))
        checkIns(report);
    if (report.has(ReportSection::Partners))
        partners(report);
    if (report.has(ReportSection::Tags))
        tags(report);
    if (report.has(ReportSection::Entries))
        entries(report);
    if (report.options.includeNotes)
        notes(report);
    if (report.has(ReportSection::Legend))
        legend(report);
    return m_blocks;
}

ReportBlock& ReportContent::add(std::shared_ptr<ReportBlock> block)
{
    ReportBlock& ref = *block;
    m_blocks << std::move(block);
    return ref;
}

void ReportContent::heading(const QString& text, bool newPage)
{
    ReportTextBlock::Look look;
    look.color = m_style.ink;
    auto& block = add(std::make_shared<ReportTextBlock>(text, m_style.heading, m_width, look));
    block.setSpaceBefore(m_style.sectionGap);
    block.setKeepWithNext(true);
    block.setStartsPage(newPage);
}

void ReportContent::subheading(const QString& text)
{
    auto& block = add(std::make_shared<ReportTextBlock>(text, m_style.subheading, m_width));
    block.setSpaceBefore(m_style.paragraphGap * 2);
    block.setKeepWithNext(true);
}

ReportBlock& ReportContent::paragraph(const QString& text, const QFont& font, QColor color,
                                      qreal spaceBefore)
{
    ReportTextBlock::Look look;
    look.color = color;
    ReportBlock& block = add(std::make_shared<ReportTextBlock>(text, font, m_width, look));
    block.setSpaceBefore(spaceBefore);
    return block;
}

void ReportContent::flowingText(const QString& text, const QFont& font, QColor background)
{
    const bool shaded = background.isValid();
    ReportTextBlock::Look look;
    look.background = background;
    look.sidePadding = shaded ? m_style.pt(6) : 0;
    const QStringList lines = ReportTextBlock::lines(text, font, m_width - 2 * look.sidePadding);
    if (lines.size() <= keepTogetherLines) {
        look.padding = shaded ? m_style.pt(6) : 0;
        add(std::make_shared<ReportTextBlock>(text, font, m_width, look))
            .setSpaceBefore(m_style.paragraphGap);
        return;
    }
    // Line by line, each shaded edge to edge, so together they read as one box that a page
    // break can cut anywhere.
    add(std::make_shared<ReportSpacer>(look.sidePadding, background))
        .setSpaceBefore(m_style.paragraphGap);
    for (const QString& line : lines)
        add(std::make_shared<ReportTextBlock>(line.isEmpty() ? QStringLiteral(" ") : line, font,
                                              m_width, look));
    add(std::make_shared<ReportSpacer>(look.sidePadding, background));
}

void ReportContent::cover(const TherapistReport& report)
{
    const ReportCover& c = report.cover;
    add(std::make_shared<ReportTextBlock>(c.title, m_style.title, m_width));
    paragraph(tr("A summary to share with a therapist"), m_style.subheading, m_style.muted,
              m_style.pt(3));
    paragraph(tr("Period: %1").arg(c.periodText), m_style.bodyBold, m_style.ink, m_style.pt(10));
    paragraph(c.generatedText, m_style.small, m_style.muted, m_style.pt(2));

    ReportTextBlock::Look box;
    box.padding = m_style.pt(6);
    box.frame = m_style.ink;
    box.frameWidth = m_style.pt(0.75);
    add(std::make_shared<ReportTextBlock>(c.disclaimer, m_style.small, m_width, box))
        .setSpaceBefore(m_style.pt(8));
    for (const QString& note : c.privacyNotes)
        paragraph(note, m_style.small, m_style.muted, m_style.pt(2));

    if (!c.talkAbout.isEmpty()) {
        heading(tr("What the person would like to talk about"));
        flowingText(c.talkAbout, m_style.body, m_style.zebra);
    }
    if (!c.safetyPlan.isEmpty()) {
        heading(tr("The person's safety plan"));
        flowingText(c.safetyPlan.join(u'\n'), m_style.body, m_style.zebra);
    }
}

void ReportContent::overview(const ReportOverview& o, int checkIns)
{
    heading(tr("Overview"));
    const QString reflections = tr("%n reflection(s)", nullptr, int(o.episodes));
    const QString checkInsText = tr("%n questionnaire check-in(s)", nullptr, checkIns);
    paragraph(tr("This summary covers %1 and %2.").arg(reflections, checkInsText), m_style.body,
              m_style.ink, m_style.paragraphGap);
    const QList<ReportStatsBlock::Stat> stats = {
        {QString::number(o.episodes), tr("episodes recorded")},
        {QString::number(o.distressing),
         core::Share::showsPercent(o.episodes)
             ? tr("distressing (%1% of all)").arg(core::Share::percent(o.distressing, o.episodes))
             : tr("distressing, out of %1").arg(o.episodes)},
        {QString::number(o.painEpisodes), tr("with pain")},
        {QString::number(o.traumaEpisodes), tr("felt like reliving trauma")},
        {QString::number(checkIns), tr("questionnaires")},
    };
    add(std::make_shared<ReportStatsBlock>(stats, m_style, m_width))
        .setSpaceBefore(m_style.paragraphGap);
    paragraph(o.distressingMeaning, m_style.small, m_style.muted, m_style.pt(3));

    const qreal gap = m_style.pt(18);
    const qreal half = (m_width - gap) / 2;
    const auto mixList = [&](const ReportMix& mix) -> ReportBlockPtr {
        QList<ReportBarList::Row> rows;
        for (const ReportCount& c : mix.counts)
            rows << ReportBarList::Row{c.label, c.count};
        QString title = mix.title;
        if (mix.answered < o.episodes)
            title = tr("%1 (answered in %2)").arg(mix.title).arg(mix.answered);
        return std::make_shared<ReportBarList>(title, rows, mix.answered, m_style, half);
    };
    const auto pair = [&](ReportBlockPtr left, ReportBlockPtr right) {
        add(std::make_shared<ReportGroupBlock>(ReportGroupBlock::Direction::Columns,
                                               QList<ReportBlockPtr>{left, right}, gap))
            .setSpaceBefore(m_style.pt(10));
    };
    subheading(tr("The five questions"));
    pair(mixList(o.tears), mixList(o.tension));
    pair(mixList(o.responseKind), mixList(o.thoughts));
    pair(mixList(o.timing),
         std::make_shared<ReportBarList>(
             tr("Trauma (question 2)"),
             QList<ReportBarList::Row>{{tr("Felt like reliving past trauma"), o.traumaEpisodes},
                                       {tr("Unsure"), o.traumaUnsure}},
             o.episodes, m_style, half));

    subheading(tr("What came with it"));
    pair(std::make_shared<ReportBarList>(tr("Reasons the person saw (most frequent)"),
                                         rowsOf(o.reasons, topCount), o.episodes, m_style, half),
         std::make_shared<ReportBarList>(tr("Emotions named (most frequent)"),
                                         rowsOf(o.emotions, topCount), o.episodes, m_style, half));
    QString painTitle = tr("Pain during or after sex");
    if (o.pain.answered < o.episodes)
        painTitle = tr("%1 (answered in %2)").arg(painTitle).arg(o.pain.answered);
    QList<ReportBarList::Row> painRows;
    for (const ReportCount& c : o.pain.counts)
        painRows << ReportBarList::Row{c.label, c.count};
    pair(std::make_shared<ReportBarList>(tr("Signs of low mood in the two weeks before"),
                                         o.depressionSigns.isEmpty()
                                             ? QList<ReportBarList::Row>{{tr("None reported"), 0}}
                                             : rowsOf(o.depressionSigns),
                                         o.episodes, m_style, half),
         std::make_shared<ReportBarList>(painTitle, painRows, o.pain.answered, m_style, half));

    QStringList more;
    more << tr("%1 of %2 reflections mentioned at least one sign of low mood.")
                .arg(o.entriesWithDepressionSigns)
                .arg(o.episodes);
    if (o.botherAnswered > 0)
        more << tr("On average the episodes bothered the person %1 on a scale of 0 (not at all) "
                   "to 4 (very much), answered in %2 reflections.")
                    .arg(QLocale().toString(o.averageBother, 'f', 1))
                    .arg(o.botherAnswered);
    if (o.postpartumEpisodes > 0)
        more << tr("%n reflection(s) were written after recently giving birth.", nullptr,
                   int(o.postpartumEpisodes));
    paragraph(more.join(QLatin1Char(' ')), m_style.small, m_style.ink, m_style.pt(10));
}

void ReportContent::charts(const QList<ReportChart>& charts)
{
    heading(tr("Over time"));
    for (const ReportChart& chart : charts) {
        subheading(chart.title);
        add(std::make_shared<ReportChartBlock>(chart, m_style, m_width))
            .setSpaceBefore(m_style.pt(4));
        paragraph(chart.caption, m_style.small, m_style.muted, m_style.pt(2));
    }
}

void ReportContent::findings(const TherapistReport& report)
{
    heading(tr("Patterns the journal noticed"));
    paragraph(report.findingsIntro, m_style.small, m_style.muted, m_style.paragraphGap)
        .setKeepWithNext(true);
    if (report.findings.isEmpty()) {
        paragraph(tr("No patterns stood out in this period."), m_style.body, m_style.ink,
                  m_style.paragraphGap);
        return;
    }
    const QLocale c;
    for (const ReportFinding& f : report.findings) {
        // A thicker bar for what matters more, with the level also written out in words.
        qreal rule = m_style.pt(0.75);
        if (f.severityKey == u"urgent")
            rule = m_style.pt(3.5);
        else if (f.severityKey == u"talk")
            rule = m_style.pt(2);
        else if (f.severityKey == u"consider")
            rule = m_style.pt(1.25);
        const qreal inset = rule + m_style.pt(7);
        const qreal inner = m_width - inset;

        QList<ReportBlockPtr> parts;
        ReportTextBlock::Look muted;
        muted.color = m_style.muted;
        // As the app writes it, not in capitals: calm words stay calm on paper.
        parts << std::make_shared<ReportTextBlock>(f.severityLabel, m_style.smallBold, inner,
                                                   muted);
        parts << std::make_shared<ReportTextBlock>(f.title, m_style.bodyBold, inner);
        auto explanation = std::make_shared<ReportTextBlock>(f.explanation, m_style.small, inner);
        explanation->setSpaceBefore(m_style.pt(2));
        parts << explanation;
        QStringList dates;
        for (const QDate& d : f.evidenceDates)
            dates << c.toString(d, core::DateFormats::shortDate());
        QString evidence = dates.isEmpty()
                               ? tr("Evidence: none (this note is about the amount of data).")
                               : tr("Evidence: %1.").arg(dates.join(QStringLiteral(", ")));
        if (!f.windowText.isEmpty())
            evidence += QLatin1Char(' ') + f.windowText + QLatin1Char('.');
        auto evidenceBlock =
            std::make_shared<ReportTextBlock>(evidence, m_style.small, inner, muted);
        evidenceBlock->setSpaceBefore(m_style.pt(2));
        parts << evidenceBlock;
        add(std::make_shared<ReportGroupBlock>(ReportGroupBlock::Direction::Stack, parts, 0, inset,
                                               rule, m_style.ink))
            .setSpaceBefore(m_style.pt(9));
    }
}

} // namespace aftercare::ui
