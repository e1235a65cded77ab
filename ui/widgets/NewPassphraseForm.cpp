#include "ui/widgets/NewPassphraseForm.h"

#include "ui/widgets/PassphraseStrength.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/ShowPassphrase.h"
#include "ui/widgets/TextStyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QVBoxLayout>

namespace aftercare::ui {

NewPassphraseForm::NewPassphraseForm(const QString& namePrefix, QWidget* parent,
                                     const QString& label)
    : QWidget(parent)
{
    setObjectName(namePrefix + QStringLiteral("NewPassphraseForm"));

    m_passphrase = new QLineEdit(this);
    markSensitive(m_passphrase);
    m_passphrase->setObjectName(namePrefix + QStringLiteral("Passphrase"));
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("A few words only you would put together"));
    addShowPassphraseToggle(m_passphrase);

    m_meter = new QProgressBar(this);
    m_meter->setObjectName(namePrefix + QStringLiteral("StrengthMeter"));
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_meter->setRange(0, 5);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);

    m_strength = TextStyle::hint(QString(), this);
    m_strength->setObjectName(namePrefix + QStringLiteral("Strength"));

    m_confirm = new QLineEdit(this);
    markSensitive(m_confirm);
    m_confirm->setObjectName(namePrefix + QStringLiteral("Confirm"));
    m_confirm->setAccessibleName(tr("Repeat the new passphrase"));
    m_confirm->setEchoMode(QLineEdit::Password);
    addShowPassphraseToggle(m_confirm);

    m_match = TextStyle::hint(QString(), this);
    m_match->setObjectName(namePrefix + QStringLiteral("MatchHint"));

    m_acceptWeak = new QCheckBox(tr("I understand it is weak — use it anyway"), this);
    m_acceptWeak->setObjectName(namePrefix + QStringLiteral("AcceptWeak"));
    m_acceptWeak->setAccessibleName(m_acceptWeak->text());
    m_acceptWeak->hide();
    // The feedback lines keep their room while empty or hidden, so the form does not jump
    // under the typing hand as they come and go.
    for (QLabel* line : {m_strength, m_match})
        line->setMinimumHeight(line->fontMetrics().lineSpacing());
    QSizePolicy keepRoom = m_acceptWeak->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_acceptWeak->setSizePolicy(keepRoom);

    // Two rows only, each field with its feedback right underneath, so nothing leaves gaps
    // when a hint is empty or the weak-passphrase checkbox is hidden.
    const auto column = [](std::initializer_list<QWidget*> widgets) {
        auto* box = new QVBoxLayout;
        box->setSpacing(4);
        for (QWidget* w : widgets)
            box->addWidget(w);
        return box;
    };
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(label.isEmpty() ? tr("&Passphrase") : label,
                 column({m_passphrase, m_meter, m_strength}));
    form->addRow(tr("&Repeat it"), column({m_confirm, m_match, m_acceptWeak}));
    // The labels' mnemonics still lead to the fields.
    if (auto* first = qobject_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget()))
        first->setBuddy(m_passphrase);
    if (auto* second = qobject_cast<QLabel*>(form->itemAt(1, QFormLayout::LabelRole)->widget()))
        second->setBuddy(m_confirm);
    m_formLayout = form;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_passphrase, &QLineEdit::textChanged, this, &NewPassphraseForm::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &NewPassphraseForm::update);
    connect(m_acceptWeak, &QCheckBox::toggled, this, &NewPassphraseForm::update);
    connect(m_passphrase, &QLineEdit::returnPressed, m_confirm,
            [this] { m_confirm->setFocus(Qt::TabFocusReason); });
    connect(m_confirm, &QLineEdit::returnPressed, this, &NewPassphraseForm::submitted);
    update();
}

void NewPassphraseForm::update()
{
    const PassphraseStrength s = PassphraseStrength::evaluate(m_passphrase->text());
    m_meter->setValue(int(s.level));
    // Amber for weak, green for good: the colours only repeat what the words already say.
    static const QColor colours[] = {QColor(),
                                     QColor(0xc0, 0x5a, 0x3c),
                                     QColor(0xc9, 0x82, 0x2b),
                                     QColor(0xb8, 0xa0, 0x2c),
                                     QColor(0x4f, 0x9a, 0x5e),
                                     QColor(0x3d, 0x85, 0x4f)};
    QPalette meterPalette = m_meter->palette();
    if (const QColor colour = colours[int(s.level)]; colour.isValid())
        meterPalette.setColor(QPalette::Highlight, colour);
    m_meter->setPalette(meterPalette);
    QString text = s.label;
    if (!s.advice.isEmpty())
        text += QStringLiteral(". ") + s.advice;
    m_strength->setText(text);
    m_meter->setAccessibleDescription(s.label);

    const bool weak =
        s.isWeak() && m_passphrase->text().size() >= PassphraseStrength::minimumLength;
    m_acceptWeak->setVisible(weak);
    if (!weak)
        m_acceptWeak->setChecked(false);

    if (m_confirm->text().isEmpty())
        m_match->setText(QString());
    else if (m_confirm->text() == m_passphrase->text())
        m_match->setText(tr("The two match."));
    else
        m_match->setText(tr("These don't match yet."));
    Q_EMIT changed();
}

QString NewPassphraseForm::problem() const
{
    const QString text = m_passphrase->text();
    if (text.isEmpty())
        return tr("Choose a passphrase.");
    if (text.size() < PassphraseStrength::minimumLength)
        return tr("Use at least %1 characters.").arg(PassphraseStrength::minimumLength);
    if (m_confirm->text() != text)
        return tr("Type the same passphrase twice.");
    if (PassphraseStrength::evaluate(text).isWeak() && !m_acceptWeak->isChecked())
        return tr("This passphrase is weak. Make it longer, or confirm that you want to use it.");
    return QString();
}

bool NewPassphraseForm::isAcceptable() const
{
    return problem().isEmpty();
}

core::SecretBytes NewPassphraseForm::passphrase() const
{
    return core::SecretBytes::fromUtf8(m_passphrase->text());
}

void NewPassphraseForm::clear()
{
    m_passphrase->clear();
    m_confirm->clear();
    m_acceptWeak->setChecked(false);
    update();
}

void NewPassphraseForm::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void NewPassphraseForm::setInputEnabled(bool enabled)
{
    m_passphrase->setEnabled(enabled);
    m_confirm->setEnabled(enabled);
    m_acceptWeak->setEnabled(enabled);
}

} // namespace aftercare::ui
