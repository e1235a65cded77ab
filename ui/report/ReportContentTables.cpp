// The report's table-shaped sections: check-ins, partners, every entry, the notes the person chose
// to include, and the legend.
#include "ui/report/ReportContent.h"

#include "core/analysis/Share.h"
#include "core/i18n/DateFormats.h"
#include "ui/report/ReportGroupBlock.h"
#include "ui/report/ReportTableRow.h"
#include "ui/report/ReportTextBlock.h"

#include <QFontMetricsF>
#include <QLocale>

namespace aftercare::ui {

using namespace core;

namespace {

constexpr qsizetype keepWholeRows = 8;

QString dayText(const QDateTime& at)
{
    return QLocale().toString(at, core::DateFormats::shortDate());
}

} // namespace

void ReportContent::table(const QStringList& header, const QList<QStringList>& rows,
                          const QList<qreal>& weights, const QList<int>& alignments,
                          const QString& continuedCaption)
{
    ReportTableColumns columns =
        ReportTableColumns::proportional(weights, m_width, m_style.cellPadding);
    columns.alignments = alignments;
    columns.rule = m_style.rule;
    columns.ink = m_style.ink;

    auto head = std::make_shared<ReportTableRow>(header, m_style.tableBold, columns,
                                                 ReportTableRow::Kind::Header, m_style.shade);
    head->setSpaceBefore(m_style.paragraphGap);
    head->setKeepWithNext(true);
    add(head);

    // A page that starts inside the table first repeats the caption and the header row.
    ReportTextBlock::Look look;
    look.color = m_style.muted;
    auto caption =
        std::make_shared<ReportTextBlock>(continuedCaption, m_style.smallBold, m_width, look);
    auto repeatedHead = std::make_shared<ReportTableRow>(
        header, m_style.tableBold, columns, ReportTableRow::Kind::Header, m_style.shade);
    repeatedHead->setSpaceBefore(m_style.pt(3));
    const QList<ReportBlockPtr> repeat{caption, repeatedHead};

    for (qsizetype i = 0; i < rows.size(); ++i) {
        // Every other row lightly shaded to guide the eye along wide rows.
        auto row = std::make_shared<ReportTableRow>(rows[i], m_style.table, columns,
                                                    ReportTableRow::Kind::Body,
                                                    i % 2 ? m_style.zebra : QColor());
        row->setRepeatAtPageTop(repeat);
        // A short table is kept whole rather than leaving a row or two for the next page.
        row->setKeepWithNext(rows.size() <= keepWholeRows && i + 1 < rows.size());
        add(row);
    }
}

void ReportContent::checkIns(const TherapistReport& report)
{
    heading(tr("Check-ins"));
    paragraph(report.checkInsIntro, m_style.small, m_style.muted, m_style.paragraphGap)
        .setKeepWithNext(true);
    if (report.checkIns.isEmpty()) {
        paragraph(tr("No check-ins were taken in this period."), m_style.body, m_style.ink,
                  m_style.paragraphGap);
        return;
    }
    // One row per day, PHQ-9 and GAD-7 side by side, as they are usually taken together.
    QList<QStringList> rows;
    QStringList flagged;
    QDate rowDay;
    for (const ReportCheckIn& c : report.checkIns) {
        const bool phq9 = c.instrumentKey == u"phq9";
        const qsizetype slot = phq9 ? 1 : 4;
        if (rows.isEmpty() || rowDay != c.takenAt.date() || !rows.last()[slot].isEmpty()) {
            rows << QStringList{dayText(c.takenAt), {}, {}, {}, {}, {}};
            rowDay = c.takenAt.date();
        }
        QStringList& row = rows.last();
        row[slot] = QStringLiteral("%1 / %2").arg(c.total).arg(c.maxTotal);
        row[slot + 1] = c.bandLabel;
        if (phq9)
            row[3] = c.selfHarmFlag ? tr("FLAGGED: above 0") : tr("0");
        if (c.selfHarmFlag)
            flagged << dayText(c.takenAt);
    }
    for (QStringList& row : rows) {
        for (QString& cell : row) {
            if (cell.isEmpty())
                cell = QStringLiteral("–");
        }
    }
    table({tr("Date"), tr("PHQ-9"), tr("Depression band"), tr("Item 9"), tr("GAD-7"),
           tr("Anxiety band")},
          rows, {16, 11, 20, 17, 11, 18},
          {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight,
           Qt::AlignLeft},
          tr("Check-ins (continued)"));
    if (!flagged.isEmpty()) {
        ReportTextBlock::Look box;
        box.padding = m_style.pt(5);
        box.frame = m_style.ink;
        box.frameWidth = m_style.pt(1.5);
        add(std::make_shared<ReportTextBlock>(
                tr("Item 9 (thoughts of being better off dead or of self-harm) was answered above "
                   "0 on %1. It may be worth asking about this first.")
                    .arg(flagged.join(QStringLiteral(", "))),
                m_style.smallBold, m_width, box))
            .setSpaceBefore(m_style.pt(6));
    }
}

void ReportContent::partners(const TherapistReport& report)
{
    heading(tr("Partners"));
    const bool anyPartner =
        std::ranges::any_of(report.partners, [](const ReportPartner& p) { return !p.isNoPartner; });
    if (!anyPartner) {
        paragraph(tr("No partner was recorded for these reflections."), m_style.body, m_style.ink,
                  m_style.paragraphGap);
        return;
    }
    QList<QStringList> rows;
    for (const ReportPartner& p : report.partners) {
        QStringList responses;
        for (const ReportCount& r : p.responses)
            responses << QStringLiteral("%1 (%2)").arg(r.label).arg(r.count);
        rows << QStringList{p.label, QString::number(p.episodes),
                            core::Share::showsPercent(p.episodes)
                                ? QStringLiteral("%1 (%2%)")
                                      .arg(p.distressing)
                                      .arg(core::Share::percent(p.distressing, p.episodes))
                                : QString::number(p.distressing),
                            responses.isEmpty() ? QStringLiteral("–")
                                                : responses.join(QStringLiteral(", "))};
    }
    table({tr("Partner"), tr("Episodes"), tr("Distressing"), tr("How the partner responded")}, rows,
          {20, 11, 14, 55}, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft},
          tr("Partners (continued)"));
}

