#include "ui/trends/TrendsPage.h"

#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"
#include "ui/text/CheckInWording.h"
#include "ui/trends/ChartCard.h"
#include "ui/trends/DayCalendar.h"
#include "ui/trends/FactorsCard.h"
#include "ui/trends/FindingCard.h"
#include "ui/trends/TrendCharts.h"
#include "ui/trends/TrendsWording.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <cmath>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

constexpr int periodChoices[] = {30, 90, TrendsSnapshot::yearDays, TrendsSnapshot::allDays};
constexpr int defaultPeriod = 90;

QString entriesText(int n)
{
    return TrendsPage::tr("%n entry(s)", nullptr, int(n));
}

QString latestText(const std::optional<core::LatestScore>& latest, core::Instrument instrument)
{
    if (!latest)
        return {};
    return TrendsPage::tr("Latest %1: %2 (%3) on %4.")
        .arg(CheckInWording::name(instrument))
        .arg(latest->score.total)
        .arg(CheckInWording::bandLabel(latest->score.band).toLower(),
             QLocale().toString(latest->takenAt.date(), QLocale::LongFormat));
}

} // namespace

TrendsPage::TrendsPage(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("trendsPage"));
    setAccessibleName(tr("Trends"));

    const ScrollingColumn column = makeScrollingColumn(this);
    column.scroll->setObjectName(QStringLiteral("trendsScroll"));
    QWidget* content = column.content;
    QVBoxLayout* layout = column.layout;
    layout->addWidget(buildHeader(content));

    m_error = WrappedText::paragraph(QString(), content);
    m_error->setObjectName(QStringLiteral("trendsError"));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(TextStyle::heading(tr("What stands out"), content, 1.2));
    m_noFindings = WrappedText::paragraph(
        tr("Nothing in particular stands out right now. Keep reflecting when it helps you."),
        content);
    m_noFindings->setObjectName(QStringLiteral("trendsNoFindings"));
    layout->addWidget(m_noFindings);
    auto* findings = new QWidget(content);
    findings->setObjectName(QStringLiteral("trendsFindings"));
    m_findingsLayout = new QVBoxLayout(findings);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->setSpacing(10);
    layout->addWidget(findings);

    // The person's own tags: with and without each (docs/FINDINGS.md, "Factors").
    m_factorsCard = new FactorsCard(content);
    layout->addWidget(m_factorsCard);

    layout->addSpacing(8);
    layout->addWidget(TextStyle::heading(tr("Over time"), content, 1.2));
    m_notEnough = WrappedText::paragraph(QString(), content);
    m_notEnough->setObjectName(QStringLiteral("trendsNotEnough"));
    layout->addWidget(m_notEnough);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    m_episodes = new ChartCard(
        QStringLiteral("trendsEpisodesChart"), tr("Episodes"),
        tr("How many reflections each week or month, and whether the tears eased tension, left "
           "it as it was, or made it worse (hatched)."),
        content);
    m_share = new ChartCard(
        QStringLiteral("trendsDistressChart"), tr("Share of distressing episodes"),
        tr("Of the episodes in each week or month, how many were hard: tension got worse, sad "
           "thoughts, it bothered you a lot, old trauma came up, or your limits were not "
           "respected. Periods without entries have no point."),
        content);
    m_thoughts = new ChartCard(QStringLiteral("trendsThoughtsChart"), tr("Thoughts"),
                               tr("What your thoughts were like during the tears."), content);
    // Made before the cards below it: Tab follows the order widgets are made in, and the partner
    // chart sits beside the thoughts chart.
    m_partnerChart = new ChartCard(
        QStringLiteral("trendsPartnersChart"), tr("By partner"),
        tr("For each partner, the share of episodes that felt calm and that were distressing "
           "(hatched). The number is how many entries mention them."),
        content);
    m_reasons = new ChartCard(QStringLiteral("trendsReasonsChart"), tr("Reasons"),
                              tr("The reasons you recognised, most frequent at the top."), content);
    m_phq9 = new ChartCard(
        QStringLiteral("trendsPhq9Chart"), tr("Mood: PHQ-9 and signs of low mood"),
        tr("Your PHQ-9 totals on the questionnaire's own ranges (shaded), and how many signs of "
           "low mood you ticked in an entry (squares, right axis)."),
        content);
    m_gad7 =
        new ChartCard(QStringLiteral("trendsGad7Chart"), tr("Worry: GAD-7"),
                      tr("Your GAD-7 totals on the questionnaire's own ranges (shaded)."), content);
    grid->addWidget(m_episodes, 0, 0, 1, 2);
    grid->addWidget(m_share, 1, 0, 1, 2);
    // Reason labels are long, so reasons get the full width; thoughts and partners share a row.
    grid->addWidget(m_thoughts, 2, 0);
    grid->addWidget(m_partnerChart, 2, 1);
    grid->addWidget(m_reasons, 3, 0, 1, 2);
    grid->addWidget(m_phq9, 4, 0, 1, 2);
    grid->addWidget(m_gad7, 5, 0, 1, 2);

    auto* calendarCard = new QFrame(content);
    calendarCard->setObjectName(QStringLiteral("trendsCalendarCard"));
    calendarCard->setFrameShape(QFrame::StyledPanel);
    auto* calendarLayout = new QVBoxLayout(calendarCard);
    calendarLayout->setContentsMargins(14, 12, 14, 12);
    calendarLayout->addWidget(TextStyle::heading(tr("Your year"), calendarCard, 1.12));
    calendarLayout->addWidget(WrappedText::hint(
        tr("Every day of the last year: no entry, only calm episodes, or at least one "
           "distressing one (hatched). Point at a day to see it."),
        calendarCard));
    m_calendar = new DayCalendar(calendarCard);
    calendarLayout->addWidget(m_calendar);
    m_calendarCard = calendarCard;
    grid->addWidget(calendarCard, 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_session, &Session::unlocked, this, &TrendsPage::attachStore);
    connect(m_session, &Session::locked, this, &TrendsPage::clear);
    clear();
    if (m_session->isUnlocked())
        attachStore();
}

