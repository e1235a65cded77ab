// Turns the report model into the blocks the printed summary is made of, section by section, for
// a given text width. Paging happens later (ReportDocument); nothing here knows about pages
// except where a section asks to start on a fresh one.
#pragma once

#include "core/report/TherapistReport.h"
#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QCoreApplication>
#include <QList>

namespace aftercare::ui {

class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    ReportContent(const ReportStyle& style, qreal width);

    QList<ReportBlockPtr> build(const core::TherapistReport& report);

private:
    // Sections (ReportContent.cpp).
    void cover(const core::TherapistReport& report);
    void overview(const core::ReportOverview& overview, int checkIns);
    void charts(const QList<core::ReportChart>& charts);
    void findings(const core::TherapistReport& report);
    // Sections that are mostly tables (ReportContentTables.cpp).
    void checkIns(const core::TherapistReport& report);
    void partners(const core::TherapistReport& report);
    void tags(const core::TherapistReport& report);
    void entries(const core::TherapistReport& report);
    void notes(const core::TherapistReport& report);
    void legend(const core::TherapistReport& report);

    // Building blocks.
    ReportBlock& add(std::shared_ptr<ReportBlock> block);
    void heading(const QString& text, bool newPage = false);
    void subheading(const QString& text);
    ReportBlock& paragraph(const QString& text, const QFont& font, QColor color, qreal spaceBefore);
    // Long text as one block per line, so a page can break inside it; shaded when asked.
    void flowingText(const QString& text, const QFont& font, QColor background = {});
    void table(const QStringList& header, const QList<QStringList>& rows,
               const QList<qreal>& weights, const QList<int>& alignments,
               const QString& continuedCaption);

    ReportStyle m_style;
    qreal m_width;
    QList<ReportBlockPtr> m_blocks;
};

} // namespace aftercare::ui
