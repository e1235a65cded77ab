// One question answered by picking a single option: the question (with its mnemonic), a helper
// line, and radio buttons in an exclusive group, so Tab enters the group once and the arrow keys
// move between the options. "Not answered yet" is a valid state.
#pragma once

#include "core/model/Vocabulary.h"
#include "ui/text/Wording.h"

#include <optional>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QBoxLayout;
class QButtonGroup;
class QLabel;

namespace aftercare::ui {

class ChoiceGroup : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        QString key; // used in the button's objectName: <group objectName>_<key>
        QString text;
        int value = 0;
    };

    ChoiceGroup(const QString& objectName, const QString& question, const QString& helper,
                const QList<Option>& options, QWidget* parent = nullptr);

    // Options for every value of a vocabulary, labelled with Wording::label.
    template <typename E> static QList<Option> optionsFor()
    {
        QList<Option> out;
        for (E v : core::allValues<E>())
            out.append({core::keyOf(v), Wording::label(v), int(v)});
        return out;
    }

    std::optional<int> value() const;
    void setValue(std::optional<int> value);

    template <typename E> std::optional<E> valueAs() const
    {
        const auto v = value();
        return v ? std::optional<E>(E(*v)) : std::nullopt;
    }
    template <typename E> void setValueFrom(std::optional<E> v)
    {
        setValue(v ? std::optional<int>(int(*v)) : std::nullopt);
    }

    // Plain question text (no mnemonic marker), e.g. for "please answer …" messages.
    QString questionText() const;
    // The widget that should take focus when the question is pointed to: the checked option, or
    // the first one.
    QAbstractButton* focusTarget() const;
    QAbstractButton* button(int value) const;

    // Lays the options side by side instead of one under another, for compact forms. The arrow
    // keys still move through them in order, Up/Down as well as Left/Right.
    void setOptionsInRow();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_question;
    QBoxLayout* m_options;
    bool m_inRow = false;
    QButtonGroup* m_group;
    QString m_questionText;
};

} // namespace aftercare::ui
