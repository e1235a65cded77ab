// Step 3 of the guided reflection: the feelings that were there, as chips to pick.
#pragma once

#include "ui/reflect/ReflectStep.h"

namespace aftercare::ui {

class MultiChoice;

class FeelingsStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit FeelingsStep(QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QWidget* firstFocus() const override;

private:
    MultiChoice* m_emotions;
};

} // namespace aftercare::ui
