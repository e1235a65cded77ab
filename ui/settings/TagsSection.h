// Settings → Your tags: every tag the journal knows with how many reflections carry it, a way
// to rename one (everywhere at once) and to delete one after a confirmation that says how many
// reflections will lose it. The reflections themselves always stay.
#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace aftercare::ui {

class Session;

class TagsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit TagsSection(Session* session, QWidget* parent = nullptr);

    // Re-reads the tags from the open journal (or empties the list while it is locked).
    void reload();

private:
    QString chosenLabel() const;
    void updateButtons();
    void rename();
    void remove();
    void say(const QString& text);

    Session* m_session;
    QListWidget* m_list;
    QLineEdit* m_newName;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QLabel* m_status;
    QLabel* m_empty;
};

} // namespace aftercare::ui
