// Choosing who an episode was with: none, one of the labels the user already made, or a new
// label typed in place (saved through the store right away). Never required.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QLabel;

namespace aftercare::ui {

class Session;

class PartnerPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerPicker(Session* session, QWidget* parent = nullptr);

    // Re-reads the labels from the store (empties the list while locked).
    void reload();
    QString partnerId() const;
    // An id that is not (or no longer) in the journal selects "no one in particular".
    void setPartnerId(const QString& id);
    void clear();

    QComboBox* combo() const { return m_combo; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addNew();

    Session* m_session;
    QComboBox* m_combo;
    QLineEdit* m_newLabel;
    QPushButton* m_add;
    QLabel* m_error;
};

} // namespace aftercare::ui
