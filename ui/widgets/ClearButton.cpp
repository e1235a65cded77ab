#include "ui/widgets/ClearButton.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace aftercare::ui::ClearButton {

void enable(QLineEdit* edit)
{
    edit->setClearButtonEnabled(true);
    const QString name =
        edit->accessibleName().isEmpty()
            ? QCoreApplication::translate("ClearButton", "Clear")
            : QCoreApplication::translate("ClearButton", "Clear %1").arg(edit->accessibleName());
    // The button Qt adds for the clear action is the field's only tool button.
    for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(QCoreApplication::translate("ClearButton", "Clear"));
    }
}

} // namespace aftercare::ui::ClearButton
