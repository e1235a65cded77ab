#include "ui/trends/TrendsWording.h"

#include "core/i18n/DateFormats.h"

#include <QCoreApplication>
#include <QLocale>

namespace aftercare::ui::TrendsWording {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Trends)
};

} // namespace

QString label(core::Tension value)
{
    switch (value) {
    case core::Tension::Relieved:
        return Text::tr("Eased");
    case core::Tension::Unchanged:
        return Text::tr("Unchanged");
    case core::Tension::Worse:
        return Text::tr("Worse");
    }
    return {};
}

QString label(core::Thoughts value)
{
    switch (value) {
    case core::Thoughts::Happy:
        return Text::tr("Happy");
    case core::Thoughts::Mixed:
        return Text::tr("Mixed");
    case core::Thoughts::Sad:
        return Text::tr("Sad");
    case core::Thoughts::Neutral:
        return Text::tr("Neutral");
    }
    return {};
}

QString label(core::Reason value)
{
    switch (value) {
    case core::Reason::Joy:
        return Text::tr("Happy tears");
    case core::Reason::ShameGuilt:
        return Text::tr("Shame or guilt");
    case core::Reason::OverwhelmedScenario:
        return Text::tr("Overwhelmed by the moment");
    case core::Reason::OverwhelmedBody:
        return Text::tr("Overwhelmed by the body");
    case core::Reason::Biological:
        return Text::tr("A bodily response");
    case core::Reason::AnxietyStress:
        return Text::tr("Anxiety or stress");
    case core::Reason::Pain:
        return Text::tr("Pain");
    case core::Reason::Confusion:
        return Text::tr("Confusion, unmet expectations");
    case core::Reason::Relationship:
        return Text::tr("Relationship");
    case core::Reason::Depression:
        return Text::tr("Low mood");
    case core::Reason::Trauma:
        return Text::tr("Past trauma");
    }
    return {};
}

QString severityLabel(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Urgent:
        // The same calm words as the therapist summary.
        return Text::tr("Support needed now");
    case core::Severity::Talk:
        return Text::tr("Worth talking about with someone");
    case core::Severity::Consider:
        return Text::tr("Worth thinking about");
    case core::Severity::Info:
        return Text::tr("Good to know");
    }
    return {};
}

QString periodLabel(int days)
{
    switch (days) {
    case 0:
        return Text::tr("All entries");
    case 365:
        return Text::tr("Last year");
    default:
        return Text::tr("Last %1 days").arg(days);
    }
}

QString windowCaption(const core::Window& window)
{
    if (window.days <= 0)
        return {};
    return Text::tr("Looked at the last %1 days").arg(window.days);
}

QString periodCaption(const QDate& start, core::Period period)
{
    const QLocale locale;
    if (period == core::Period::Week)
        return Text::tr("Week of %1").arg(locale.toString(start, core::DateFormats::shortDate()));
    return locale.toString(start, core::DateFormats::monthYear());
}

QString periodAxisLabel(const QDate& start, core::Period period)
{
    const QLocale locale;
    return locale.toString(start, period == core::Period::Week
                                      ? core::DateFormats::dayMonth()
                                      : core::DateFormats::shortMonthYear());
}

QString partnerLabel(const core::PartnerShare& share)
{
    if (!share.label.isEmpty())
        return share.label;
    return share.partnerId.isEmpty() ? Text::tr("No partner noted") : Text::tr("A removed partner");
}

} // namespace aftercare::ui::TrendsWording
