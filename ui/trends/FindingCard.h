// One finding on the Trends page: how much it matters, its title and explanation, what it looked
// at, and the ways forward — the entries behind it, the guide page that can help, and for the
// most serious ones help right now.
#pragma once

#include "core/analysis/Finding.h"

#include <QFrame>

namespace aftercare::ui {

class FindingCard : public QFrame
{
    Q_OBJECT

public:
    // Named "findingCard_<id>"; its buttons "findingEntries_<id>", "findingHelp_<id>" and
    // "findingHelpNow_<id>".
    explicit FindingCard(const core::Finding& finding, QWidget* parent = nullptr);

    const core::Finding& finding() const { return m_finding; }

    // The colour of a severity's stripe; mid-tones that read on light and dark palettes.
    static QColor severityColor(core::Severity severity);

Q_SIGNALS:
    void showEntriesRequested(const QStringList& ids, const QString& caption);
    // The finding rests on this check-in: open its result.
    void showCheckInRequested(const QString& checkInId);
    void guideRequested(const QString& topic);
    void helpNowRequested();

private:
    core::Finding m_finding;
};

} // namespace aftercare::ui
