// The right-hand side of the Journal page: the chosen reflection written out as a short page,
// with Edit and Delete.
#pragma once

#include <QString>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace aftercare::core {
struct Entry;
}

namespace aftercare::ui {

class EntryDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit EntryDetailView(QWidget* parent = nullptr);

    void showEntry(const core::Entry& entry, const QString& partnerLabel);
    // Back to "choose a reflection"; forgets everything shown.
    void clear();
    const QString& entryId() const { return m_id; }

Q_SIGNALS:
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);

private:
    QString m_id;
    QTextBrowser* m_text;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace aftercare::ui
