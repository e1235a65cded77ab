#include "ui/export/ExportPreview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

constexpr int previewPages = 2;
// Pages stand side by side when each can be at least this wide (device-independent pixels);
// in a narrower preview they stand one under the other, each the full width, so the preview
// scrolls down like a document instead of sideways.
constexpr int sideBySideWidth = 300;
constexpr int minPageWidth = 220;
constexpr int maxPageWidth = 620;

} // namespace

ExportPreview::ExportPreview(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("exportPreviewCaption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("exportPreview"));
    scroll->setAccessibleName(tr("Preview of the first pages"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* strip = new QWidget(scroll);
    auto* pagesLayout = new QBoxLayout(QBoxLayout::LeftToRight, strip);
    m_pagesLayout = pagesLayout;
    for (int i = 0; i < previewPages; ++i) {
        auto* label = new QLabel(strip);
        label->setObjectName(QStringLiteral("exportPreviewPage%1").arg(i + 1));
        label->setAccessibleName(tr("Page %1 of the preview").arg(i + 1));
        label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        // A thin frame so a white page stands out from a light window.
        label->setFrameShape(QFrame::Box);
        label->hide();
        pagesLayout->addWidget(label, 0, Qt::AlignTop);
        m_pageLabels << label;
    }
    m_message = new QLabel(strip);
    m_message->setObjectName(QStringLiteral("exportPreviewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    pagesLayout->addWidget(m_message, 1, Qt::AlignTop);
    pagesLayout->addStretch();
    scroll->setWidget(strip);
    layout->addWidget(scroll, 1);
}

int ExportPreview::widthFor(int pagesInARow) const
{
    // Take off the strip's margins, the gaps between the pages and the stretch after them, each
    // page's frame and room for a vertical scroll bar (tall pages bring one), so no horizontal
    // scroll bar appears.
    const QMargins margins = m_pagesLayout->contentsMargins();
    int chrome = margins.left() + margins.right() +
                 pagesInARow * (m_pagesLayout->spacing() + 2 * m_pageLabels[0]->frameWidth());
    if (!m_scroll->verticalScrollBar()->isVisible())
        chrome += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    return (m_scroll->viewport()->width() - chrome) / pagesInARow;
}

bool ExportPreview::pagesSideBySide() const
{
    return widthFor(previewPages) >= sideBySideWidth;
}

int ExportPreview::pageWidthPx() const
{
    const int available = widthFor(pagesSideBySide() ? previewPages : 1);
    return qRound(qBound(minPageWidth, available, maxPageWidth) * devicePixelRatioF());
}

void ExportPreview::showPages(const QList<QImage>& pages, int pageCount)
{
    m_pages = pages;
    m_message->clear();
    m_message->hide();
    m_pagesLayout->setDirection(pagesSideBySide() ? QBoxLayout::LeftToRight
                                                  : QBoxLayout::TopToBottom);
    for (qsizetype i = 0; i < m_pageLabels.size(); ++i) {
        QLabel* label = m_pageLabels[i];
        if (i < pages.size()) {
            QPixmap pixmap = QPixmap::fromImage(pages[i]);
            pixmap.setDevicePixelRatio(devicePixelRatioF());
            label->setPixmap(pixmap);
            label->show();
        } else {
            label->clear();
            label->hide();
        }
    }
    m_caption->setText(pageCount == 1
                           ? tr("The PDF will have 1 page, exactly as shown here.")
                           : tr("Pages 1 and 2 of %1, exactly as they will print.").arg(pageCount));
}

void ExportPreview::showMessage(const QString& text)
{
    m_pages.clear();
    for (QLabel* label : m_pageLabels) {
        label->clear();
        label->hide();
    }
    m_caption->clear();
    m_message->setText(text);
    m_message->show();
}

void ExportPreview::showUpdating()
{
    m_caption->setText(tr("Updating the preview…"));
}

void ExportPreview::clear()
{
    showMessage(QString());
}

} // namespace aftercare::ui
