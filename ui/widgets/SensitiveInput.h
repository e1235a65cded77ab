// Marks a text field as holding something private (a passphrase, a note, a thought, a contact):
// input methods and on-screen keyboards are asked not to learn from it or suggest words from it.
#pragma once

#include <QWidget>

namespace aftercare::ui {

inline void markSensitive(QWidget* field)
{
    field->setInputMethodHints(field->inputMethodHints() | Qt::ImhSensitiveData |
                               Qt::ImhNoPredictiveText);
}

} // namespace aftercare::ui
