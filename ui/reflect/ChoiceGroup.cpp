#include "ui/reflect/ChoiceGroup.h"
#include "ui/text/FitToWidth.h"

#include "ui/widgets/TextStyle.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace aftercare::ui {

ChoiceGroup::ChoiceGroup(const QString& objectName, const QString& question, const QString& helper,
                         const QList<Option>& options, QWidget* parent)
    : QWidget(parent), m_question(new QLabel(question, this)), m_group(new QButtonGroup(this)),
      m_questionText(QString(question).remove(QLatin1Char('&')))
{
    setObjectName(objectName);
    setAccessibleName(m_questionText);
    setAccessibleDescription(helper);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_question->setObjectName(objectName + QStringLiteral("_question"));
    m_question->setWordWrap(true);
    TextStyle::scaleFont(m_question, 1.0, true);
    layout->addWidget(m_question);
    if (!helper.isEmpty()) {
        QLabel* hint = fitToWidth(TextStyle::hint(helper, this));
        hint->setObjectName(objectName + QStringLiteral("_helper"));
        layout->addWidget(hint);
    }

    m_options = new QBoxLayout(QBoxLayout::TopToBottom);
    m_options->setSpacing(layout->spacing());
    layout->addLayout(m_options);
    m_group->setExclusive(true);
    for (const Option& option : options) {
        auto* radio = new QRadioButton(option.text, this);
        radio->setObjectName(objectName + QLatin1Char('_') + option.key);
        radio->setAccessibleName(option.text);
        radio->setAccessibleDescription(m_questionText);
        m_group->addButton(radio, option.value);
        m_options->addWidget(radio);
    }
    if (!m_group->buttons().isEmpty())
        m_question->setBuddy(m_group->buttons().constFirst());

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_question->setBuddy(focusTarget());
        Q_EMIT changed();
    });
}

std::optional<int> ChoiceGroup::value() const
{
    if (!m_group->checkedButton())
        return std::nullopt;
    return m_group->checkedId();
}

void ChoiceGroup::setValue(std::optional<int> value)
{
    if (value == this->value())
        return;
    if (!value) {
        // An exclusive group refuses to uncheck its last button; lift that for a moment.
        m_group->setExclusive(false);
        for (QAbstractButton* b : m_group->buttons())
            b->setChecked(false);
        m_group->setExclusive(true);
        m_question->setBuddy(focusTarget());
        Q_EMIT changed();
        return;
    }
    if (QAbstractButton* b = m_group->button(*value))
        b->setChecked(true);
}

QString ChoiceGroup::questionText() const
{
    return m_questionText;
}

QAbstractButton* ChoiceGroup::focusTarget() const
{
    if (QAbstractButton* checked = m_group->checkedButton())
        return checked;
    const auto buttons = m_group->buttons();
    return buttons.isEmpty() ? nullptr : buttons.constFirst();
}

QAbstractButton* ChoiceGroup::button(int value) const
{
    return m_group->button(value);
}

void ChoiceGroup::setOptionsInRow()
{
    if (m_inRow)
        return;
    m_inRow = true;
    m_options->setDirection(QBoxLayout::LeftToRight);
    m_options->setSpacing(3 * fontMetrics().averageCharWidth());
    m_options->addStretch(1);
    for (QAbstractButton* button : m_group->buttons())
        button->installEventFilter(this);
}

bool ChoiceGroup::eventFilter(QObject* watched, QEvent* event)
{
    // Qt moves between grouped radio buttons by where they sit: in a row nothing lies above or
    // below, so Up/Down would go nowhere. Let them mean previous/next, as they do in a column.
    if (m_inRow && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const bool forward =
                (key->key() == Qt::Key_Down) == (layoutDirection() == Qt::LeftToRight);
            QKeyEvent sideways(QEvent::KeyPress, forward ? Qt::Key_Right : Qt::Key_Left,
                               key->modifiers(), key->text(), key->isAutoRepeat(), key->count());
            QCoreApplication::sendEvent(watched, &sideways);
            return sideways.isAccepted();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace aftercare::ui
