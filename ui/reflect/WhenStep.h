// Step 1 of the guided reflection: when it happened (now by default, any time in the past),
// during or after sex, and — optionally — with whom.
#pragma once

#include "ui/reflect/ReflectStep.h"

#include <QDateTime>

class QDateTimeEdit;
class QLabel;

namespace aftercare::ui {

class Session;
class ChoiceGroup;
class PartnerPicker;

class WhenStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit WhenStep(Session* session, QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QWidget* firstFocus() const override;

    void clear();
    // An entry being changed already has its moment: the step says so instead of "now".
    void setEditing(bool editing);

private:
    QLabel* m_whenLabel;
    QLabel* m_whenHint;
    QDateTimeEdit* m_when;
    ChoiceGroup* m_timing;
    PartnerPicker* m_partner;
    QDateTime m_loaded;
    bool m_whenTouched = false;
};

} // namespace aftercare::ui
