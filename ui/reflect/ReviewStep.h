// Step 7 of the guided reflection: optional tags for what else was going on, free notes and a
// readable summary of every answer before saving.
#pragma once

#include "ui/reflect/ReflectStep.h"

class QPlainTextEdit;
class QTextBrowser;

namespace aftercare::ui {

class Session;
class TagPicker;

class ReviewStep : public ReflectStep
{
    Q_OBJECT

public:
    explicit ReviewStep(Session* session, QWidget* parent = nullptr);

    void load(const core::Entry& entry) override;
    void apply(core::Entry& entry) const override;
    QWidget* firstFocus() const override;
    void entering(const core::Entry& entry) override;

    void clear();

private:
    Session* m_session;
    TagPicker* m_tags;
    QPlainTextEdit* m_notes;
    QTextBrowser* m_summary;
};

} // namespace aftercare::ui
