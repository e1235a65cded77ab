// Settings → Delete all data: removes the journal for good after the user types a confirmation
// phrase. The deletion itself belongs to core (see setDeleteHandler); the page only asks and locks.
#pragma once

#include "core/Error.h"

#include <functional>
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace aftercare::ui {

class Session;

class DeleteSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit DeleteSection(Session* session, QWidget* parent = nullptr);

    // What the user must type, exactly.
    static QString confirmationPhrase();

    // Deletes the (already locked) journal in `dir`. Without a handler the section explains how
    // to remove the folder by hand instead of deleting anything itself.
    using DeleteHandler = std::function<core::Status(const QString& dir)>;
    void setDeleteHandler(DeleteHandler handler);

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    // The journal is gone; the window should return to the first-run screen.
    void deleted();

private:
    void deleteAll();

    Session* m_session;
    QLineEdit* m_confirm = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_status = nullptr;
    DeleteHandler m_handler;
};

} // namespace aftercare::ui
