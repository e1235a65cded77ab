#include "ui/reflect/FeelingsStep.h"

#include "core/model/Entry.h"
#include "ui/reflect/MultiChoice.h"

#include <QAbstractButton>
#include <QVBoxLayout>

namespace aftercare::ui {

FeelingsStep::FeelingsStep(QWidget* parent)
    : ReflectStep(QStringLiteral("feelingsStep"), tr("Feelings"), parent)
{
    auto* layout = new QVBoxLayout(this);
    m_emotions = new MultiChoice(
        QStringLiteral("emotionChips"), tr("&Which feelings were there?"),
        tr("Pick as many as fit, or none. Opposite feelings often turn up together — that's "
           "normal."),
        MultiChoice::Style::Chips, MultiChoice::optionsFor<core::Emotion>(), this);
    layout->addWidget(m_emotions);
    layout->addStretch(1);
    connect(m_emotions, &MultiChoice::changed, this, &FeelingsStep::changed);
}

void FeelingsStep::load(const core::Entry& entry)
{
    m_emotions->setValueFrom(entry.emotions);
}

void FeelingsStep::apply(core::Entry& entry) const
{
    entry.emotions = m_emotions->valueAs<core::Emotion>();
}

QWidget* FeelingsStep::firstFocus() const
{
    return m_emotions->firstButton();
}

} // namespace aftercare::ui
