// Word-wrapped labels whose height follows the width they are given. TextStyle's paragraphs set
// a size policy after turning word wrap on, which drops the label's height-for-width flag: a
// layout then reserves the height the text needs at a narrow width and leaves gaps around every
// line. This restores it.
#pragma once

#include <QLabel>

namespace aftercare::ui {

inline QLabel* fitToWidth(QLabel* label)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(label->wordWrap());
    label->setSizePolicy(policy);
    return label;
}

} // namespace aftercare::ui
