// Step 4 of the guided reflection: the eleven possible reasons, each explained in a line, and
// how much pain there was. Any pain brings up, right there, what commonly causes it and that it
// is treatable.
#pragma once

#include "ui/reflect/ReflectStep.h"

namespace aftercare::ui {

class ChoiceGroup;
class InfoPanel;
class MultiChoice;

class ReasonsStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit ReasonsStep(QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QWidget* firstFocus() const override;

private:
    void updatePainInfo();

    MultiChoice* m_reasons;
    ChoiceGroup* m_pain;
    InfoPanel* m_painInfo;
};

} // namespace aftercare::ui
