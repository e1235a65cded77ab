// A year of days at a glance, one small square per day in week columns: no entry, calm, or
// distressing. Painted by hand (Qt Charts has no calendar); the three kinds differ in fill
// pattern as well as colour, and hovering a day says what it held.
#pragma once

#include "core/analysis/TrendSeries.h"

#include <QList>
#include <QWidget>

namespace aftercare::ui {

class DayCalendar : public QWidget
{
    Q_OBJECT

public:
    explicit DayCalendar(QWidget* parent = nullptr);

    // The days to show, oldest first (at most the last 53 weeks are drawn).
    void setDays(const QList<core::CalendarDay>& days);
    void clear();
    const QList<core::CalendarDay>& days() const { return m_days; }
    int count(core::DayKind kind) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        int cell = 0;
        int gap = 0;
        QPoint origin; // top-left of the first week's Monday
    };
    Geometry geometry(int width) const;
    Geometry geometry() const { return geometry(width()); }
    QRect cellRect(int index, const Geometry& g) const;
    int dayAt(const QPoint& pos) const;
    void paintLegend(QPainter& painter, int top);
    void paintDay(QPainter& painter, const QRect& rect, core::DayKind kind) const;

    QList<core::CalendarDay> m_days;
    int m_leadingBlank = 0; // weekdays before the first day in its week (Monday = 0)
};

} // namespace aftercare::ui
