// A question answered by picking any number of options: emotion chips (checkable buttons in a
// grid) or a checklist whose items can carry a one-line explanation. Each option is its own tab
// stop and Space toggles it.
#pragma once

#include "core/model/EnumSet.h"
#include "ui/text/Wording.h"

#include <cstdint>
#include <QColor>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;

namespace aftercare::ui {

class MultiChoice : public QWidget
{
    Q_OBJECT

public:
    enum class Style
    {
        Chips,
        Checklist
    };

    struct Option
    {
        QString key; // used in the button's objectName: <objectName>_<key>
        QString text;
        QString explanation; // optional, shown under the option in a checklist
        int value = 0;       // bit index
    };

    MultiChoice(const QString& objectName, const QString& question, const QString& helper,
                Style style, const QList<Option>& options, QWidget* parent = nullptr);

    template <typename E> static QList<Option> optionsFor()
    {
        QList<Option> out;
        for (E v : core::allValues<E>())
            out.append({core::keyOf(v), Wording::label(v), {}, int(v)});
        return out;
    }

    std::uint32_t bits() const;
    void setBits(std::uint32_t bits);

    template <typename E> core::EnumSet<E> valueAs() const
    {
        core::EnumSet<E> out;
        const std::uint32_t b = bits();
        for (E v : core::allValues<E>())
            out.set(v, (b >> unsigned(v)) & 1U);
        return out;
    }
    template <typename E> void setValueFrom(const core::EnumSet<E>& set) { setBits(set.bits()); }

    QAbstractButton* button(int value) const;
    QAbstractButton* firstButton() const;

    // How a chosen chip looks: filled, with text that reads on the fill (4.5:1) and a fill or
    // outline that stands out from the page (3:1), from the palette's highlight. A check mark
    // in front says it once more without colour.
    struct ChipColours
    {
        QColor fill;
        QColor text;
        QColor border;
    };
    static ChipColours chosenChipColours(const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void changed();

private:
    void styleChips();
    void markChip(QAbstractButton* chip);

    QList<QAbstractButton*> m_buttons;
    bool m_chips = false;
};

} // namespace aftercare::ui
