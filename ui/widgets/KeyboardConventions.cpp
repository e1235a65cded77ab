#include "ui/widgets/KeyboardConventions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QFocusEvent>
#include <QFocusFrame>
#include <QKeyEvent>

namespace aftercare::ui {

namespace {

// A button that belongs to a one-of-many choice (radio buttons), where moving means choosing.
bool isExclusiveChoice(const QAbstractButton* button)
{
    if (!button || !button->isCheckable())
        return false;
    if (const QButtonGroup* group = button->group())
        return group->exclusive();
    return button->autoExclusive();
}

bool inSameChoice(const QAbstractButton* a, const QAbstractButton* b)
{
    if (a->group() || b->group())
        return a->group() == b->group();
    return a->parentWidget() == b->parentWidget();
}

bool isArrow(int key)
{
    return key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
}

} // namespace

KeyboardConventions::KeyboardConventions(QWidget* window)
    : QObject(window), m_window(window), m_ring(new QFocusFrame(window))
{
    m_ring->setObjectName(QStringLiteral("focusRing"));
    m_ring->hide();
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &KeyboardConventions::onFocusChanged);
}

QWidget* KeyboardConventions::ringedWidget() const
{
    return m_ring->isVisibleTo(m_ring->parentWidget()) ? m_ring->widget() : nullptr;
}

bool KeyboardConventions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            // A date/time field spends Tab on its own parts (day, month, year, hour, minute):
            // five presses to get past one field. Its parts move with Left/Right and change
            // with Up/Down; Tab goes on to the next field, as everywhere else.
            if (auto* edit = qobject_cast<QDateTimeEdit*>(watched)) {
                const bool forward =
                    key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
                edit->setCurrentSectionIndex(forward ? edit->sectionCount() - 1 : 0);
            }
        } else if (isArrow(key->key())) {
            auto* button = qobject_cast<QAbstractButton*>(watched);
            if (isExclusiveChoice(button))
                m_arrowFrom = button;
        }
    } else if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->window() == m_window && widget == QApplication::focusWidget()) {
            // A click shows where the focus is by itself; the ring is for the keyboard.
            if (static_cast<QFocusEvent*>(event)->reason() == Qt::MouseFocusReason)
                showRing(nullptr);
            else
                showRing(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

void KeyboardConventions::onFocusChanged(QWidget* old, QWidget* now)
{
    // Qt's arrow keys in a radio group only move the focus unless an option was already
    // chosen; in other desktop apps they choose as they move.
    QPointer<QAbstractButton> from = m_arrowFrom;
    m_arrowFrom = nullptr;
    if (!now || now->window() != m_window)
        showRing(nullptr);
    auto* to = qobject_cast<QAbstractButton*>(now);
    if (from && old == from && to && isExclusiveChoice(to) && inSameChoice(from, to) &&
        !to->isChecked())
        to->click();
}

void KeyboardConventions::showRing(QWidget* widget)
{
    if (!widget) {
        m_ring->hide();
        return;
    }
    m_ring->setWidget(widget);
    // QCommonStyle paints the ring in the window-text colour; the highlight colour reads as
    // "selected here" in light and dark themes alike.
    QPalette palette = m_ring->palette();
    palette.setColor(QPalette::WindowText, widget->palette().color(QPalette::Highlight));
    m_ring->setPalette(palette);
    m_ring->show();
}

} // namespace aftercare::ui
