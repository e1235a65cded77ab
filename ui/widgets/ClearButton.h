// A line edit's built-in clear button, named for screen readers. Qt draws it as a small tool
// button inside the field without a name, so Orca would announce only "button".
#pragma once

class QLineEdit;

namespace aftercare::ui::ClearButton {

// Turns on the clear button of `edit` and names it after the field's accessible name (set that
// first).
void enable(QLineEdit* edit);

} // namespace aftercare::ui::ClearButton
