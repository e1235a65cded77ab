// Help → Keyboard shortcuts: every command's keys, read from the window's actions so the list
// cannot drift from what the keys do, and the few keys that work the same on every page.
#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace aftercare::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace aftercare::ui
