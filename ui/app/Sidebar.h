// The unlocked window's left column: the app's name (or the discreet one), the DEMO badge, the
// list of pages, the always-visible "Need help now?" link and the Lock button. It only reports
// what was chosen; MainWindow decides what happens.
#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QToolButton;
class QPushButton;

namespace aftercare::ui {

class Sidebar : public QWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget* parent = nullptr);

    void addPage(const QString& key, const QString& title, const QString& icon);
    // Marks `key` as the current page without emitting pageChosen().
    void setCurrent(const QString& key);
    void setIdentity(const QString& appName, bool demo);
    // The menu the Help button next to the app's name opens (Guide, Keyboard shortcuts, About).
    void setHelpMenu(QMenu* menu);
    // Moves "Need help now?" and Lock to the end of the window's Tab order, so Tab from the list
    // of pages goes straight into the page. Qt appends widgets built after the sidebar (the
    // pages, and what they add later) to the Tab order, so this runs after a page is built and
    // whenever the list of pages takes the focus.
    void keepButtonsLastInTabOrder();

    // The colour of the bar that marks the current page.
    static QColor accentColour();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void pageChosen(const QString& key);
    void helpNowRequested();
    void lockRequested();

private:
    void markCurrent(QListWidgetItem* current, QListWidgetItem* previous);

    QLabel* m_appName;
    QLabel* m_demoBadge;
    QListWidget* m_list;
    QToolButton* m_helpMenuButton;
    QPushButton* m_helpNow;
    QPushButton* m_lockButton;
};

} // namespace aftercare::ui
