#include "ui/widgets/ScrollingPage.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

// A page's scroll area is not a Tab stop of its own: Tab goes from the sidebar straight to the
// page's first control, and the area still scrolls to whatever control the focus moves to. A
// screen reader announces it by this name (callers may give a better one).
QScrollArea* pageScrollArea(QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setAccessibleName(QCoreApplication::translate("ScrollingPage", "Page content"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

} // namespace

ScrollingColumn makeScrollingColumn(QWidget* page)
{
    QScrollArea* scroll = pageScrollArea(page);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    return {scroll, content, layout};
}

QScrollArea* makeResizingScrollArea(QWidget* content, QWidget* parent)
{
    QScrollArea* scroll = pageScrollArea(parent);
    // Handed over empty, then filled: the layout is worked out once, when the area has its size.
    auto* holder = new QWidget;
    scroll->setWidget(holder);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    return scroll;
}

QScrollArea* fillWithScrollingColumn(QWidget* page, QWidget* column)
{
    auto* holder = new QWidget;
    auto* holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(column, 1);
    holderLayout->addStretch(0);
    QScrollArea* scroll = makeResizingScrollArea(holder, page);
    scroll->viewport()->setAutoFillBackground(false); // the window's calm page colour shows
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return scroll;
}

} // namespace aftercare::ui
