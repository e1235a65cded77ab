// Step 5 of the guided reflection: how the partner responded, and whether everything felt
// consensual and within the user's limits. "No" brings up care and support — never analysis.
#pragma once

#include "ui/reflect/ReflectStep.h"

namespace aftercare::ui {

class Session;
class ChoiceGroup;
class InfoPanel;
class SupportPanel;

class SafetyStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit SafetyStep(Session* session, QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QWidget* firstFocus() const override;
    void entering(const core::Entry& entry) override;

private:
    void updatePanels();

    Session* m_session;
    ChoiceGroup* m_response;
    ChoiceGroup* m_limits;
    InfoPanel* m_care;
    SupportPanel* m_support;
    InfoPanel* m_unsure;
};

} // namespace aftercare::ui
