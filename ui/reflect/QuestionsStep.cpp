#include "ui/reflect/QuestionsStep.h"
#include "ui/text/FitToWidth.h"

#include "ui/reflect/FiveQuestionsForm.h"
#include "ui/widgets/TextStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace aftercare::ui {

QuestionsStep::QuestionsStep(QWidget* parent)
    : ReflectStep(QStringLiteral("questionsStep"), tr("The five questions"), parent),
      m_form(new FiveQuestionsForm(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(fitToWidth(TextStyle::paragraph(
        tr("Take a breath. These five questions help you notice what the tears were about. "
           "Go with your first feeling — you can always change it later."),
        this)));
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &FiveQuestionsForm::changed, this, &QuestionsStep::changed);
}

void QuestionsStep::load(const core::Entry& entry)
{
    m_form->load(entry);
}

void QuestionsStep::apply(core::Entry& entry) const
{
    m_form->apply(entry);
}

QString QuestionsStep::missingMessage() const
{
    return m_form->missingMessage();
}

QWidget* QuestionsStep::firstFocus() const
{
    return m_form->firstFocus();
}

} // namespace aftercare::ui
