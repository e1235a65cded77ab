// A show/hide eye at the end of a passphrase field, so a person can check what they typed (a
// long passphrase mistyped in the dark is easy to miss). It starts hidden and hides again when
// the field is emptied.
#pragma once

class QAction;
class QLineEdit;

namespace aftercare::ui {

// Adds the toggle to `field` (an action named <field's objectName>Show) and returns it.
QAction* addShowPassphraseToggle(QLineEdit* field);

} // namespace aftercare::ui
