#include "ui/app/WindowActions.h"

#include "ui/app/AboutDialog.h"
#include "ui/app/ShortcutsDialog.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>

namespace aftercare::ui {

WindowActions::WindowActions(QMainWindow* window)
    : QObject(window), m_window(window), m_helpMenu(new QMenu(tr("&Help"), window))
{
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
}

QAction* WindowActions::add(const QString& objectName, const QString& text,
                            const QKeySequence& keys, Menu menu, Needs needs,
                            std::function<void()> run)
{
    auto* action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [run = std::move(run)] { run(); });
    // On the window as well as in the menu, so the shortcut works while the menu is closed.
    m_window->addAction(action);
    if (menu == Menu::Help)
        m_helpMenu->addAction(action);
    m_all << action;
    if (needs == Needs::OpenJournal) {
        m_needJournal << action;
        action->setEnabled(m_journalOpen);
    }
    return action;
}

void WindowActions::addHelpWindows()
{
    m_helpMenu->addSeparator();
    add(QStringLiteral("actionShortcuts"), tr("&Keyboard shortcuts"),
        QKeySequence(Qt::CTRL | Qt::Key_Question), Menu::Help, Needs::Nothing,
        [this] { showShortcuts(); });
    add(QStringLiteral("actionAbout"), tr("&About Aftercare"), QKeySequence(), Menu::Help,
        Needs::Nothing, [this] { showAbout(); });
}

void WindowActions::setJournalOpen(bool open)
{
    m_journalOpen = open;
    for (QAction* action : std::as_const(m_needJournal))
        action->setEnabled(open);
    if (m_about)
        m_about->setGuideAvailable(open);
}

void WindowActions::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_all, m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void WindowActions::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(m_window);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_about, &AboutDialog::guideRequested, this, &WindowActions::guideRequested);
    }
    m_about->setGuideAvailable(m_journalOpen);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

} // namespace aftercare::ui