void ReportContent::tags(const TherapistReport& report)
{
    heading(tr("Tags the person used, and what came with them"));
    if (report.tags.isEmpty()) {
        paragraph(tr("No tags were used in this period."), m_style.body, m_style.ink,
                  m_style.paragraphGap);
        return;
    }
    for (const QString& note : report.tagsNotes)
        paragraph(note, m_style.small, m_style.muted, m_style.pt(3)).setKeepWithNext(true);
    QList<QStringList> rows;
    for (const ReportTag& tag : report.tags)
        rows << QStringList{tag.label, tag.with, tag.without, tag.verdict};
    table({tr("Tag"), tr("With the tag"), tr("Without it"), tr("What stands out")}, rows,
          {25, 20, 20, 35}, {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
          tr("Tags (continued)"));
}

void ReportContent::entries(const TherapistReport& report)
{
    heading(tr("Every reflection in this period"));
    paragraph(tr("One row per reflection, oldest first. The legend at the end explains every "
                 "code."),
              m_style.small, m_style.muted, m_style.paragraphGap)
        .setKeepWithNext(true);
    QList<QStringList> rows;
    rows.reserve(report.entries.size());
    for (const ReportEntryRow& row : report.entries)
        rows << row.cells;
    const int r = Qt::AlignRight;
    const int l = Qt::AlignLeft;
    table(report.entryColumns, rows, {14.5, 7, 7.5, 8, 7, 6.5, 8.5, 12, 5.5, 7, 10},
          {l, l, l, l, l, l, l, l, r, r, l}, tr("Every reflection (continued)"));
}

void ReportContent::notes(const TherapistReport& report)
{
    heading(tr("Notes and thoughts, shared by choice"));
    if (report.notes.isEmpty()) {
        paragraph(tr("No notes were written in this period."), m_style.body, m_style.ink,
                  m_style.paragraphGap);
        return;
    }
    const QLocale c;
    for (const ReportNote& note : report.notes) {
        auto& date = add(std::make_shared<ReportTextBlock>(
            c.toString(note.occurredAt, core::DateFormats::shortDateTime()), m_style.smallBold,
            m_width));
        date.setSpaceBefore(m_style.pt(8));
        date.setKeepWithNext(true);
        if (!note.thoughts.isEmpty())
            flowingText(tr("What the person was thinking: %1").arg(note.thoughts), m_style.small);
        if (!note.notes.isEmpty())
            flowingText(note.notes, m_style.small);
    }
}

void ReportContent::legend(const TherapistReport& report)
{
    heading(tr("How to read this summary"));
    // Groups whose meanings fit on two lines of a half-width column sit two to a row, so a
    // short summary's legend stays short; groups with longer sentences take the full width.
    constexpr int halfColumnLines = 2;
    constexpr int charactersPerHalfLine = 48;
    const qreal gap = m_style.pt(18);
    const qreal half = (m_width - gap) / 2;
    const auto isShort = [](const ReportLegendGroup& group) {
        return std::ranges::all_of(group.items, [](const ReportLegendItem& item) {
            return item.meaning.size() <= halfColumnLines * charactersPerHalfLine;
        });
    };
    // The code column is as wide as the group's widest code needs (within bounds), so a label
    // such as "Worth talking about" is not broken over three lines.
    const QFontMetricsF codeMetrics(m_style.table);
    const auto codeShare = [&](const ReportLegendGroup& group, qreal width, qreal least) {
        qreal widest = 0;
        for (const ReportLegendItem& item : group.items)
            widest = qMax(widest, codeMetrics.horizontalAdvance(item.code));
        return qBound(least, 100 * (widest + 2 * m_style.cellPadding) / width, qreal(40));
    };
    const auto groupBlock = [this](const ReportLegendGroup& group, qreal width,
                                   qreal codeShare) -> std::shared_ptr<ReportBlock> {
        ReportTableColumns columns = ReportTableColumns::proportional({codeShare, 100 - codeShare},
                                                                      width, m_style.cellPadding);
        columns.rule = m_style.shade;
        columns.ink = m_style.ink;
        QList<ReportBlockPtr> parts;
        parts << std::make_shared<ReportTextBlock>(group.title, m_style.smallBold, width);
        for (const ReportLegendItem& item : group.items)
            parts << std::make_shared<ReportTableRow>(QStringList{item.code, item.meaning},
                                                      m_style.table, columns,
                                                      ReportTableRow::Kind::Body);
        return std::make_shared<ReportGroupBlock>(ReportGroupBlock::Direction::Stack, parts, 0);
    };

    const QList<ReportLegendGroup>& groups = report.legend;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        std::shared_ptr<ReportBlock> block;
        if (isShort(groups[i]) && i + 1 < groups.size() && isShort(groups[i + 1])) {
            block = std::make_shared<ReportGroupBlock>(
                ReportGroupBlock::Direction::Columns,
                QList<ReportBlockPtr>{
                    groupBlock(groups[i], half, codeShare(groups[i], half, 22)),
                    groupBlock(groups[i + 1], half, codeShare(groups[i + 1], half, 22))},
                gap);
            ++i;
        } else {
            block = groupBlock(groups[i], m_width, codeShare(groups[i], m_width, 18));
        }
        add(block).setSpaceBefore(m_style.pt(9));
    }
}

} // namespace aftercare::ui
