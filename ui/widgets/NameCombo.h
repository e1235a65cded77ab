// Combo boxes listing names the user typed (partner labels, up to 80 characters): as wide as a
// usual name, a longer one elided in the box with the whole name as its tooltip, so a long label
// cannot push a form or the Journal's filter row off the window.
#pragma once

#include <QComboBox>
#include <QVariant>

namespace aftercare::ui::NameCombo {

inline void limitWidth(QComboBox* combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

inline void addName(QComboBox* combo, const QString& name, const QVariant& data)
{
    combo->addItem(name, data);
    combo->setItemData(combo->count() - 1, name, Qt::ToolTipRole);
}

} // namespace aftercare::ui::NameCombo
