// The heart of every reflection: the five self-reflection questions, each with a helper line,
// plus the optional "what were you thinking about". Used by the guided flow and the quick log.
#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace aftercare::core {
struct Entry;
}

namespace aftercare::ui {

class ChoiceGroup;

class FiveQuestionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit FiveQuestionsForm(QWidget* parent = nullptr);

    void load(const core::Entry& entry);
    void apply(core::Entry& entry) const;

    // The questions still unanswered, in the order they are asked.
    QList<ChoiceGroup*> unanswered() const;
    // A gentle sentence naming what is missing; empty when all five are answered.
    QString missingMessage() const;
    QWidget* firstFocus() const;

    // Answers side by side and tighter spacing, so the quick log fits on one screen.
    void setCompact();

Q_SIGNALS:
    void changed();

private:
    QVBoxLayout* m_layout;
    ChoiceGroup* m_tension;
    ChoiceGroup* m_trauma;
    ChoiceGroup* m_response;
    ChoiceGroup* m_thoughts;
    QLineEdit* m_thoughtsText;
    ChoiceGroup* m_tears;
};

} // namespace aftercare::ui
