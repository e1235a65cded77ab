#include "ui/widgets/FormColumns.h"

#include <algorithm>
#include <QFormLayout>
#include <QWidget>

namespace aftercare::ui {

void alignFormColumns(const QList<QFormLayout*>& forms)
{
    int widest = 0;
    int gap = 0;
    QList<QWidget*> labels;
    for (QFormLayout* form : forms) {
        gap = std::max(gap, form->horizontalSpacing());
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels << item->widget();
                widest = std::max(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QFormLayout* form : forms)
        form->setHorizontalSpacing(gap);
    for (QWidget* label : labels)
        label->setMinimumWidth(widest);
}

} // namespace aftercare::ui
