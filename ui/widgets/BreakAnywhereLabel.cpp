#include "ui/widgets/BreakAnywhereLabel.h"

#include <algorithm>
#include <QEvent>
#include <QTextDocument>
#include <QTextOption>

namespace aftercare::ui {

BreakAnywhereLabel::BreakAnywhereLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void BreakAnywhereLabel::breakAnywhere() const
{
    auto* document = findChild<QTextDocument*>();
    if (!document)
        return;
    // Measuring makes QLabel redo its pending text layout now (word-only wrapping)…
    (void)QLabel::heightForWidth(width());
    // …after which the document keeps this until the next time.
    QTextOption option = document->defaultTextOption();
    if (option.wrapMode() != QTextOption::WrapAtWordBoundaryOrAnywhere) {
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document->setDefaultTextOption(option);
    }
}

QSize BreakAnywhereLabel::sizeHint() const
{
    breakAnywhere();
    return QLabel::sizeHint();
}

QSize BreakAnywhereLabel::minimumSizeHint() const
{
    breakAnywhere();
    // QLabel's minimum is as wide as the longest word (it measures at width 0, where a text
    // layout gives up breaking): ten average characters are enough for text that can break
    // anywhere.
    QSize hint = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int tenCharacters =
        fontMetrics().averageCharWidth() * 10 + margins.left() + margins.right() + 2 * margin();
    hint.setWidth(std::min(hint.width(), tenCharacters));
    return hint;
}

int BreakAnywhereLabel::heightForWidth(int width) const
{
    breakAnywhere();
    return QLabel::heightForWidth(width);
}

bool BreakAnywhereLabel::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::ContextMenu:
    case QEvent::FocusIn:
        breakAnywhere();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

void BreakAnywhereLabel::paintEvent(QPaintEvent* event)
{
    breakAnywhere();
    QLabel::paintEvent(event);
}

} // namespace aftercare::ui
