// Step 2 of the guided reflection: the five questions. The flow cannot move past it until all
// five are answered.
#pragma once

#include "ui/reflect/ReflectStep.h"

namespace aftercare::ui {

class FiveQuestionsForm;

class QuestionsStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit QuestionsStep(QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QString missingMessage() const override;
    QWidget* firstFocus() const override;

private:
    FiveQuestionsForm* m_form;
};

} // namespace aftercare::ui
