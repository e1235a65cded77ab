// The Trends page: what the journal noticed (findings as cards, most important first, each with
// its entries and what can help), the person's tags (FactorsCard), then charts of the chosen
// period and a year of days. Computed once per refresh, only while the page is shown; emptied the
// moment the journal locks.
#pragma once

#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"
#include "ui/trends/TrendsSnapshot.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace aftercare::ui {

class ChartCard;
class DayCalendar;
class FactorsCard;
class FindingCard;
class Session;

class TrendsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsPage(Session* session, QWidget* parent = nullptr);

    // 30, 90, 365, or 0 for every entry.
    int periodDays() const;
    void setPeriodDays(int days);
    // The ids of the finding cards shown, top to bottom.
    QStringList findingIds() const;
    const TrendsSnapshot& snapshot() const { return m_snapshot; }

public Q_SLOTS:
    // Re-reads the journal now if the page is shown, otherwise the next time it is.
    void refresh();

Q_SIGNALS:
    void showEntriesRequested(const QStringList& ids, const QString& caption);
    void showCheckInRequested(const QString& checkInId);
    void guideRequested(const QString& topic);
    void helpNowRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader(QWidget* parent);
    void attachStore();
    void clear();
    void reload();
    void recompute();
    void showFindings();
    void showSummary();
    void buildCharts();

    Session* m_session;
    bool m_needsReload = true;
    bool m_chartsDirty = true;
    QList<core::Entry> m_entries;
    QList<core::CheckIn> m_checkIns;
    QList<core::Partner> m_partners;
    TrendsSnapshot m_snapshot;

    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_noFindings = nullptr;
    QVBoxLayout* m_findingsLayout = nullptr;
    QList<FindingCard*> m_cards;
    QLabel* m_notEnough = nullptr;
    FactorsCard* m_factorsCard = nullptr;
    ChartCard* m_episodes = nullptr;
    ChartCard* m_share = nullptr;
    ChartCard* m_thoughts = nullptr;
    ChartCard* m_reasons = nullptr;
    ChartCard* m_phq9 = nullptr;
    ChartCard* m_gad7 = nullptr;
    ChartCard* m_partnerChart = nullptr;
    QWidget* m_calendarCard = nullptr;
    DayCalendar* m_calendar = nullptr;
};

} // namespace aftercare::ui
