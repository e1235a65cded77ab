// Step 6 of the guided reflection: signs of low mood over the last two weeks, a recent birth,
// and how much this episode bothers the user.
#pragma once

#include "ui/reflect/ReflectStep.h"

namespace aftercare::ui {

class ChoiceGroup;
class MultiChoice;

class WellbeingStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit WellbeingStep(QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QWidget* firstFocus() const override;

private:
    MultiChoice* m_signs;
    ChoiceGroup* m_postpartum;
    ChoiceGroup* m_bother;
};

} // namespace aftercare::ui
