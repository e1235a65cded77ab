// The therapist summary as data: counts, redaction, check-in bands, findings' evidence, the
// legend, and an honest empty report.
#include "tests/core/tst_ReportFixture.h"

#include "core/analysis/Factors.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportLabels.h"
#include "core/report/ReportOptions.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <numeric>

using namespace aftercare::core;
namespace Fixture = aftercare::test::ReportFixture;

namespace {

const ReportFinding* findingById(const TherapistReport& report, const QString& id)
{
    for (const ReportFinding& f : report.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

int countOf(const ReportMix& mix, const QString& key)
{
    for (const ReportCount& c : mix.counts) {
        if (c.key == key)
            return c.count;
    }
    return -1;
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOnlyThePeriod()
    {
        const auto data = Fixture::data();
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());

        QVERIFY(!r.isEmpty);
        QCOMPARE(r.overview.episodes, 4); // the March entry is outside the 90 days
        QCOMPARE(r.overview.distressing, 3);
        QCOMPARE(countOf(r.overview.tears, QStringLiteral("few")), 2);
        QCOMPARE(countOf(r.overview.tears, QStringLiteral("session")), 1);
        QCOMPARE(countOf(r.overview.tears, QStringLiteral("none")), 1);
        QCOMPARE(r.overview.tears.answered, 4);
        QCOMPARE(countOf(r.overview.tension, QStringLiteral("worse")), 2);
        QCOMPARE(countOf(r.overview.responseKind, QStringLiteral("physical")), 1);
        QCOMPARE(r.overview.painEpisodes, 2);
        QCOMPARE(countOf(r.overview.pain, QStringLiteral("3")), 1);
        QCOMPARE(r.overview.traumaEpisodes, 1);
        QCOMPARE(r.overview.entriesWithDepressionSigns, 1);
        QCOMPARE(r.overview.botherAnswered, 3);
        QCOMPARE(r.overview.averageBother, 7.0 / 3.0);

        // Most frequent first: pain was named twice, the rest once.
        QVERIFY(!r.overview.reasons.isEmpty());
        QCOMPARE(r.overview.reasons.first().key, QStringLiteral("pain"));
        QCOMPARE(r.overview.reasons.first().count, 2);
        QCOMPARE(r.overview.reasons.size(), 4);
        QCOMPARE(r.overview.emotions.size(), 2);

        QCOMPARE(r.entries.size(), 4);
        QCOMPARE(r.entries.first().cells.first(), QStringLiteral("2025-04-10 21:30"));
        QCOMPARE(r.entries.first().cells.size(), r.entryColumns.size());
        QVERIFY(r.cover.periodText.contains(QStringLiteral("2 April 2025")));
        QVERIFY(r.cover.periodText.contains(QStringLiteral("30 June 2025")));
    }

    void periodIncludesBothEndDays()
    {
        Fixture::Data data;
        data.entries << Fixture::entry(Fixture::at(2025, 4, 2, 0, 0), Tears::Few, Tension::Relieved,
                                       Thoughts::Happy);
        data.entries << Fixture::entry(Fixture::at(2025, 6, 30, 23, 59), Tears::Few,
                                       Tension::Relieved, Thoughts::Happy);
        data.entries << Fixture::entry(Fixture::at(2025, 4, 1, 23, 59), Tears::Few,
                                       Tension::Relieved, Thoughts::Happy);
        ReportOptions options = Fixture::defaultOptions();
        QCOMPARE(options.from, QDate(2025, 4, 2));
        const TherapistReport r =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QCOMPARE(r.overview.episodes, 2);
    }

    void notesAndPartnerNamesAreLeftOutByDefault()
    {
        const auto data = Fixture::data();
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());
        const QString text = Fixture::allText(r);

        QVERIFY(r.notes.isEmpty());
        QVERIFY(!text.contains(Fixture::kNoteText));
        QVERIFY(!text.contains(Fixture::kThoughtsText));
        QVERIFY(!text.contains(Fixture::kFirstPartner));
        QVERIFY(!text.contains(Fixture::kSecondPartner));

        // Letters in order of first appearance; entries without a partner get their own row.
        QCOMPARE(r.partners.size(), 3);
        QCOMPARE(r.partners[0].label, QStringLiteral("Partner A"));
        QCOMPARE(r.partners[0].episodes, 2);
        QCOMPARE(r.partners[0].distressing, 1);
        QCOMPARE(r.partners[1].label, QStringLiteral("Partner B"));
        QVERIFY(r.partners[2].isNoPartner);
        QCOMPARE(r.entries[0].cells.last(), QStringLiteral("Partner A"));
        QCOMPARE(r.entries[1].cells.last(), QStringLiteral("Partner B"));
        QCOMPARE(r.entries[3].cells.last(), ReportLabels::notAnswered());
        QVERIFY(r.cover.privacyNotes.join(u' ').contains(QStringLiteral("not included")));
    }

    // A consent "no" is the person's to share: its finding is in the summary only when ticked.
    void theConsentFindingOnlyWhenChosen()
    {
        auto data = Fixture::data();
        data.entries.last().limitsRespected = LimitsRespected::No;
        ReportOptions options = Fixture::defaultOptions();
        const TherapistReport hidden =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QVERIFY(!findingById(hidden, QStringLiteral("limits_not_respected")));
        QVERIFY(!Fixture::allText(hidden).contains(u"You noted that your limits"));
        options.includeConsentFinding = true;
        const TherapistReport shown =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QVERIFY(findingById(shown, QStringLiteral("limits_not_respected")));
        // The legend never defines an episode as consensual, and the cover says "the person".
        const QString text = Fixture::allText(shown);
        QVERIFY(!text.contains(u"consensual sex"));
        QVERIFY(!text.contains(u"patient,") && !text.contains(u"by the patient"));
    }

    // The safety plan is never in the summary unless the user ticks it.
    void theSafetyPlanOnlyWhenChosen()
    {
        auto data = Fixture::data();
        ReportBuilder::Source source = data.source();
        source.safetyPlan[SafetyPlan::Section::Coping] = {QStringLiteral("A long bath")};
        ReportOptions options = Fixture::defaultOptions();
        const TherapistReport without =
            ReportBuilder::build(source, options, Fixture::generatedAt());
        QVERIFY(without.cover.safetyPlan.isEmpty());
        options.includeSafetyPlan = true;
        const TherapistReport with = ReportBuilder::build(source, options, Fixture::generatedAt());
        QCOMPARE(with.cover.safetyPlan.size(), 1);
        QVERIFY(with.cover.safetyPlan.first().contains(u"A long bath"));
    }

    void notesAndNamesAppearWhenChosen()
    {
        const auto data = Fixture::data();
        ReportOptions options = Fixture::defaultOptions();
        options.includeNotes = true;
        options.realPartnerNames = true;
        options.talkAbout = QStringLiteral("  Why the tears come when things are good  ");
        const TherapistReport r =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        const QString text = Fixture::allText(r);

        QCOMPARE(r.notes.size(), 1);
        QCOMPARE(r.notes.first().notes, Fixture::kNoteText);
        QCOMPARE(r.notes.first().thoughts, Fixture::kThoughtsText);
        QVERIFY(!text.contains(Fixture::kOutsideNote)); // only the period's notes
        QCOMPARE(r.partners[0].label, Fixture::kFirstPartner);
        QCOMPARE(r.partners[1].label, Fixture::kSecondPartner);
        QVERIFY(!text.contains(QStringLiteral("Partner A")));
        QCOMPARE(r.cover.talkAbout, QStringLiteral("Why the tears come when things are good"));
    }

    void checkInsCarryBandsAndItemNine()
    {
        const auto data = Fixture::data();
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());

        QCOMPARE(r.checkIns.size(), 2); // the January PHQ-9 is outside the period
        QCOMPARE(r.checkIns[0].instrumentName, QStringLiteral("GAD-7"));
        QCOMPARE(r.checkIns[0].total, 12);
        QCOMPARE(r.checkIns[0].bandKey, QStringLiteral("moderate"));
        QVERIFY(!r.checkIns[0].selfHarmFlag);
        QCOMPARE(r.checkIns[1].instrumentName, QStringLiteral("PHQ-9"));
        QCOMPARE(r.checkIns[1].total, 9);
        QCOMPARE(r.checkIns[1].maxTotal, 27);
        QCOMPARE(r.checkIns[1].bandLabel, QStringLiteral("Mild"));
        QVERIFY(r.checkIns[1].selfHarmFlag);
    }

