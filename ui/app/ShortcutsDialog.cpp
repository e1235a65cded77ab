#include "ui/app/ShortcutsDialog.h"

#include "ui/widgets/TextStyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aftercare::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(TextStyle::heading(tr("Keyboard shortcuts"), this, 1.3));

    auto* table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("Keys"), tr("What they do")});
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    const auto addRow = [table](const QString& keys, const QString& what) {
        auto* row = new QTreeWidgetItem(table, {keys, what});
        row->setData(0, Qt::AccessibleTextRole, keys);
    };
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        addRow(action->shortcut().toString(QKeySequence::NativeText),
               action->text().remove(QLatin1Char('&')));
    }
    addRow(tr("Tab, Shift+Tab"), tr("Move to the next or the previous control"));
    addRow(tr("Arrow keys"), tr("Choose among options; move between the parts of a date and time"));
    addRow(tr("Space"), tr("Press the focused button, tick the focused box"));
    addRow(tr("Enter"), tr("Press the focused button; go on to the next step of a reflection"));
    addRow(tr("Alt + underlined letter"), tr("Jump to that field or button"));
    layout->addWidget(table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace aftercare::ui
