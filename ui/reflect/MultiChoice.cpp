#include "ui/reflect/MultiChoice.h"
#include "ui/text/FitToWidth.h"

#include "ui/widgets/TextStyle.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

constexpr int chipColumns = 4;

} // namespace

MultiChoice::MultiChoice(const QString& objectName, const QString& question, const QString& helper,
                         Style style, const QList<Option>& options, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    const QString plainQuestion = QString(question).remove(QLatin1Char('&'));
    setAccessibleName(plainQuestion);
    setAccessibleDescription(helper);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* questionLabel = new QLabel(question, this);
    questionLabel->setObjectName(objectName + QStringLiteral("_question"));
    questionLabel->setWordWrap(true);
    TextStyle::scaleFont(questionLabel, 1.0, true);
    layout->addWidget(questionLabel);
    if (!helper.isEmpty()) {
        QLabel* hint = fitToWidth(TextStyle::hint(helper, this));
        hint->setObjectName(objectName + QStringLiteral("_helper"));
        layout->addWidget(hint);
    }

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(style == Style::Chips ? 6 : 2);
    layout->addLayout(grid);

    int row = 0;
    for (int i = 0; i < options.size(); ++i) {
        const Option& option = options.at(i);
        QAbstractButton* button = nullptr;
        if (style == Style::Chips) {
            auto* chip = new QPushButton(option.text, this);
            chip->setCheckable(true);
            chip->setAutoDefault(false);
            button = chip;
            grid->addWidget(chip, i / chipColumns, i % chipColumns);
        } else {
            button = new QCheckBox(option.text, this);
            grid->addWidget(button, row++, 0);
            if (!option.explanation.isEmpty()) {
                QLabel* explanation = fitToWidth(TextStyle::hint(option.explanation, this));
                explanation->setObjectName(objectName + QLatin1Char('_') + option.key +
                                           QStringLiteral("_explanation"));
                // Line the explanation up with the check box's text rather than its box.
                explanation->setContentsMargins(24, 0, 0, 6);
                grid->addWidget(explanation, row++, 0);
            }
        }
        button->setObjectName(objectName + QLatin1Char('_') + option.key);
        button->setAccessibleName(option.text);
        button->setAccessibleDescription(option.explanation.isEmpty() ? plainQuestion
                                                                      : option.explanation);
        button->setProperty("bitIndex", option.value);
        connect(button, &QAbstractButton::toggled, this, &MultiChoice::changed);
        m_buttons.append(button);
    }
    if (!m_buttons.isEmpty())
        questionLabel->setBuddy(m_buttons.constFirst());
}

std::uint32_t MultiChoice::bits() const
{
    std::uint32_t out = 0;
    for (QAbstractButton* b : m_buttons) {
        if (b->isChecked())
            out |= std::uint32_t(1) << unsigned(b->property("bitIndex").toInt());
    }
    return out;
}

void MultiChoice::setBits(std::uint32_t bits)
{
    for (QAbstractButton* b : m_buttons)
        b->setChecked((bits >> unsigned(b->property("bitIndex").toInt())) & 1U);
}

QAbstractButton* MultiChoice::button(int value) const
{
    for (QAbstractButton* b : m_buttons) {
        if (b->property("bitIndex").toInt() == value)
            return b;
    }
    return nullptr;
}

QAbstractButton* MultiChoice::firstButton() const
{
    return m_buttons.isEmpty() ? nullptr : m_buttons.constFirst();
}

} // namespace aftercare::ui