    void findingsShowTheirEvidenceDates()
    {
        const auto data = Fixture::data();
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());

        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.findings.first().id, QStringLiteral("phq9_self_harm")); // most urgent first
        QCOMPARE(r.findings.first().evidenceDates, QList<QDate>{QDate(2025, 6, 28)});
        QVERIFY(!r.findings.first().title.isEmpty());

        const ReportFinding* pain = findingById(r, QStringLiteral("pain"));
        QVERIFY(pain);
        QCOMPARE(pain->evidenceDates, (QList<QDate>{QDate(2025, 5, 5), QDate(2025, 6, 20)}));
        QCOMPARE(pain->severityKey, QStringLiteral("talk"));
        QVERIFY(pain->windowText.contains(QStringLiteral("30 Jun 2025")));
    }

    void findingsNeverNameAHiddenPartner()
    {
        // Three hard episodes with one partner, three calm ones with another: the partner rule
        // fires, and its explanation must use the pseudonym.
        Fixture::Data data;
        for (int i = 0; i < 3; ++i) {
            Entry hard = Fixture::entry(Fixture::at(2025, 6, 1 + i), Tears::Session, Tension::Worse,
                                        Thoughts::Sad);
            hard.partnerId = data.first.id;
            data.entries << hard;
            Entry calm = Fixture::entry(Fixture::at(2025, 6, 10 + i), Tears::Few, Tension::Relieved,
                                        Thoughts::Happy);
            calm.partnerId = data.second.id;
            data.entries << calm;
        }
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());
        const ReportFinding* partner = findingById(r, QStringLiteral("partner_difference"));
        QVERIFY(partner);
        QVERIFY(partner->explanation.contains(QStringLiteral("Partner A")));
        QVERIFY(!Fixture::allText(r).contains(Fixture::kFirstPartner));
    }

    void everyTableCodeIsExplainedInTheLegend()
    {
        const auto data = Fixture::data();
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());
        QStringList codes;
        QHash<QString, QString> scales; // "0–3" → "0 No pain · 1 Mild pain · …"
        for (const ReportLegendGroup& g : r.legend) {
            for (const ReportLegendItem& i : g.items) {
                codes << i.code;
                scales.insert(i.code, i.meaning);
            }
        }
        // Columns 1–6 hold one code each; column 7 holds reason codes; 8 and 9 a step of the
        // pain (0–3) and bother (0–4) scales, each explained on its scale's one line.
        for (const ReportEntryRow& row : r.entries) {
            for (int column = 1; column <= 9; ++column) {
                const QString& cell = row.cells[column];
                if (column >= 8 && cell != ReportLabels::notAnswered()) {
                    const QString scale =
                        column == 8 ? QStringLiteral("0–3") : QStringLiteral("0–4");
                    QVERIFY2(scales.value(scale)
                                     .split(QStringLiteral(" · "))
                                     .filter(QRegularExpression(
                                         QStringLiteral("^%1\u00a0\\S").arg(cell)))
                                     .size() == 1,
                             qPrintable(scale + u' ' + cell));
                    continue;
                }
                const QStringList parts = column == 7 ? cell.split(u' ') : QStringList{cell};
                for (const QString& code : parts)
                    QVERIFY2(codes.contains(code), qPrintable(code));
            }
        }
        QVERIFY(codes.contains(QStringLiteral("PHQ-9")));
        QVERIFY(codes.contains(QStringLiteral("GAD-7")));
    }

    void chartsFollowThePeriod()
    {
        const auto data = Fixture::data();
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());
        QCOMPARE(r.charts.size(), 2);
        const ReportChart& episodes = r.charts[0];
        QCOMPARE(episodes.kind, ReportChart::Kind::StackedBars);
        QCOMPARE(episodes.categories.size(), 14); // weeks from Mon 31 Mar to Mon 30 Jun
        double total = 0;
        for (const ReportChartSeries& s : episodes.series)
            total += std::accumulate(s.values.cbegin(), s.values.cend(), 0.0);
        QCOMPARE(total, 4.0);
        const ReportChart& scores = r.charts[1];
        QCOMPARE(scores.series.size(), 2);
        QCOMPARE(scores.series[0].points.size(), 1); // the period's PHQ-9 only
    }

    // One or two reflections: the table says it all; no chart of a mostly empty period.
    void noChartOverTimeForTooFewReflections()
    {
        Fixture::Data data;
        for (int day : {3, 9})
            data.entries << Fixture::entry(Fixture::at(2025, 6, day), Tears::Few, Tension::Relieved,
                                           Thoughts::Happy);
        const TherapistReport r =
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt());
        QCOMPARE(r.overview.episodes, 2);
        QVERIFY(r.charts.isEmpty());
        data.entries << Fixture::entry(Fixture::at(2025, 6, 12), Tears::Few, Tension::Relieved,
                                       Thoughts::Happy);
        QCOMPARE(
            ReportBuilder::build(data.source(), Fixture::defaultOptions(), Fixture::generatedAt())
                .charts.size(),
            1);
    }

    void emptyPeriodIsHonest()
    {
        const auto data = Fixture::data();
        ReportOptions options;
        options.from = QDate(2024, 1, 1);
        options.to = QDate(2024, 1, 31);
        const TherapistReport r =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QVERIFY(r.isEmpty);
        QVERIFY(r.emptyText.contains(QStringLiteral("No reflections")));
        QVERIFY(r.entries.isEmpty());
        QVERIFY(r.findings.isEmpty());
        QVERIFY(r.charts.isEmpty());
        QVERIFY(!r.has(ReportSection::Overview));
        QCOMPARE(r.cover.periodText, QStringLiteral("1 January 2024 – 31 January 2024"));
    }

    void openStartBeginsAtTheFirstEntry()
    {
        const auto data = Fixture::data();
        ReportOptions options;
        const TherapistReport r =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QCOMPARE(r.overview.episodes, 5);
        QCOMPARE(r.checkIns.size(), 3);
        QCOMPARE(r.cover.periodText, QStringLiteral("2 January 2025 – 30 June 2025"));
    }

    void sectionsParse()
    {
        const auto parsed = parseReportSections(QStringLiteral(" entries,Findings ,entries"));
        QVERIFY(parsed);
        QCOMPARE(*parsed, (QList<ReportSection>{ReportSection::Findings, ReportSection::Entries}));

        const auto bad = parseReportSections(QStringLiteral("overview,notes"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(bad.error().message().contains(QStringLiteral("\"notes\"")));
        QVERIFY(bad.error().message().contains(QStringLiteral("checkins")));
        QVERIFY(!parseReportSections(QStringLiteral(" , ")));
        QCOMPARE(allReportSections().size(), 8);
        QCOMPARE(*parseReportSections(QStringLiteral("tags")),
                 QList<ReportSection>{ReportSection::Tags});
    }

    // The person's own labels are theirs to share: no tag appears anywhere in a summary unless
    // the Tags section was chosen.
    void tagsOnlyWhenChosen()
    {
        const auto data = Fixture::data();
        ReportOptions options = Fixture::defaultOptions();
        QVERIFY(!options.has(ReportSection::Tags));
        const TherapistReport plain =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QVERIFY(plain.tags.isEmpty());
        QVERIFY(!Fixture::allText(plain).contains(Fixture::kTag));

        options.sections << ReportSection::Tags;
        const TherapistReport chosen =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QCOMPARE(chosen.tags.size(), 1);
        QCOMPARE(chosen.tags[0].label, Fixture::kTag);
        // One of four reflections: counts, no percentage, and nothing said about it.
        QCOMPARE(chosen.tags[0].with, QStringLiteral("1 of 1 distressing"));
        QCOMPARE(chosen.tags[0].without, QStringLiteral("2 of 3 distressing"));
        QCOMPARE(chosen.tags[0].verdict, FactorAnalysis::notEnoughEntriesText());
        QVERIFY(!chosen.tags[0].standsOut);
    }

    // The section's numbers are the Trends page's (FactorAnalysis): a tag on six hard episodes
    // against six calm ones stands out; a tag on five mixed ones is compared and does not; a
    // tag on two is below the minimum. The sentences: how to read it, not cause, and — two tags
    // compared — that one can stand out by chance.
    void tagsSectionSaysWhatStandsOut()
    {
        const QDateTime now = Fixture::generatedAt();
        ReportBuilder::Source source;
        for (int i = 0; i < 12; ++i) {
            const bool hard = i < 6;
            Entry e = Fixture::entry(now.addDays(-40 + 3 * i), hard ? Tears::Session : Tears::Few,
                                     hard ? Tension::Worse : Tension::Relieved,
                                     hard ? Thoughts::Sad : Thoughts::Happy);
            if (hard)
                e.tags << Fixture::kTag;
            if (QList<int>{0, 1, 6, 7, 8}.contains(i))
                e.tags << QStringLiteral("a stressful day");
            if (i == 0 || i == 6)
                e.tags << QStringLiteral("very tired");
            source.entries << e;
        }
        ReportOptions options = ReportOptions::lastDays(now.date(), 90);
        options.sections << ReportSection::Tags;
        const TherapistReport r = ReportBuilder::build(source, options, now);
        QHash<QString, ReportTag> rows;
        for (const ReportTag& t : r.tags)
            rows.insert(t.label, t);
        QCOMPARE(rows.size(), 3);

        const ReportTag argument = rows.value(Fixture::kTag);
        QVERIFY(argument.standsOut);
        QCOMPARE(argument.with, QStringLiteral("6 of 6 distressing (100%)"));
        QCOMPARE(argument.without, QStringLiteral("0 of 6 distressing (0%)"));
        QCOMPARE(argument.verdict, QStringLiteral("Distress more common with it (p = 0.0022)"));

        const ReportTag stressful = rows.value(QStringLiteral("a stressful day"));
        QVERIFY(!stressful.standsOut);
        QCOMPARE(stressful.with, QStringLiteral("2 of 5 distressing (40%)"));
        QCOMPARE(stressful.without, QStringLiteral("4 of 7 distressing (57%)"));
        QVERIFY2(stressful.verdict.startsWith(QStringLiteral("No clear difference (p = ")),
                 qPrintable(stressful.verdict));

        const ReportTag tired = rows.value(QStringLiteral("very tired"));
        QCOMPARE(tired.with, QStringLiteral("1 of 2 distressing"));
        QCOMPARE(tired.verdict, FactorAnalysis::notEnoughEntriesText());

        const QString notes = r.tagsNotes.join(u' ');
        QVERIFY(notes.contains(QStringLiteral("not what causes what")));
        QVERIFY(notes.contains(QStringLiteral("one can stand out by chance")));
        QVERIFY(!notes.contains(QStringLiteral("your")));
    }

    void sectionsLeftOutAreNotShown()
    {
        const auto data = Fixture::data();
        ReportOptions options = Fixture::defaultOptions();
        options.sections = {ReportSection::Overview};
        const TherapistReport r =
            ReportBuilder::build(data.source(), options, Fixture::generatedAt());
        QVERIFY(r.has(ReportSection::Overview));
        QVERIFY(!r.has(ReportSection::Entries));
        QVERIFY(!r.has(ReportSection::Legend));
    }

    void pseudonymsKeepCounting()
    {
        QCOMPARE(ReportLabels::partnerPseudonym(0), QStringLiteral("Partner A"));
        QCOMPARE(ReportLabels::partnerPseudonym(25), QStringLiteral("Partner Z"));
        QCOMPARE(ReportLabels::partnerPseudonym(26), QStringLiteral("Partner 27"));
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_ReportBuilder.moc"
