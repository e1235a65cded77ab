// More test hooks of Dialogs (ui/widgets/Dialogs.h), kept apart so the many files that show a
// dialog do not depend on them.
#pragma once

#include <functional>
#include <QString>

class QFileDialog;

namespace aftercare::ui::Dialogs {

// The path the last save dialog suggested.
QString lastSuggestedPath();
// Outside test mode: called with each real file dialog once it is shown (a test can choose a
// file and accept it, to check what the dialog leaves behind).
void setFileDialogObserver(std::function<void(QFileDialog*)> observer);

} // namespace aftercare::ui::Dialogs
