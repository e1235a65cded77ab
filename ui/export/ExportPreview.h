// The Export page's live preview: the first pages of the PDF as they will print, or a short
// description of what a CSV or JSON file will hold.
#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QScrollArea;

namespace aftercare::ui {

class ExportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPreview(QWidget* parent = nullptr);

    void showPages(const QList<QImage>& pages, int pageCount);
    void showMessage(const QString& text);
    // Says new pages are being made; what is shown stays until they arrive.
    void showUpdating();
    // Shows nothing from the journal (on lock).
    void clear();

    const QList<QImage>& pages() const { return m_pages; }
    // How wide each page image should be to fill the preview, in device pixels.
    int pageWidthPx() const;
    // Whether the pages fit beside each other at a readable size; else one under the other.
    bool pagesSideBySide() const;

private:
    int widthFor(int pagesInARow) const;

    QList<QImage> m_pages;
    QList<QLabel*> m_pageLabels;
    QLabel* m_caption;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QBoxLayout* m_pagesLayout;
};

} // namespace aftercare::ui
