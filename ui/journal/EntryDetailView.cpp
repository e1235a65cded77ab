#include "ui/journal/EntryDetailView.h"

#include "core/model/Entry.h"
#include "ui/text/EntryProse.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace aftercare::ui {

EntryDetailView::EntryDetailView(QWidget* parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_edit(new QPushButton(tr("&Edit"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("entryDetailView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("entryDetail"));
    m_text->setAccessibleName(tr("The chosen reflection"));
    m_text->setOpenLinks(false);
    // Generous margins make it read like a page rather than a record.
    m_text->document()->setDocumentMargin(16);
    // Long notes wrap to the pane, even a pasted link with no spaces; never a sideways scroll.
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_text, 1);

    m_edit->setObjectName(QStringLiteral("editEntryButton"));
    m_edit->setAccessibleName(tr("Edit this reflection"));
    m_delete->setObjectName(QStringLiteral("deleteEntryButton"));
    m_delete->setAccessibleName(tr("Delete this reflection"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT editRequested(m_id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT deleteRequested(m_id);
    });
    clear();
}

void EntryDetailView::showEntry(const core::Entry& entry, const QString& partnerLabel)
{
    m_id = entry.id;
    m_highlights = 0;
    m_text->setHtml(EntryProse::html(entry, partnerLabel));
    m_edit->setEnabled(true);
    m_delete->setEnabled(true);
}

void EntryDetailView::highlight(const QString& searchText)
{
    if (m_id.isEmpty())
        return;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QTextCharFormat mark;
    mark.setBackground(palette().color(QPalette::Highlight));
    mark.setForeground(palette().color(QPalette::HighlightedText));
    QTextDocument* doc = m_text->document();
    for (const QString& word : searchText.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpression at(QStringLiteral("\\b") + QRegularExpression::escape(word),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        for (QTextCursor found = doc->find(at); !found.isNull(); found = doc->find(at, found)) {
            found.mergeCharFormat(mark);
            ++m_highlights;
        }
    }
}

void EntryDetailView::clear()
{
    m_id.clear();
    m_highlights = 0;
    m_text->setHtml(
        QStringLiteral("<p>%1</p>").arg(tr("Choose a reflection on the left to read it here.")));
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
}

} // namespace aftercare::ui
