// Scrolling content: the one-column page the Trends page and the check-in screens share, so
// their margins and scrolling stay alike, and scroll areas for content built beforehand.
#pragma once

class QScrollArea;
class QString;
class QVBoxLayout;
class QWidget;

namespace aftercare::ui {

struct ScrollingColumn
{
    QScrollArea* scroll; // frameless, fills the page
    QWidget* content;    // the scrolled widget
    QVBoxLayout* layout; // page margins and spacing already set
};

// Fills `page` (which must have no layout yet) with a scrolling column.
ScrollingColumn makeScrollingColumn(QWidget* page);

// A frameless scroll area showing `content` (already built) as wide as its viewport.
// QScrollArea::setWidget() given a built widget lays all of it out at once (every wrapped label
// at trial widths and at the area's first, tiny width), and again when the area gets its real
// size; this hands the area an empty holder and puts `content` in it, so the layout is worked
// out once.
QScrollArea* makeResizingScrollArea(QWidget* content, QWidget* parent);

// Fills `page` (which must have no layout yet) with such a scroll area showing `column` on the
// left, no wider than the column's maximum width, over the window's page colour (Home, Settings).
QScrollArea* fillWithScrollingColumn(QWidget* page, QWidget* column);

} // namespace aftercare::ui