QWidget* TrendsPage::buildHeader(QWidget* parent)
{
    auto* header = new QWidget(parent);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* row = new QHBoxLayout;
    row->addWidget(TextStyle::heading(tr("Trends"), header), 1);
    auto* periodLabel = new QLabel(tr("&Period:"), header);
    m_period = new QComboBox(header);
    m_period->setObjectName(QStringLiteral("trendsPeriod"));
    m_period->setAccessibleName(tr("Period the charts show"));
    for (int days : periodChoices)
        m_period->addItem(TrendsWording::periodLabel(days), days);
    m_period->setCurrentIndex(m_period->findData(defaultPeriod));
    periodLabel->setBuddy(m_period);
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    layout->addLayout(row);

    QLabel* note = WrappedText::paragraph(
        tr("These are patterns in what you have written, not a diagnosis. Each one shows the "
           "entries behind it, and some may point to something worth talking about with a "
           "partner, a doctor or a therapist. Only you know the whole story. The findings look "
           "at the last weeks or months (each says which); the period only changes the "
           "charts."),
        header);
    note->setObjectName(QStringLiteral("trendsNote"));
    layout->addWidget(note);

    m_summary = WrappedText::paragraph(QString(), header);
    m_summary->setObjectName(QStringLiteral("trendsSummary"));
    TextStyle::scaleFont(m_summary, 1.0, true);
    layout->addWidget(m_summary);
    return header;
}

int TrendsPage::periodDays() const
{
    return m_period->currentData().toInt();
}

void TrendsPage::setPeriodDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

QStringList TrendsPage::findingIds() const
{
    QStringList ids;
    for (const FindingCard* card : m_cards)
        ids << card->finding().id;
    return ids;
}

void TrendsPage::attachStore()
{
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    for (auto signal : {&core::JournalStore::entriesChanged, &core::JournalStore::checkInsChanged,
                        &core::JournalStore::partnersChanged})
        connect(store, signal, this, &TrendsPage::refresh, Qt::UniqueConnection);
    refresh();
}

void TrendsPage::refresh()
{
    m_needsReload = true;
    if (isVisible())
        reload();
}

void TrendsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsReload)
        reload();
    else if (m_chartsDirty)
        buildCharts();
}

void TrendsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_session->isUnlocked()) {
        // Chart colours come from the palette when a chart is built.
        m_chartsDirty = true;
        if (isVisible())
            buildCharts();
    }
}

void TrendsPage::reload()
{
    m_needsReload = false;
    core::JournalStore* store = m_session->store();
    if (!store) {
        clear();
        return;
    }
    auto contents = store->contents();
    if (!contents) {
        clear();
        m_error->setText(
            tr("Trends could not read your journal: %1").arg(contents.error().message()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_entries = std::move(contents->entries);
    m_checkIns = std::move(contents->checkIns);
    m_partners = std::move(contents->partners);
    recompute();
}

void TrendsPage::recompute()
{
    if (!m_session->isUnlocked())
        return;
    m_snapshot = TrendsSnapshot::compute(m_entries, m_checkIns, m_partners,
                                         core::Clock::instance().now(), periodDays());
    showSummary();
    showFindings();
    m_chartsDirty = true;
    if (isVisible())
        buildCharts();
}

void TrendsPage::showSummary()
{
    const core::TrendSummary& s = m_snapshot.summary;
    const QString period = TrendsWording::periodLabel(m_snapshot.periodDays);
    QStringList parts;
    if (s.entries == 0) {
        parts << tr("%1: no entries.").arg(period);
    } else if (s.entries < TrendsSnapshot::minEntriesForShare) {
        // Counts only: a percentage of a handful of entries says more than it knows.
        parts << tr("%1: %2, %3 of them distressing.")
                     .arg(period, entriesText(s.entries))
                     .arg(s.distressing);
    } else {
        parts << tr("%1: %2, %3 of them distressing (%4%).")
                     .arg(period, entriesText(s.entries))
                     .arg(s.distressing)
                     .arg(int(std::lround(s.distressingShare() * 100)));
    }
    for (const QString& latest : {latestText(s.latestPhq9, core::Instrument::Phq9),
                                  latestText(s.latestGad7, core::Instrument::Gad7)}) {
        if (!latest.isEmpty())
            parts << latest;
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void TrendsPage::showFindings()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const core::Finding& finding : m_snapshot.findings) {
        auto* card = new FindingCard(finding, m_findingsLayout->parentWidget());
        connect(card, &FindingCard::showEntriesRequested, this, &TrendsPage::showEntriesRequested);
        connect(card, &FindingCard::showCheckInRequested, this, &TrendsPage::showCheckInRequested);
        connect(card, &FindingCard::guideRequested, this, &TrendsPage::guideRequested);
        connect(card, &FindingCard::helpNowRequested, this, &TrendsPage::helpNowRequested);
        m_findingsLayout->addWidget(card);
        card->show(); // a layout only shows new children of a visible parent later, queued
        m_cards << card;
    }
    m_noFindings->setVisible(m_cards.isEmpty() && m_session->isUnlocked());
    // Cards made now would come after the charts in the Tab order (it follows creation); put
    // their buttons right after the period choice, where they are on the page.
    QWidget* previous = m_period;
    for (FindingCard* card : std::as_const(m_cards)) {
        for (QWidget* w : card->findChildren<QWidget*>()) {
            if (w->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(previous, w);
                previous = w;
            }
        }
    }
}

void TrendsPage::buildCharts()
{
    m_chartsDirty = false;
    const core::TrendSeries& series = m_snapshot.series;
    const QPalette& pal = palette();
    const bool enough = m_snapshot.hasEnoughForCharts();
    const int n = m_snapshot.entriesInPeriod;

    if (enough) {
        m_notEnough->hide();
    } else {
        // A longer period is suggested only when it would show more.
        const bool olderEntries = m_snapshot.entriesOverall > n;
        QString text;
        if (n == 0)
            text = olderEntries ? tr("No entries in this period yet, so there is nothing to "
                                     "chart. Choose a longer period above to include older "
                                     "ones.")
                                : tr("No entries yet, so there is nothing to chart. Patterns "
                                     "appear here after a few reflections.");
        else if (n < TrendsSnapshot::minEntriesForCharts)
            text = tr("Not enough entries yet to show patterns: charts need at least %1 "
                      "reflections, and there is %n so far — %2 more will do. Until then, the "
                      "counts above are the honest picture.",
                      nullptr, int(n))
                       .arg(TrendsSnapshot::minEntriesForCharts)
                       .arg(TrendsSnapshot::minEntriesForCharts - n);
        else if (m_snapshot.series.period == core::Period::Week)
            text = tr("Not enough entries yet to show patterns over time: all %n reflections "
                      "fall in the same week, so a chart would be a single bar. Reflections from "
                      "another week will bring the charts; until then, the counts above are the "
                      "honest picture.",
                      nullptr, int(n));
        else
            text = tr("Not enough entries yet to show patterns over time: all %n reflections "
                      "fall in the same month, so a chart would be a single bar. Reflections "
                      "from another month will bring the charts; until then, the counts above "
                      "are the honest picture.",
                      nullptr, int(n));
        if (olderEntries && n > 0)
            text += QLatin1Char(' ') + tr("A longer period above would include older ones.");
        m_notEnough->setText(text);
        m_notEnough->show();
    }
    m_factorsCard->setFactors(m_snapshot.factors, pal);
    m_factorsCard->show();
    for (ChartCard* card : {m_episodes, m_share, m_thoughts, m_reasons, m_partnerChart}) {
        card->setVisible(enough);
        if (!enough)
            card->clear();
    }
    if (enough) {
        const QString over =
            series.period == core::Period::Week ? tr("%1 over %2 weeks") : tr("%1 over %2 months");
        const QString summary = over.arg(entriesText(n)).arg(series.periods.size());
        m_episodes->setChart(TrendCharts::episodes(series, pal), {}, summary);
        m_share->setChart(
            TrendCharts::distressShare(series, pal), {},
            tr("%1 of %2 distressing").arg(m_snapshot.summary.distressing).arg(entriesText(n)));
        m_thoughts->setChart(TrendCharts::thoughts(series, pal),
                             tr("No thoughts were noted in this period."));
        m_reasons->setChart(TrendCharts::reasons(series, pal),
                            tr("No reasons were noted in this period."));
        m_partnerChart->setChart(
            TrendCharts::partners(series, pal),
            tr("A comparison appears when entries in this period mention more than one partner "
               "(entries without a partner count as a group of their own)."));
    }

    m_phq9->setVisible(true);
    m_phq9->setChart(TrendCharts::scores(series, core::Instrument::Phq9, pal),
                     tr("No PHQ-9 check-ins and no signs of low mood noted in this period. You "
                        "can take a check-in whenever you like on the Check-ins page."),
                     tr("%1 PHQ-9 check-ins").arg(series.phq9.size()));
    m_gad7->setChart(TrendCharts::scores(series, core::Instrument::Gad7, pal), {},
                     tr("%1 GAD-7 check-ins").arg(series.gad7.size()));
    m_gad7->setVisible(m_gad7->hasChart());

    const bool anyDay = std::any_of(m_snapshot.year.cbegin(), m_snapshot.year.cend(),
                                    [](const core::CalendarDay& d) { return d.entries > 0; });
    m_calendar->setDays(anyDay ? m_snapshot.year : QList<core::CalendarDay>{});
    m_calendarCard->setVisible(anyDay);
}

void TrendsPage::clear()
{
    m_entries.clear();
    m_checkIns.clear();
    m_partners.clear();
    m_snapshot = TrendsSnapshot{};
    m_snapshot.periodDays = periodDays();
    qDeleteAll(m_cards);
    m_cards.clear();
    m_noFindings->hide();
    m_summary->clear();
    m_error->hide();
    m_notEnough->clear();
    m_notEnough->hide();
    for (ChartCard* card : {static_cast<ChartCard*>(m_factorsCard), m_episodes, m_share, m_thoughts,
                            m_reasons, m_phq9, m_gad7, m_partnerChart}) {
        card->clear();
        card->hide();
    }
    m_calendar->clear();
    m_calendarCard->hide();
    m_needsReload = true;
    m_chartsDirty = false;
}

} // namespace aftercare::ui
