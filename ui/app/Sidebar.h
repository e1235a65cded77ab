// The unlocked window's left column: the app's name (or the discreet one), the DEMO badge, the
// list of pages, the always-visible "Need help now?" link and the Lock button. It only reports
// what was chosen; MainWindow decides what happens.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

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

Q_SIGNALS:
    void pageChosen(const QString& key);
    void helpNowRequested();
    void lockRequested();

private:
    QLabel* m_appName;
    QLabel* m_demoBadge;
    QListWidget* m_list;
};

} // namespace aftercare::ui
