#include "ui/reflect/FiveQuestionsForm.h"

#include "core/model/Entry.h"
#include "ui/reflect/ChoiceGroup.h"
#include "ui/text/Wording.h"
#include "ui/widgets/ClearButton.h"
#include "ui/widgets/SensitiveInput.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

// Short names used when listing what is still unanswered.
QString shortName(int index)
{
    switch (index) {
    case 0:
        return FiveQuestionsForm::tr("how it affected tension");
    case 1:
        return FiveQuestionsForm::tr("whether it felt like reliving the past");
    case 2:
        return FiveQuestionsForm::tr("whether it felt emotional or physical");
    case 3:
        return FiveQuestionsForm::tr("what your thoughts were like");
    default:
        return FiveQuestionsForm::tr("how it showed");
    }
}

// A few tears first and "low without tears" last reads more naturally than the key order.
QList<ChoiceGroup::Option> tearsOptions()
{
    QList<ChoiceGroup::Option> options = ChoiceGroup::optionsFor<core::Tears>();
    options.move(0, options.size() - 1);
    return options;
}

} // namespace

FiveQuestionsForm::FiveQuestionsForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fiveQuestions"));
    auto* layout = m_layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);

    m_tension = new ChoiceGroup(
        QStringLiteral("tensionGroup"), tr("&1  Did crying ease the tension, or make it worse?"),
        tr("There's no right answer — just notice how you felt straight afterwards."),
        ChoiceGroup::optionsFor<core::Tension>(), this);
    m_trauma = new ChoiceGroup(
        QStringLiteral("traumaGroup"),
        tr("&2  Did it feel like reliving something painful from the past?"),
        tr("For example, the memory of a hurtful or abusive experience. You don't need to "
           "describe it."),
        ChoiceGroup::optionsFor<core::TraumaReliving>(), this);
    m_response = new ChoiceGroup(
        QStringLiteral("responseGroup"),
        tr("&3  Did it feel emotional, or more like a physical reaction?"),
        tr("Sometimes tears are simply the body letting go; sometimes they carry a feeling."),
        ChoiceGroup::optionsFor<core::ResponseKind>(), this);
    m_thoughts = new ChoiceGroup(QStringLiteral("thoughtsGroup"),
                                 tr("&4  What were your thoughts like at the time?"),
                                 tr("Happy, sad, a mixture — or nothing in particular."),
                                 ChoiceGroup::optionsFor<core::Thoughts>(), this);
    m_thoughtsText = new QLineEdit(this);
    markSensitive(m_thoughtsText);
    m_thoughtsText->setObjectName(QStringLiteral("thoughtsTextEdit"));
    m_thoughtsText->setPlaceholderText(tr("What were you thinking about? (optional)"));
    m_thoughtsText->setAccessibleName(tr("What you were thinking about"));
    m_thoughtsText->setAccessibleDescription(tr("Optional. Only you will see this."));
    ClearButton::enable(m_thoughtsText);
    m_thoughtsText->setMaximumWidth(m_thoughtsText->fontMetrics().averageCharWidth() * 70);
    m_tears = new ChoiceGroup(
        QStringLiteral("tearsGroup"), tr("&5  How did it show?"),
        tr("All of these count — feeling low or irritable without tears is part of this too."),
        tearsOptions(), this);

    layout->addWidget(m_tension);
    layout->addWidget(m_trauma);
    layout->addWidget(m_response);
    auto* thoughtsBox = new QVBoxLayout;
    thoughtsBox->setSpacing(6);
    thoughtsBox->addWidget(m_thoughts);
    thoughtsBox->addWidget(m_thoughtsText);
    layout->addLayout(thoughtsBox);
    layout->addWidget(m_tears);

    for (ChoiceGroup* group : {m_tension, m_trauma, m_response, m_thoughts, m_tears})
        connect(group, &ChoiceGroup::changed, this, &FiveQuestionsForm::changed);
    connect(m_thoughtsText, &QLineEdit::textEdited, this, &FiveQuestionsForm::changed);
}

void FiveQuestionsForm::load(const core::Entry& entry)
{
    m_tension->setValueFrom(entry.tension);
    m_trauma->setValueFrom(entry.traumaReliving);
    m_response->setValueFrom(entry.responseKind);
    m_thoughts->setValueFrom(entry.thoughts);
    m_thoughtsText->setText(entry.thoughtsText);
    m_tears->setValueFrom(entry.tears);
}

void FiveQuestionsForm::apply(core::Entry& entry) const
{
    entry.tension = m_tension->valueAs<core::Tension>();
    entry.traumaReliving = m_trauma->valueAs<core::TraumaReliving>();
    entry.responseKind = m_response->valueAs<core::ResponseKind>();
    entry.thoughts = m_thoughts->valueAs<core::Thoughts>();
    entry.thoughtsText = m_thoughtsText->text().trimmed();
    entry.tears = m_tears->valueAs<core::Tears>();
}

QList<ChoiceGroup*> FiveQuestionsForm::unanswered() const
{
    QList<ChoiceGroup*> out;
    for (ChoiceGroup* group : {m_tension, m_trauma, m_response, m_thoughts, m_tears}) {
        if (!group->value())
            out << group;
    }
    return out;
}

QString FiveQuestionsForm::missingMessage() const
{
    const QList<ChoiceGroup*> all = {m_tension, m_trauma, m_response, m_thoughts, m_tears};
    QStringList names;
    for (int i = 0; i < all.size(); ++i) {
        if (!all.at(i)->value())
            names << shortName(i);
    }
    if (names.isEmpty())
        return {};
    return tr("These five questions are the heart of a reflection, so they're needed to save it. "
              "Still open: %1. A best guess is fine.")
        .arg(Wording::joinedList(names));
}

QWidget* FiveQuestionsForm::firstFocus() const
{
    const auto open = unanswered();
    return open.isEmpty() ? m_tension->focusTarget() : open.constFirst()->focusTarget();
}

void FiveQuestionsForm::setCompact()
{
    m_layout->setSpacing(12);
    for (ChoiceGroup* group : {m_tension, m_trauma, m_response, m_thoughts, m_tears})
        group->setOptionsInRow();
}

} // namespace aftercare::ui
