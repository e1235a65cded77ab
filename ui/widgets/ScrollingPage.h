// A page whose content scrolls as one column: the layout the Trends page and the check-in screens
// share, so their margins and scrolling stay alike.
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

} // namespace aftercare::ui
