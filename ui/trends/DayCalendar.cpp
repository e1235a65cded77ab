#include "ui/trends/DayCalendar.h"

#include "core/i18n/DateFormats.h"
#include "ui/trends/ChartStyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace aftercare::ui {

namespace {

constexpr int maxWeeks = 53;
constexpr int maxCell = 15;
constexpr int minCell = 6;
constexpr int labelWidth = 34;
constexpr int monthRow = 18;
constexpr int legendRow = 26;

} // namespace

DayCalendar::DayCalendar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trendsCalendar"));
    setAccessibleName(tr("Calendar of the last year"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DayCalendar::setDays(const QList<core::CalendarDay>& days)
{
    const qsizetype keep = qsizetype(maxWeeks - 1) * 7 + 1;
    m_days = days.size() > keep ? days.mid(days.size() - keep) : days;
    m_leadingBlank = m_days.isEmpty() ? 0 : m_days.constFirst().date.dayOfWeek() - 1;
    updateGeometry();
    const int withEntries = count(core::DayKind::Calm) + count(core::DayKind::Distressing);
    setAccessibleDescription(
        tr("%1 days shown: %2 with entries, %3 of them with a distressing episode.")
            .arg(m_days.size())
            .arg(withEntries)
            .arg(count(core::DayKind::Distressing)));
    update();
}

void DayCalendar::clear()
{
    setDays({});
}

int DayCalendar::count(core::DayKind kind) const
{
    return int(std::count_if(m_days.cbegin(), m_days.cend(),
                             [kind](const core::CalendarDay& d) { return d.kind == kind; }));
}

QSize DayCalendar::sizeHint() const
{
    const int width = labelWidth + maxWeeks * (maxCell + 3);
    return {width, heightForWidth(width)};
}

QSize DayCalendar::minimumSizeHint() const
{
    const int width = labelWidth + maxWeeks * (minCell + 1);
    return {width, heightForWidth(width)};
}

int DayCalendar::heightForWidth(int width) const
{
    const Geometry g = geometry(width);
    return monthRow + 7 * (g.cell + g.gap) + 6 + legendRow + 4;
}

DayCalendar::Geometry DayCalendar::geometry(int width) const
{
    Geometry g;
    const int weeks = std::max(1, (m_leadingBlank + int(m_days.size()) + 6) / 7);
    const int step =
        std::clamp((width - labelWidth) / std::max(weeks, 20), minCell + 1, maxCell + 3);
    g.gap = step > 10 ? 3 : 1;
    g.cell = step - g.gap;
    g.origin = QPoint(labelWidth, monthRow);
    return g;
}

QRect DayCalendar::cellRect(int index, const Geometry& g) const
{
    const int slot = index + m_leadingBlank;
    const int step = g.cell + g.gap;
    return {g.origin.x() + (slot / 7) * step, g.origin.y() + (slot % 7) * step, g.cell, g.cell};
}

int DayCalendar::dayAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    for (int i = 0; i < m_days.size(); ++i) {
        if (cellRect(i, g).contains(pos))
            return i;
    }
    return -1;
}

void DayCalendar::paintDay(QPainter& painter, const QRect& rect, core::DayKind kind) const
{
    const QColor outline = palette().color(QPalette::Mid);
    switch (kind) {
    case core::DayKind::NoEntry:
        painter.setPen(outline);
        painter.setBrush(palette().brush(QPalette::Base));
        break;
    case core::DayKind::Calm:
        painter.setPen(ChartStyle::color(ChartStyle::Role::Calm));
        painter.setBrush(ChartStyle::color(ChartStyle::Role::Calm));
        break;
    case core::DayKind::Distressing: {
        const QColor c = ChartStyle::color(ChartStyle::Role::Distress);
        QColor soft = c;
        soft.setAlpha(90);
        painter.setPen(c);
        painter.setBrush(soft);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
        painter.setBrush(QBrush(c, Qt::BDiagPattern));
        break;
    }
    }
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
}

void DayCalendar::paintLegend(QPainter& painter, int top)
{
    const QFontMetrics fm = fontMetrics();
    int x = labelWidth;
    const std::pair<core::DayKind, QString> items[] = {
        {core::DayKind::NoEntry, tr("No entry")},
        {core::DayKind::Calm, tr("Calm")},
        {core::DayKind::Distressing, tr("Distressing")}};
    for (const auto& [kind, text] : items) {
        const QRect box(x, top + (legendRow - 12) / 2, 12, 12);
        paintDay(painter, box, kind);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(x + 18, top, fm.horizontalAdvance(text) + 4, legendRow),
                         Qt::AlignVCenter | Qt::AlignLeft, text);
        x += 18 + fm.horizontalAdvance(text) + 20;
    }
}

void DayCalendar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Geometry g = geometry();
    const QLocale locale;
    const QColor text = palette().color(QPalette::Text);

    painter.setPen(text);
    const int step = g.cell + g.gap;
    for (int weekday : {1, 3, 5}) { // Mon, Wed, Fri keep the column light
        const QRect row(0, g.origin.y() + (weekday - 1) * step - 2, labelWidth - 6, step + 2);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(weekday, QLocale::ShortFormat));
    }

    int lastMonthLabelX = -1000;
    for (int i = 0; i < m_days.size(); ++i) {
        const core::CalendarDay& day = m_days.at(i);
        const QRect rect = cellRect(i, g);
        paintDay(painter, rect, day.kind);
        if (day.date.day() == 1 || i == 0) {
            const QString month = locale.monthName(day.date.month(), QLocale::ShortFormat);
            const int x = rect.x();
            if (x - lastMonthLabelX > fontMetrics().horizontalAdvance(month) + 4) {
                painter.setPen(text);
                painter.drawText(QRect(x, 0, 60, monthRow - 2), Qt::AlignLeft | Qt::AlignBottom,
                                 month);
                lastMonthLabelX = x;
            }
        }
    }
    paintLegend(painter, g.origin.y() + 7 * step + 6);
}

bool DayCalendar::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = dayAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const core::CalendarDay& day = m_days.at(i);
        const QString date = QLocale().toString(day.date, core::DateFormats::weekdayLongDate());
        QString what;
        if (day.kind == core::DayKind::NoEntry)
            what = tr("no entry");
        else if (day.entries == 1)
            what = day.kind == core::DayKind::Distressing ? tr("1 entry, distressing")
                                                          : tr("1 entry, calm");
        else
            what = day.kind == core::DayKind::Distressing
                       ? tr("%1 entries, at least one distressing").arg(day.entries)
                       : tr("%1 entries, all calm").arg(day.entries);
        QToolTip::showText(help->globalPos(), tr("%1: %2").arg(date, what), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace aftercare::ui
