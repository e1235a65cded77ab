// The window's commands: each an action with its shortcut, some listed in the Help menu (which
// the sidebar opens), plus the About and Keyboard shortcuts windows. MainWindow says what each
// command does; this keeps their names, keys, menu and enabled state in one place. A menu bar
// would take a line of height from every page, and the quick log is made to fit a small window.
#pragma once

#include <functional>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QKeySequence;
class QMainWindow;
class QMenu;

namespace aftercare::ui {

class AboutDialog;

class WindowActions : public QObject
{
    Q_OBJECT

public:
    enum class Menu
    {
        None, // a shortcut only (and listed in Keyboard shortcuts)
        Help
    };
    enum class Needs
    {
        Nothing,
        OpenJournal // disabled while the journal is locked or not made yet
    };

    explicit WindowActions(QMainWindow* window);

    QAction* add(const QString& objectName, const QString& text, const QKeySequence& keys,
                 Menu menu, Needs needs, std::function<void()> run);
    // Adds Keyboard shortcuts and About at the end of the Help menu.
    void addHelpWindows();
    void setJournalOpen(bool open);
    QMenu* helpMenu() const { return m_helpMenu; }

    // The windows, shown without blocking (a lock closes them like any dialog).
    void showShortcuts();
    void showAbout();

Q_SIGNALS:
    // "Open the guide" in the About window.
    void guideRequested();

private:
    QMainWindow* m_window;
    QMenu* m_helpMenu;
    QList<QAction*> m_all;
    QList<QAction*> m_needJournal;
    bool m_journalOpen = false;
    QPointer<QDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
};

} // namespace aftercare::ui
