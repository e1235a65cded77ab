// Wrapped paragraphs that take the height their text needs at the width they get. TextStyle's
// labels use a vertical Minimum policy, which makes their golden-ratio size hint a minimum and
// leaves tall gaps around short texts on wide pages; these keep TextStyle's look without that.
#pragma once

#include "ui/widgets/TextStyle.h"

#include <QLabel>

namespace aftercare::ui::WrappedText {

inline QLabel* fit(QLabel* label)
{
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

inline QLabel* paragraph(const QString& text, QWidget* parent)
{
    return fit(TextStyle::paragraph(text, parent));
}

inline QLabel* hint(const QString& text, QWidget* parent)
{
    return fit(TextStyle::hint(text, parent));
}

} // namespace aftercare::ui::WrappedText
