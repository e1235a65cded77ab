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
    // Marks where the words of a search appear (each at the start of a word, as the search
    // matches them), so the person sees why this reflection was found. Empty: no marks.
    void highlight(const QString& searchText);
    int highlightCount() const { return m_highlights; }
    // Back to "choose a reflection"; forgets everything shown.
    void clear();
    const QString& entryId() const { return m_id; }

Q_SIGNALS:
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);

private:
    QString m_id;
    int m_highlights = 0;
    QTextBrowser* m_text;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace aftercare::ui
