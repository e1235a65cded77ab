#include "ui/reflect/MultiChoice.h"
#include "ui/text/FitToWidth.h"

#include "ui/widgets/Contrast.h"
#include "ui/widgets/TextStyle.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

constexpr int chipColumns = 4;

// A check mark in `colour`, or an empty square of the same size, so a chip keeps its width when
// it is chosen.
QIcon checkIcon(const QColor& colour, int size, qreal pixelRatio)
{
    QPixmap pixmap(QSize(size, size) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    if (colour.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(colour, size / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath tick;
        tick.moveTo(size * 0.18, size * 0.52);
        tick.lineTo(size * 0.42, size * 0.76);
        tick.lineTo(size * 0.84, size * 0.26);
        painter.drawPath(tick);
    }
    return QIcon(pixmap);
}

QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

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
            connect(chip, &QPushButton::toggled, this, [this, chip] { markChip(chip); });
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
    m_chips = style == Style::Chips;
    if (m_chips)
        styleChips();
}

MultiChoice::ChipColours MultiChoice::chosenChipColours(const QPalette& palette)
{
    const QColor page = palette.color(QPalette::Base);
    ChipColours c{palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText), {}};
    // Deepen (or, under dark text, lighten) the highlight until its text reads as body text.
    const bool lightText = c.text.lightnessF() > 0.5;
    for (int i = 0; i < 40 && Contrast::ratio(c.text, c.fill) < 4.6; ++i)
        c.fill = lightText ? c.fill.darker(108) : c.fill.lighter(108);
    // In a dark theme a deep fill can sink into the page: an outline in the text colour then
    // keeps the chip's shape clear.
    c.border = Contrast::ratio(c.fill, page) >= 3.0 ? c.fill : palette.color(QPalette::Text);
    return c;
}

void MultiChoice::styleChips()
{
    // Qt's checked push button differs from an unchosen one by a faint tint only. A chosen chip
    // is filled instead, in bold, with a check mark.
    const QPalette p = palette();
    const ChipColours chosen = chosenChipColours(p);
    const QColor outline = mix(p.color(QPalette::Text), p.color(QPalette::Base), 0.45);
    setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; border: 1px solid %3; "
                                 "border-radius: 6px; padding: 5px 10px; text-align: left; }"
                                 "QPushButton:hover:!checked { background: %4; }"
                                 "QPushButton:checked { background: %5; color: %6; "
                                 "border: 1px solid %7; font-weight: bold; }")
                      .arg(p.color(QPalette::Base).name(), p.color(QPalette::Text).name(),
                           outline.name(),
                           mix(p.color(QPalette::Highlight), p.color(QPalette::Base), 0.12).name(),
                           chosen.fill.name(), chosen.text.name(), chosen.border.name()));
    for (QAbstractButton* chip : std::as_const(m_buttons))
        markChip(chip);
}

void MultiChoice::markChip(QAbstractButton* chip)
{
    const int size = chip->fontMetrics().height() * 3 / 4;
    chip->setIconSize(QSize(size, size));
    chip->setIcon(checkIcon(chip->isChecked() ? chosenChipColours(palette()).text : QColor(), size,
                            devicePixelRatioF()));
}

void MultiChoice::changeEvent(QEvent* event)
{
    if (m_chips && event->type() == QEvent::PaletteChange)
        styleChips();
    QWidget::changeEvent(event);
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
